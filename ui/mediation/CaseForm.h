#pragma once

#include "core/auth/Account.h"
#include "core/mediation/DisputeCase.h"
#include "ui/forms/FieldForm.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace lianxin {

class Database;
class PartiesEditor;

// 受理登记: registers a dispute case, or edits what was registered (an existing case keeps its number,
// status and steps). Core's message for each field shows under it; the parties' under the table.
class CaseForm : public FieldForm
{
    Q_OBJECT

public:
    CaseForm(Database &database, const Account &account, const DisputeCase &dispute, QWidget *parent = nullptr);

    QString savedId() const { return m_dispute.id; }

protected:
    QList<Error> save() override;

private:
    void fillRegions();
    void fillMembers();

    Database &m_database;
    Account m_account;
    DisputeCase m_dispute;
    QComboBox *m_region;
    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_source;
    QDateEdit *m_received;
    QPlainTextEdit *m_facts;
    QPlainTextEdit *m_claims;
    QDoubleSpinBox *m_amount;
    QSpinBox *m_people;
    QComboBox *m_risk;
    QCheckBox *m_violence;
    QComboBox *m_level;
    QComboBox *m_consultation;
    QListWidget *m_mediators;
    QComboBox *m_adviser;
    PartiesEditor *m_parties;
};

} // namespace lianxin
