#pragma once

#include "core/auth/Account.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lianxin {

class Database;

// Takes a service request at a household's door, or an event a grid worker reports (事件上报): kind, grid,
// what it is about, and what the department will need (contact, phone, address), filled from the
// household when there is one. Errors show under the form, naming the field.
class TakeRequestDialog : public QDialog
{
    Q_OBJECT

public:
    TakeRequestDialog(Database &database, const Account &account, const QString &type, const QString &householdId,
                      QWidget *parent = nullptr);

    void accept() override;
    QString requestId() const { return m_id; }

private:
    Database &m_database;
    Account m_account;
    QString m_type;
    QString m_householdId;
    QString m_id;
    QString m_headPhone;
    QComboBox *m_kind;
    QComboBox *m_grid;
    QPlainTextEdit *m_description;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLabel *m_error;
};

} // namespace lianxin
