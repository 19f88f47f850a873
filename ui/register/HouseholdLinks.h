#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lianxin {

class Database;

// The household's records in the other areas, on its file (一户一档): the dispute cases one of its members
// is a party to (for roles that see cases, within their scope) and its moral-evaluation points entries.
// Enter or a double click on a line asks for the record to be opened in its area.
class HouseholdLinks : public QWidget
{
    Q_OBJECT

public:
    // The most cases listed; a household has a handful.
    static constexpr int kCaseLimit = 100;

    HouseholdLinks(Database &database, const Account &account, const QString &householdId, QWidget *parent = nullptr);

    void reload();

signals:
    void caseChosen(const QString &disputeId);
    void pointsAccountChosen();

private:
    Database &m_database;
    Account m_account;
    QString m_householdId;
    QLabel *m_casesLabel = nullptr;
    QTableWidget *m_cases = nullptr; // only for roles that see dispute cases
    QLabel *m_pointsLabel;
    QTableWidget *m_points;
};

} // namespace lianxin
