#pragma once

#include "core/points/PointsBoard.h"
#include "ui/points/PointsTab.h"

class QLabel;

namespace lianxin {

class HouseholdPicker;

// A household's points account: its balance, the threshold flag, and the full history of entries (with
// where each stands) and of what it spent at the supermarket. A confirmed entry is corrected here by a
// reversing entry with a reason.
class AccountsTab : public PointsTab
{
    Q_OBJECT

public:
    AccountsTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;
    void showHousehold(const QString &householdId);

signals:
    void proposeRequested(const QString &householdId);

private:
    void reverse();

    HouseholdPicker *m_household;
    QLabel *m_balance;
    QTableWidget *m_entries;
    QTableWidget *m_spent;
    QList<QWidget *> m_editors;
};

} // namespace lianxin
