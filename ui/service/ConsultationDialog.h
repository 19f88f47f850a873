#pragma once

#include "core/auth/Account.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace lianxin {

class Database;

// Records a three-level consultation (三级会商): level, date, chair, who was present, minutes, and for each
// escalated matter chosen a decision with its owner and deadline. Errors show under the form.
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    ConsultationDialog(Database &database, const Account &account, QWidget *parent = nullptr);

    void accept() override;
    // The id of the meeting recorded (after Accepted).
    QString consultationId() const { return m_id; }

private:
    Database &m_database;
    Account m_account;
    QString m_id;
    QComboBox *m_level;
    QDateEdit *m_heldOn;
    QLineEdit *m_chair;
    QLineEdit *m_present;
    QPlainTextEdit *m_minutes;
    QTableWidget *m_matters;
    QLabel *m_error;
};

} // namespace lianxin
