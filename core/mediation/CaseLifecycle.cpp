#include "core/mediation/CaseLifecycle.h"

#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/mediation/StepFields.h"

#include <QCoreApplication>

namespace lianxin::lifecycle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseLifecycle)
};

bool in(const QString &status, std::initializer_list<const char *> statuses)
{
    for (const char *s : statuses) {
        if (status == QLatin1String(s))
            return true;
    }
    return false;
}

Error refused(const QString &message)
{
    return {QStringLiteral("kind"), message};
}

// Why a step cannot follow the case's status, by what must come first.
Error notYet(const CaseState &state, const QString &step)
{
    const QString &s = state.status;
    if (s == QLatin1String("declined"))
        return refused(Tr::tr("The case was declined: no further steps can be recorded."));
    if (s == QLatin1String("filed"))
        return refused(Tr::tr("The case is filed: no further steps can be recorded."));
    if (s == QLatin1String("closed"))
        return refused(step == QLatin1String("filing") ? Tr::tr("The case is already filed.")
                                                       : Tr::tr("The case is closed: only filing can follow."));
    if (step == QLatin1String("filing"))
        return refused(Tr::tr("Close the case first."));
    if (s == QLatin1String("registered") && step != QLatin1String("rights_notice"))
        return refused(Tr::tr("Give the parties the notice of their rights and obligations first."));
    if (step == QLatin1String("rights_notice"))
        return refused(Tr::tr("The rights notice has already been given."));
    if (step == QLatin1String("decline"))
        return refused(Tr::tr("Only a case that has just been registered can be declined."));
    if (in(s, {"notified", "investigating"}) &&
        in(step, {"agreement", "mediation_ended"}))
        return refused(Tr::tr("Record a mediation session first."));
    if (in(s, {"notified", "investigating", "mediating"}))
        return refused(Tr::tr("Record the agreement, or that mediation ended, first."));
    // agreed, performed or ended
    if (in(step, {"investigation", "session", "extension"}))
        return refused(Tr::tr("Mediation is over for this case: it has an agreement or has ended."));
    if (in(step, {"agreement", "mediation_ended"}))
        return refused(s == QLatin1String("ended") ? Tr::tr("Mediation has already ended.")
                                                   : Tr::tr("The case already has an agreement."));
    if (step == QLatin1String("agreement_signed"))
        return refused(Tr::tr("Only a written agreement still awaiting signatures can be signed."));
    if (step == QLatin1String("closure"))
        return refused(s == QLatin1String("ended") ? Tr::tr("A case whose mediation ended closes as such.")
                       : s == QLatin1String("performed") ? Tr::tr("A case whose agreement was performed closes as such.")
                                                        : Tr::tr("Record that the agreement was performed first."));
    if (in(step, {"performance", "judicial_confirmation"}))
        return refused(s == QLatin1String("ended") ? Tr::tr("Mediation ended without an agreement.")
                                                   : Tr::tr("The agreement has been performed."));
    return refused(Tr::tr("This step cannot be recorded now."));
}

bool effective(const CaseState &state)
{
    return state.agreementEffectiveOn.isValid();
}
} // namespace

const QStringList &openStatuses()
{
    static const QStringList statuses{QStringLiteral("registered"), QStringLiteral("notified"),
                                      QStringLiteral("investigating"), QStringLiteral("mediating")};
    return statuses;
}

Result<QString> next(const CaseState &state, const QString &step, const QVariantMap &data)
{
    const QString &s = state.status;
    const bool open = openStatuses().contains(s);
    if (step == QLatin1String("rights_notice") && s == QLatin1String("registered"))
        return QStringLiteral("notified");
    if (step == QLatin1String("decline") && s == QLatin1String("registered"))
        return QStringLiteral("declined");
    if (step == QLatin1String("investigation") && in(s, {"notified", "investigating", "mediating"}))
        return s == QLatin1String("mediating") ? s : QStringLiteral("investigating");
    if (step == QLatin1String("session") && in(s, {"notified", "investigating", "mediating"}))
        return QStringLiteral("mediating");
    if (step == QLatin1String("agreement") && s == QLatin1String("mediating"))
        return QStringLiteral("agreed");
    if (step == QLatin1String("mediation_ended") && s == QLatin1String("mediating"))
        return QStringLiteral("ended");
    if (step == QLatin1String("extension") && open) {
        const QDate to = QDate::fromString(data.value(QStringLiteral("new_deadline")).toString(), Qt::ISODate);
        if (state.deadline.isValid() && to <= state.deadline)
            return Error{QStringLiteral("new_deadline"), Tr::tr("The new deadline must be later than the current one.")};
        return s;
    }
    if (step == QLatin1String("escalation") && (open || in(s, {"agreed"})))
        return s;
    if (step == QLatin1String("agreement_signed") && s == QLatin1String("agreed") &&
        state.agreementForm == QLatin1String("written") && !effective(state))
        return s;
    if (step == QLatin1String("performance") && s == QLatin1String("agreed")) {
        if (!effective(state))
            return refused(Tr::tr("The agreement takes effect when every party has signed it: record the signatures first."));
        return data.value(QStringLiteral("result")).toString() == QLatin1String("done") ? QStringLiteral("performed") : s;
    }
    if (step == QLatin1String("judicial_confirmation") && in(s, {"agreed", "performed"})) {
        if (state.agreementForm != QLatin1String("written") || !effective(state))
            return refused(Tr::tr("Judicial confirmation needs a written agreement that has taken effect."));
        const QDate applied = stepDate(data);
        if (applied < state.agreementEffectiveOn || applied > deadlines::confirmationWindowEnd(state.agreementEffectiveOn))
            return Error{QStringLiteral("date"),
                         Tr::tr("The parties must apply within 30 days of the agreement taking effect (by %1).")
                             .arg(deadlines::confirmationWindowEnd(state.agreementEffectiveOn).toString(Qt::ISODate))};
        return s;
    }
    if (step == QLatin1String("follow_up") && in(s, {"agreed", "performed", "ended"}))
        return s;
    if (step == QLatin1String("closure")) {
        const QString kind = data.value(QStringLiteral("kind")).toString();
        if (in(kind, {"withdrawn", "transferred"}) && (open || s == QLatin1String("agreed"))) {
            if (kind == QLatin1String("transferred") && data.value(QStringLiteral("transferred_to")).toString().isEmpty())
                return Error{QStringLiteral("transferred_to"), Tr::tr("Say where the case was transferred to.")};
            return QStringLiteral("closed");
        }
        if (kind == QLatin1String("performed") && s == QLatin1String("performed"))
            return QStringLiteral("closed");
        if (kind == QLatin1String("ended") && s == QLatin1String("ended"))
            return QStringLiteral("closed");
        if (kind == QLatin1String("performed") && !in(s, {"closed", "filed", "declined"}))
            return refused(Tr::tr("Record that the agreement was performed first."));
        if (kind == QLatin1String("ended") && !in(s, {"closed", "filed", "declined"}))
            return refused(Tr::tr("Record that mediation ended first."));
    }
    if (step == QLatin1String("filing") && s == QLatin1String("closed"))
        return QStringLiteral("filed");
    if (!vocabulary::contains(vocabulary::stepKinds(), step))
        return refused(Tr::tr("Unknown kind of step \"%1\".").arg(step));
    // Only CaseSteps records it, for a case whose steps hold two outcomes (CaseOutcome.h).
    if (step == QLatin1String("outcome_chosen"))
        return refused(Tr::tr("An outcome is chosen only where two were recorded on different devices."));
    return notYet(state, step);
}

QStringList possibleSteps(const CaseState &state)
{
    QStringList steps;
    for (const VocabularyEntry &entry : vocabulary::stepKinds()) {
        const QString step = QLatin1String(entry.code);
        // Probe with values that pass the value checks, so that only the order decides.
        QVariantMap probe{{QStringLiteral("result"), QStringLiteral("done")},
                          {QStringLiteral("kind"), QStringLiteral("withdrawn")},
                          {QStringLiteral("date"), state.agreementEffectiveOn.toString(Qt::ISODate)},
                          {QStringLiteral("new_deadline"), state.deadline.addDays(1).toString(Qt::ISODate)}};
        if (step == QLatin1String("closure")) {
            for (const char *kind : {"performed", "ended", "withdrawn"}) {
                probe.insert(QStringLiteral("kind"), QLatin1String(kind));
                if (next(state, step, probe)) {
                    steps.append(step);
                    break;
                }
            }
            continue;
        }
        if (next(state, step, probe))
            steps.append(step);
    }
    return steps;
}

} // namespace lianxin::lifecycle
