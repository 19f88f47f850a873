#pragma once

#include <QWidget>

class QTableWidget;

namespace lianxin {

class Database;
struct HouseholdChange;

// Who made a change, as the file shows it: the person's name, else the computer's short id ("device 931b83f5"),
// else a dash.
QString changeAuthor(const HouseholdChange &change);

// The history of a household's file (core's HouseholdHistory): when the household and each member were
// recorded and last changed, and by whom — the person's name, or the computer's short id when this
// device does not know the account.
class HouseholdChanges : public QWidget
{
    Q_OBJECT

public:
    HouseholdChanges(Database &database, const QString &householdId, QWidget *parent = nullptr);

    void reload();

private:
    Database &m_database;
    QString m_householdId;
    QTableWidget *m_table;
};

} // namespace lianxin
