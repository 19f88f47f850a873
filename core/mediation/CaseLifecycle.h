#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace lianxin {

// What the lifecycle needs to know of a case to judge its next step.
struct CaseState
{
    QString status = QStringLiteral("registered");
    QString agreementForm;      // written or oral, once an agreement is recorded
    QDate agreementEffectiveOn; // invalid until every signature is in (an oral agreement: when recorded)
    QDate deadline;             // the time limit for mediation
};

// The people's-mediation lifecycle (docs/MEDIATION.md): which step may follow which, as a pure function so
// that every transition is testable. Statuses are codes of vocabulary::caseStatuses(), steps of stepKinds().
namespace lifecycle {

// Statuses in which mediation is still under way (the one-month limit runs).
const QStringList &openStatuses();
// The status a case takes when the step is recorded, or why the step is refused, saying what must come
// first. `data` is the step's validated values.
Result<QString> next(const CaseState &state, const QString &step, const QVariantMap &data);
// The steps that may be recorded next (some may still be refused by their values).
QStringList possibleSteps(const CaseState &state);

} // namespace lifecycle

} // namespace lianxin
