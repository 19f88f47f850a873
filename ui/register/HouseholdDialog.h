#pragma once

#include "core/auth/Account.h"
#include "core/register/Person.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lianxin {

class Database;

// One household's file (一户一档): address, grid, tags, members and who changed it when. ID numbers and
// phones are masked; roles allowed to may reveal one member's at a time, which the audit log records.
// Special-group tags appear only to roles that work with them.
class HouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdDialog(Database &database, const Account &account, const QString &householdId, QWidget *parent = nullptr);

    // Whether the household exists in the store (it may have been removed meanwhile).
    bool isValid() const { return m_valid; }

private:
    void showMembers();
    void revealSelected();
    QString personTags(const Person &person) const;

    Database &m_database;
    Account m_account;
    QList<Person> m_members;
    QSet<QString> m_revealed;
    QTableWidget *m_table;
    QPushButton *m_reveal;
    bool m_valid = false;
};

} // namespace lianxin
