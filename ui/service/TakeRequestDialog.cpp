#include "ui/service/TakeRequestDialog.h"

#include "core/register/RegionRepository.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/storage/Database.h"
#include "ui/forms/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lianxin {

TakeRequestDialog::TakeRequestDialog(Database &database, const Account &account, const QString &type,
                                     const QString &householdId, QWidget *parent)
    : QDialog(parent), m_database(database), m_account(account), m_type(type), m_householdId(householdId),
      m_kind(new QComboBox), m_grid(new QComboBox), m_description(new QPlainTextEdit), m_contact(new QLineEdit),
      m_phone(new QLineEdit), m_address(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(type == QLatin1String("event") ? tr("Report an event") : tr("Take a service request"));
    ServiceCatalogue catalogue(m_database);
    const QString township = m_account.scope.isEmpty() ? QString() : catalogue.townshipOf(m_account.scope.first());
    for (const ServiceKind &kind : catalogue.kinds(township, false, type))
        m_kind->addItem(kind.code + QLatin1Char(' ') + kind.name, kind.id);
    // The grids of the account's scope; the household's when there is one.
    for (const Region &grid : RegionRepository(m_database).gridsWithin(m_account.scope))
        m_grid->addItem(grid.name, grid.id);
    if (!householdId.isEmpty()) {
        // What the department needs of the household, copied in: the department's device never holds the register.
        if (const auto draft = ServiceRequests(m_database).draftForHousehold(householdId)) {
            m_grid->setCurrentIndex(m_grid->findData(draft->regionId));
            m_grid->setEnabled(false);
            m_address->setText(draft->address);
            m_contact->setText(draft->contactName);
            m_headPhone = draft->contactPhone;
        }
    }
    // The head's phone travels with the request as stored without being shown: the form shows it masked,
    // and a number typed replaces it.
    m_phone->setPlaceholderText(m_headPhone.isEmpty() ? tr("Mobile or landline")
                                                      : tr("Empty: the head's phone %1").arg(maskPhone(m_headPhone)));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_grid->setObjectName(QStringLiteral("grid"));
    m_description->setObjectName(QStringLiteral("description"));
    m_contact->setObjectName(QStringLiteral("contact"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_address->setObjectName(QStringLiteral("address"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_grid), static_cast<QWidget *>(m_description)})
        widget->setMinimumWidth(380);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Grid:"), m_grid);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Address:"), m_address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fitToScreen(this, sizeHint());
}

void TakeRequestDialog::accept()
{
    ServiceRequest request;
    request.type = m_type;
    request.householdId = m_householdId;
    request.regionId = m_grid->currentData().toString();
    request.kindId = m_kind->currentData().toString();
    request.description = m_description->toPlainText();
    request.contactName = m_contact->text();
    request.contactPhone = m_phone->text().trimmed().isEmpty() ? m_headPhone : m_phone->text();
    request.address = m_address->text();
    request.takenBy = m_account.displayName;
    const auto id = ServiceRequests(m_database).take(request, m_account.role);
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    m_id = *id;
    QDialog::accept();
}

} // namespace lianxin
