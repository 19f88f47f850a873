#pragma once

#include "ui/forms/FieldForm.h"

#include <QHash>
#include <QVariantMap>

namespace lianxin {

class Database;

// The form of one step of a case (a mediation session, the agreement, a follow-up visit …), built from
// the step's field list (core/mediation/StepFields.h); saving records the step through CaseSteps, which
// may refuse it with a message saying what must come first.
class StepForm : public FieldForm
{
    Q_OBJECT

public:
    StepForm(Database &database, const QString &disputeId, const QString &kind, QWidget *parent = nullptr);

    // Sets a field's value as the user would (for tests and for values carried over).
    void setValue(const QString &key, const QVariant &value);

protected:
    QList<Error> save() override;

private:
    QVariantMap values() const;

    Database &m_database;
    QString m_disputeId;
    QString m_kind;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lianxin
