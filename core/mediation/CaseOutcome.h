#pragma once

#include "core/mediation/DisputeCase.h"

#include <QList>
#include <QString>

// The one outcome of a case. Devices record steps offline and the county server accepts every step within
// scope, so two devices may each record how one case ended: an agreement on one and "mediation ended" on
// the other, or two agreements. Such a fork is not a sync conflict of one field but of the case's history;
// the mediator settles it on the case page with an "outcome chosen" step naming the step that stands. Until
// then the earliest decisive step stands, on every device and in every report, so that one case is counted
// once and the same way everywhere.
namespace lianxin::outcome {

// Steps that decide what became of a case: declined, agreed, or mediation ended. The lifecycle allows one
// of them per case, so two live ones can only come from two devices.
bool isDecisive(const QString &kind);
// The step kind that settles a fork; its `step_id` names the decisive step that stands.
inline constexpr const char *kChosenKind = "outcome_chosen";

// The decisive steps of a timeline (CaseSteps::list order).
QList<DisputeStep> decisiveSteps(const QList<DisputeStep> &steps);
// The decisive step that stands: the one the latest "outcome chosen" step names, else the earliest; empty
// when the case has none.
QString standingStepId(const QList<DisputeStep> &steps);
// True when two or more decisive steps were recorded and no choice names one of them.
bool unresolvedFork(const QList<DisputeStep> &steps);
// The steps that count for the case's state: every step but the choices and the decisive steps set aside.
QList<DisputeStep> standingTimeline(const QList<DisputeStep> &steps);

} // namespace lianxin::outcome
