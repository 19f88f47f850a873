#pragma once

#include "core/auth/Account.h"
#include "core/staff/StaffClient.h"
#include "ui/forms/FieldForm.h"
#include "ui/staff/StaffRegions.h"

class QComboBox;
class QLineEdit;

namespace lianxin {

class Database;
class RegionChecklist;

// A new account (user name, name, role, area, first password) or an account's name, role and area,
// saved on the county server when Save is pressed; what the server refuses shows under its field. Roles
// offered are those at or below the administrator's own, areas those within the administrator's scope.
class AccountForm : public FieldForm
{
    Q_OBJECT

public:
    // `account` without an id: a new account.
    AccountForm(Database &database, StaffClient &client, const StaffRegions &regions, const Account &admin,
                StaffAccount account, QWidget *parent = nullptr);

    const StaffAccount &account() const { return m_account; }

    void reject() override;

protected:
    QList<Error> save() override;

private:
    void roleChosen();

    Database &m_database;
    StaffClient &m_client;
    StaffAccount m_account;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_department;
    RegionChecklist *m_scope;
    QLineEdit *m_password = nullptr;
    bool m_busy = false;
};

} // namespace lianxin
