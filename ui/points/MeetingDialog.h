#pragma once

#include "core/auth/Account.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace lianxin {

class Database;

// An evaluation meeting (评议会): its date, attendees and minutes, and the votes on the entries awaiting it
// that the signed-in account may decide (its households; the note says which and how many others wait for
// their own grid). Nothing is ticked and no vote is cast until the person enters them. An entry passes with
// more votes for than against. The meeting and all its decisions are written in one transaction, or nothing is.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(Database &database, const Account &account, const QString &villageId, QWidget *parent = nullptr);

    void accept() override;

private:
    void setAllInFavour();
    void showResult(int row);
    void showError(const QString &message);
    QString scopeNote(int offered, int outside) const;
    QSpinBox *votes(int row, int column) const;

    Database &m_database;
    Account m_account;
    QString m_villageId;
    QDateEdit *m_heldOn;
    QLineEdit *m_attendees;
    QPlainTextEdit *m_minutes;
    QSpinBox *m_voters;
    QLabel *m_offered;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace lianxin
