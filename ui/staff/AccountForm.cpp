#include "ui/staff/AccountForm.h"

#include "core/auth/AccountRules.h"
#include "core/register/Vocabulary.h"
#include "core/service/ServiceCatalogue.h"
#include "ui/staff/StaffRequest.h"

#include <QComboBox>
#include <QLineEdit>

namespace lianxin {

AccountForm::AccountForm(Database &database, StaffClient &client, const StaffRegions &regions, const Account &admin,
                         StaffAccount account, QWidget *parent)
    : FieldForm(parent), m_database(database), m_client(client), m_account(std::move(account)),
      m_username(new QLineEdit(m_account.username)), m_name(new QLineEdit(m_account.displayName)),
      m_role(new QComboBox), m_department(new QComboBox), m_scope(new RegionChecklist(regions))
{
    const bool creating = m_account.id.isEmpty();
    setWindowTitle(creating ? tr("New account") : tr("Account %1").arg(m_account.username));
    m_username->setReadOnly(!creating);
    addField(QStringLiteral("username"), tr("&User name:"), m_username);
    addField(QStringLiteral("display_name"), tr("&Name:"), m_name);
    for (const QString &role : account_rules::grantableRoles(admin.role))
        m_role->addItem(vocabulary::label(vocabulary::memberRoles(), role), role);
    m_role->setCurrentIndex(qMax(0, m_role->findData(m_account.role)));
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    // The departments of the townships in the administrator's area, for department staff.
    m_department->addItem(tr("(none)"), QString());
    for (const ServerRegion &township :
         regions.ofKind({QStringLiteral("town"), QStringLiteral("township"), QStringLiteral("subdistrict")})) {
        for (const Department &department : ServiceCatalogue(database).departments(township.id))
            m_department->addItem(township.name + QStringLiteral(" · ") + department.name, department.id);
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(m_account.departmentId)));
    addField(QStringLiteral("department_id"), tr("&Department:"), m_department);
    addField(QStringLiteral("scope"), tr("&Area:"), m_scope);
    m_scope->setCheckedIds(m_account.scope);
    addNote(tr("The area is what the account sees and syncs: a township, villages or grids."));
    if (creating) {
        m_password = new QLineEdit;
        addField(QStringLiteral("password"), tr("&First password:"), m_password);
        addNote(tr("Tell the person the first password; Lianxin asks them to choose their own at the first sign-in."));
    }
    roleChosen();
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        roleChosen();
        markChanged();
    });
    for (QLineEdit *field : {m_username, m_name})
        connect(field, &QLineEdit::textEdited, this, [this] { markChanged(); });
    connect(m_scope, &RegionChecklist::changed, this, [this] { markChanged(); });
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] { markChanged(); });
}

void AccountForm::roleChosen()
{
    m_department->setEnabled(m_role->currentData().toString() == QLatin1String("department"));
}

void AccountForm::reject()
{
    if (!m_busy)
        FieldForm::reject();
}

QList<Error> AccountForm::save()
{
    if (m_busy)
        return {{QString(), tr("Saving on the county server…")}};
    StaffAccount account = m_account;
    account.username = m_username->text().trimmed().toLower();
    account.displayName = m_name->text().trimmed();
    account.role = m_role->currentData().toString();
    account.scope = m_scope->checkedIds();
    account.departmentId =
        account.role == QLatin1String("department") ? m_department->currentData().toString() : QString();
    QList<Error> errors;
    if (m_password) {
        if (Status status = account_rules::checkUsername(account.username); !status)
            errors.append(status.error());
        if (Status status = account_rules::checkPassword(m_password->text()); !status)
            errors.append(status.error());
    }
    if (account.displayName.isEmpty() || account.displayName.size() > 50)
        errors.append({QStringLiteral("display_name"), tr("Enter the person's name (at most 50 characters).")});
    if (account.role.isEmpty())
        errors.append({QStringLiteral("role"), tr("Choose the account's role.")});
    if (account.scope.isEmpty())
        errors.append({QStringLiteral("scope"), tr("Choose the township, villages or grids the account covers.")});
    if (account.role == QLatin1String("department") && account.departmentId.isEmpty())
        errors.append({QStringLiteral("department_id"), tr("Choose the department the account works for.")});
    if (!errors.isEmpty())
        return errors;
    m_busy = true;
    const auto saved = staff_request::wait<StaffAccount>([&](StaffClient::Done<StaffAccount> done) {
        if (m_password)
            m_client.createAccount(account, m_password->text(), done);
        else
            m_client.updateAccount(account, done);
    });
    m_busy = false;
    if (!saved)
        return {saved.error()};
    m_account = *saved;
    return {};
}

} // namespace lianxin
