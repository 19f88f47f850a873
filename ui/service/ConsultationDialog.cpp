#include "ui/service/ConsultationDialog.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/service/Consultations.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/storage/Database.h"
#include "ui/forms/ScreenFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
enum Column { Matter, Decision, Owner, Due, ColumnCount };
}

ConsultationDialog::ConsultationDialog(Database &database, const Account &account, QWidget *parent)
    : QDialog(parent), m_database(database), m_account(account), m_level(new QComboBox), m_heldOn(new QDateEdit),
      m_chair(new QLineEdit), m_present(new QLineEdit), m_minutes(new QPlainTextEdit),
      m_matters(new QTableWidget(0, ColumnCount)), m_error(new QLabel)
{
    setWindowTitle(tr("Record a three-level consultation"));
    for (const VocabularyEntry &entry : vocabulary::consultationLevels())
        m_level->addItem(entry.label(), QLatin1String(entry.code));
    m_level->setCurrentIndex(1);
    const QDate today = chinaToday(m_database.clock());
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDate(today);
    m_heldOn->setMaximumDate(today);
    m_minutes->setMaximumHeight(70);
    m_minutes->setTabChangesFocus(true);
    m_level->setObjectName(QStringLiteral("level"));
    m_chair->setObjectName(QStringLiteral("chair"));
    m_present->setObjectName(QStringLiteral("present"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_matters->setObjectName(QStringLiteral("matters"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    // The matters on the table: requests and events escalated to consultation, in scope.
    m_matters->setHorizontalHeaderLabels({tr("Matter"), tr("Decision"), tr("Owner"), tr("Deadline")});
    m_matters->verticalHeader()->hide();
    m_matters->horizontalHeader()->setStretchLastSection(true);
    for (const ServiceRequest &request : RequestList(m_database).escalated(account.scope)) {
        const int row = m_matters->rowCount();
        m_matters->insertRow(row);
        auto *matter = new QTableWidgetItem(request.number + QLatin1Char(' ') + request.description);
        matter->setData(Qt::UserRole, request.id);
        matter->setFlags(matter->flags() & ~Qt::ItemIsEditable);
        m_matters->setItem(row, Matter, matter);
        m_matters->setItem(row, Decision, new QTableWidgetItem);
        m_matters->setItem(row, Owner, new QTableWidgetItem);
        m_matters->setItem(row, Due, new QTableWidgetItem(today.addDays(10).toString(Qt::ISODate)));
    }
    m_matters->setColumnWidth(Matter, 260);
    m_matters->setColumnWidth(Decision, 260);

    auto *form = new QFormLayout;
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Held on:"), m_heldOn);
    form->addRow(tr("Chair:"), m_chair);
    form->addRow(tr("Present:"), m_present);
    form->addRow(tr("Minutes:"), m_minutes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Matters escalated to consultation: write a decision, its owner and deadline "
                                    "(yyyy-mm-dd) for each one decided; leave the others empty.")));
    layout->addWidget(m_matters, 1);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(860, 600));
}

void ConsultationDialog::accept()
{
    Consultation consultation;
    const QString township =
        m_account.scope.isEmpty() ? QString() : ServiceCatalogue(m_database).townshipOf(m_account.scope.first());
    consultation.regionId = township.isEmpty() ? m_account.scope.value(0) : township;
    consultation.level = m_level->currentData().toString();
    consultation.heldOn = m_heldOn->date();
    consultation.chair = m_chair->text();
    consultation.present = m_present->text();
    consultation.minutes = m_minutes->toPlainText();
    for (int row = 0; row < m_matters->rowCount(); ++row) {
        const QString decision = m_matters->item(row, Decision)->text().trimmed();
        const QString owner = m_matters->item(row, Owner)->text().trimmed();
        if (decision.isEmpty() && owner.isEmpty())
            continue;
        ConsultationDecision d;
        d.matterTable = QStringLiteral("service_requests");
        d.matterId = m_matters->item(row, Matter)->data(Qt::UserRole).toString();
        d.matterTitle = m_matters->item(row, Matter)->text().section(QLatin1Char(' '), 0, 0);
        d.decision = decision;
        d.owner = owner;
        d.dueOn = QDate::fromString(m_matters->item(row, Due)->text().trimmed(), Qt::ISODate);
        consultation.decisions.append(d);
    }
    const auto id = Consultations(m_database).record(consultation);
    if (!id) {
        // "decisions.N.owner": say which matter's row it is.
        const QStringList field = id.error().field.split(QLatin1Char('.'));
        m_error->setText(field.size() == 3 && field.first() == QLatin1String("decisions")
                             ? tr("Decision %1: %2").arg(field.at(1).toInt() + 1).arg(id.error().message)
                             : id.error().message);
        return;
    }
    m_id = *id;
    QDialog::accept();
}

} // namespace lianxin
