#pragma once

#include "core/auth/Account.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lianxin {

class Database;

// Records one visit of a household and the problem found, by keyboard: kind, workers, persons met, the
// situation, a problem with its answer; Enter saves. Errors show under the form, naming the field.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    VisitDialog(Database &database, const Account &account, const QString &householdId, QWidget *parent = nullptr);

    void accept() override;
    // Whether the visit was saved with "Save and next": the list opens the next household's.
    bool wantsNext() const { return m_next; }

private:
    Database &m_database;
    QString m_householdId;
    QComboBox *m_kind;
    QLineEdit *m_workers;
    QLineEdit *m_met;
    QPlainTextEdit *m_situation;
    QComboBox *m_problemKind;
    QLineEdit *m_problem;
    QComboBox *m_answer;
    QLineEdit *m_answerNote;
    QLabel *m_error;
    QLabel *m_files;
    QStringList m_photos;
    QString m_signature;
    bool m_next = false;
};

} // namespace lianxin
