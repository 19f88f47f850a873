#pragma once

#include <QWidget>

class QTableWidget;

namespace lianxin {

class Database;

// A household's visits (newest first, with the problems found) and its requests, on its file (一户一档);
// prints the selected visit's record (走访记录表).
class HouseholdVisits : public QWidget
{
    Q_OBJECT

public:
    HouseholdVisits(Database &database, const QString &householdId, QWidget *parent = nullptr);

    void reload();

private:
    void printRecord();

    Database &m_database;
    QString m_householdId;
    QTableWidget *m_visits;
    QTableWidget *m_requests;
};

} // namespace lianxin
