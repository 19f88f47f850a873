#pragma once

#include <QLineEdit>

class QStandardItemModel;

namespace lianxin {

class Database;

// A line to find a household of a village by the keyboard: type part of a name, address or ID number,
// pick with the arrows and Enter (or Enter alone when one household matches).
class HouseholdPicker : public QLineEdit
{
    Q_OBJECT

public:
    // Without `numbers`, ID numbers and phones are not searched (a role that sees them only masked).
    HouseholdPicker(Database &database, bool numbers, QWidget *parent = nullptr);

    // Searches this village from now on; a new village clears the choice. Returns whether it changed.
    bool setVillage(const QString &villageId);
    QString householdId() const { return m_householdId; }
    // Shows the household as chosen (its head's name and address).
    void setHousehold(const QString &householdId);
    void clearChoice();

signals:
    void chosen(const QString &householdId);

private:
    void search(const QString &text);
    void choose(const QModelIndex &index);
    void chooseOnly();

    Database &m_database;
    bool m_numbers;
    QString m_villageId;
    QString m_householdId;
    QStandardItemModel *m_hits;
};

} // namespace lianxin
