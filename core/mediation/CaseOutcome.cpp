#include "core/mediation/CaseOutcome.h"

namespace lianxin::outcome {

namespace {
bool isChoice(const DisputeStep &step)
{
    return step.kind == QLatin1String(kChosenKind);
}

// The decisive step the latest choice names; empty when no choice names one of this case's decisive steps.
QString chosenStepId(const QList<DisputeStep> &steps, const QList<DisputeStep> &decisive)
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!isChoice(*it))
            continue;
        const QString named = it->data.value(QStringLiteral("step_id")).toString();
        for (const DisputeStep &step : decisive) {
            if (step.id == named)
                return named;
        }
    }
    return {};
}
} // namespace

bool isDecisive(const QString &kind)
{
    return kind == QLatin1String("decline") || kind == QLatin1String("agreement") ||
           kind == QLatin1String("mediation_ended");
}

QList<DisputeStep> decisiveSteps(const QList<DisputeStep> &steps)
{
    QList<DisputeStep> decisive;
    for (const DisputeStep &step : steps) {
        if (isDecisive(step.kind))
            decisive.append(step);
    }
    return decisive;
}

QString standingStepId(const QList<DisputeStep> &steps)
{
    const QList<DisputeStep> decisive = decisiveSteps(steps);
    if (decisive.isEmpty())
        return {};
    const QString chosen = chosenStepId(steps, decisive);
    return chosen.isEmpty() ? decisive.first().id : chosen;
}

bool unresolvedFork(const QList<DisputeStep> &steps)
{
    const QList<DisputeStep> decisive = decisiveSteps(steps);
    return decisive.size() > 1 && chosenStepId(steps, decisive).isEmpty();
}

QList<DisputeStep> standingTimeline(const QList<DisputeStep> &steps)
{
    const QString standing = standingStepId(steps);
    QList<DisputeStep> kept;
    for (const DisputeStep &step : steps) {
        if (isChoice(step) || (isDecisive(step.kind) && step.id != standing))
            continue;
        kept.append(step);
    }
    return kept;
}

} // namespace lianxin::outcome
