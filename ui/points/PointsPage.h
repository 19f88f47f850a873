#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace lianxin {

class AccountsTab;
class Database;
class PointsTab;
class ProposalsTab;

// 道德评议积分: the village chosen at the top (a township's staff may also edit the township's template
// catalogue), then tabs for proposing entries, the notice board, meetings, household accounts, rankings
// and lists, the supermarket counter and the catalogue.
class PointsPage : public QWidget
{
    Q_OBJECT

public:
    PointsPage(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload();
    // Shows a household's account (from its file in the register).
    void showHousehold(const QString &householdId);

private:
    void chooseVillage();
    void reloadIfStale();

    Database &m_database;
    Account m_account;
    QComboBox *m_village;
    QTabWidget *m_tabs;
    QList<PointsTab *> m_villageTabs;
    QList<PointsTab *> m_stale; // tabs to reload when next shown
    ProposalsTab *m_proposals;
    AccountsTab *m_accounts;
    PointsTab *m_catalogue;
};

} // namespace lianxin
