#pragma once

#include "core/auth/Account.h"
#include "core/register/Household.h"
#include "ui/forms/FieldForm.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lianxin {

class Database;
class TagBoxes;

// Adds or edits a household: its grid (within the account's scope), address, house number, head (one of
// its members) and tags.
class HouseholdForm : public FieldForm
{
    Q_OBJECT

public:
    HouseholdForm(Database &database, const Account &account, Household household, QWidget *parent = nullptr);

    const Household &household() const { return m_household; }

protected:
    QList<Error> save() override;

private:
    Database &m_database;
    Household m_household;
    QComboBox *m_grid;
    QLineEdit *m_address;
    QLineEdit *m_houseNumber;
    QComboBox *m_head;
    TagBoxes *m_tags;
    QPlainTextEdit *m_notes;
};

} // namespace lianxin
