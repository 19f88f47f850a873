#pragma once

#include "core/auth/Account.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lianxin {

class Database;

// Sync problems a person decides: values that lost to a colleague's concurrent change (keep the value
// that stands, or use the other one), and changes the county server refused, with its reason (fix the
// record, or discard the change).
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    // What exec() answers when the person chose to open the record of a refused change.
    static constexpr int kOpenRecord = 2;

    // The decisions are the signed-in account's: a role that may not change a record decides nothing about it.
    SyncProblemsDialog(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload();
    // The record chosen with Open record: a household or a dispute case.
    QString householdToOpen() const { return m_householdToOpen; }
    QString disputeToOpen() const { return m_disputeToOpen; }

private:
    void decide(bool restore);
    void discard();
    void openRecord();
    void showError(const QString &message);
    void updateButtons();
    // A conflict's value as every screen shows it to this role: ID numbers and phones masked.
    QString shown(const QString &field, const QString &value) const;

    Database &m_database;
    Permissions m_may;
    QTableWidget *m_conflicts;
    QTableWidget *m_refused;
    QLabel *m_message;
    // Buttons that act on a row of the conflicts or the refused changes: enabled only while it has rows.
    QList<QPushButton *> m_conflictButtons;
    QList<QPushButton *> m_refusedButtons;
    QString m_householdToOpen;
    QString m_disputeToOpen;
};

} // namespace lianxin
