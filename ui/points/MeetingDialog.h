#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace lianxin {

class Database;

// An evaluation meeting (评议会): its date, attendees and minutes, and the votes on each entry awaiting it.
// An entry passes with more votes for than against. The meeting and all its decisions are written in one
// transaction, or nothing is.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(Database &database, const QString &villageId, QWidget *parent = nullptr);

    void accept() override;

private:
    void setAllInFavour();
    void showResult(int row);

    Database &m_database;
    QString m_villageId;
    QDateEdit *m_heldOn;
    QLineEdit *m_attendees;
    QPlainTextEdit *m_minutes;
    QSpinBox *m_voters;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace lianxin
