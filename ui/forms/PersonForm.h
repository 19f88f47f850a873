#pragma once

#include "core/auth/Account.h"
#include "core/register/Person.h"
#include "ui/forms/FieldForm.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lianxin {

class Database;
class TagBoxes;

// Adds or edits a member of a household. Messages from core's checks appear under the field they name.
// Special-group tags are offered only to roles that may see them, and kept as they were otherwise. Roles
// that may not reveal personal data see the ID number and phone masked; left as shown, the stored values
// stay, and a whole new value typed over the mask replaces them.
class PersonForm : public FieldForm
{
    Q_OBJECT

public:
    PersonForm(Database &database, const Account &account, Person person, QWidget *parent = nullptr);

    const Person &person() const { return m_person; }

protected:
    QList<Error> save() override;

private:
    Person fromFields() const;

    Database &m_database;
    Account m_account;
    Person m_person;
    bool m_masked;
    QString m_shownIdNumber; // as the field starts: masked, or the value for roles that may reveal
    QString m_shownPhone;
    QLineEdit *m_name;
    QComboBox *m_sex;
    QLineEdit *m_idNumber;
    QLineEdit *m_birthDate;
    QComboBox *m_ethnicity;
    QLineEdit *m_phone;
    QComboBox *m_relation;
    QComboBox *m_residence;
    QLineEdit *m_occupation;
    TagBoxes *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace lianxin
