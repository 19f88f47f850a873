#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QTableWidget;

namespace lianxin {

class Database;

// A household's visits (newest first, with the problems found) and its requests, on its file (一户一档);
// prints the selected visit's record (走访记录表). Enter or a double click on a visit previews its record; on a
// request, opens it as the service area does.
class HouseholdVisits : public QWidget
{
    Q_OBJECT

public:
    HouseholdVisits(Database &database, const Account &account, const QString &householdId, QWidget *parent = nullptr);

    void reload();

private:
    void printRecord();
    void openRequest();

    Database &m_database;
    Account m_account;
    QString m_householdId;
    QTableWidget *m_visits;
    QTableWidget *m_requests;
};

} // namespace lianxin
