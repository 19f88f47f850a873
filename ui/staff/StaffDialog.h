#pragma once

#include "core/auth/Account.h"
#include "core/staff/StaffClient.h"
#include "ui/staff/StaffRegions.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace lianxin {

class Database;

// 人员与账号, for township and county administrators: the accounts, staff and grids of the administrator's
// area as the county server holds them now, with the actions on each (new, edit, disable or enable, reset
// a password; new, edit, remove a staff record; add, rename, split, merge a grid). It works online only,
// with the administrator's county-server session, and says so plainly when there is none or no network:
// the lists stay empty and the actions wait. Every change is the server's at once; this computer follows
// at the sync the window starts after each (changedOnServer).
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(Database &database, const Account &admin, const QString &serverUrl, QWidget *parent = nullptr);

    bool isOnline() const { return m_online; }
    bool isLoading() const { return m_loading; }
    // Reads the regions, accounts and staff again.
    void reload();

    // The actions, for the buttons and for tests (which select the row first).
    void newAccount();
    void editAccount();
    void toggleAccount();
    void resetPassword();
    void newMember();
    void editMember();
    void removeMember();
    void addGrid();
    void renameGrid();
    void splitGrid();
    void mergeGrid();

signals:
    // A change was saved on the county server: the window syncs, so that this computer follows.
    void changedOnServer();
    // The lists were read (or reading them failed).
    void loaded();

private:
    void setOnline(bool online, const QString &message);
    void failed(const Error &error);
    void changed(const QString &message);
    void fill();
    const StaffAccount *selectedAccount() const;
    const StaffMember *selectedMember() const;
    const ServerRegion *selectedGrid() const;
    QPushButton *addAction(QWidget *bar, const QString &text, const QString &name, void (StaffDialog::*slot)());

    Database &m_database;
    Account m_admin;
    StaffClient *m_client = nullptr;
    StaffRegions m_regions;
    QList<StaffAccount> m_accounts;
    QList<StaffMember> m_staff;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableWidget *m_accountsTable;
    QTableWidget *m_staffTable;
    QTableWidget *m_gridsTable;
    QList<QPushButton *> m_actions;
    bool m_online = false;
    bool m_loading = false;
};

} // namespace lianxin
