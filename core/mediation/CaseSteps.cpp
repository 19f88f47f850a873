#include "core/mediation/CaseSteps.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/CaseLifecycle.h"
#include "core/mediation/CaseOutcome.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/StepFields.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseSteps)
};

QString text(const QVariantMap &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

// A date held as a QDate or as its ISO text (as the step's values keep it).
QDate dateOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// The case fields a step changes besides its status.
QVariantMap effectsOf(const DisputeCase &d, const QString &kind, const QVariantMap &data)
{
    const QDate date = stepDate(data);
    QVariantMap fields;
    if (kind == QLatin1String("extension")) {
        fields.insert(QStringLiteral("deadline"), text(data, "new_deadline"));
    } else if (kind == QLatin1String("agreement")) {
        const bool inEffect = text(data, "form") == QLatin1String("oral") || data.value(QStringLiteral("signed")).toBool();
        fields.insert(QStringLiteral("agreement_form"), text(data, "form"));
        fields.insert(QStringLiteral("agreement_effective_on"), inEffect ? date : QDate());
        fields.insert(QStringLiteral("agreement_amount"), data.value(QStringLiteral("amount"), 0).toLongLong());
        fields.insert(QStringLiteral("performance_deadline"), text(data, "performance_deadline"));
    } else if (kind == QLatin1String("agreement_signed")) {
        fields.insert(QStringLiteral("agreement_effective_on"), date);
    } else if (kind == QLatin1String("follow_up")) {
        if (!d.lastFollowUpOn.isValid() || date > d.lastFollowUpOn)
            fields.insert(QStringLiteral("last_follow_up_on"), date);
    } else if (kind == QLatin1String("escalation")) {
        fields.insert(QStringLiteral("level"), QStringLiteral("township"));
        fields.insert(QStringLiteral("consultation"),
                      text(data, "consultation").isEmpty() ? text(data, "to_level") : text(data, "consultation"));
        fields.insert(QStringLiteral("escalated_on"), date);
    } else if (kind == QLatin1String("closure")) {
        fields.insert(QStringLiteral("closure_kind"), text(data, "kind"));
        fields.insert(QStringLiteral("closed_on"), date);
    } else if (kind == QLatin1String("decline")) {
        fields.insert(QStringLiteral("closed_on"), date);
    }
    return fields;
}

// The case fields the standing steps leave (CaseOutcome.h): the timeline replayed from registration, each
// step through the lifecycle, those set aside left out, and any step the lifecycle would not have taken
// after the standing outcome (a performance of an agreement set aside) skipped.
QVariantMap replayed(const DisputeCase &registered, const QList<DisputeStep> &steps)
{
    DisputeCase running = registered;
    running.lastFollowUpOn = {};
    CaseState state{QStringLiteral("registered"), {}, {}, deadlines::defaultDeadline(registered.receivedOn)};
    QVariantMap fields{{QStringLiteral("deadline"), state.deadline},
                       {QStringLiteral("agreement_form"), QString()},
                       {QStringLiteral("agreement_effective_on"), QDate()},
                       {QStringLiteral("agreement_amount"), QVariant()},
                       {QStringLiteral("performance_deadline"), QString()},
                       {QStringLiteral("last_follow_up_on"), QDate()},
                       {QStringLiteral("escalated_on"), QDate()},
                       {QStringLiteral("closure_kind"), QString()},
                       {QStringLiteral("closed_on"), QDate()}};
    for (const DisputeStep &step : outcome::standingTimeline(steps)) {
        const auto next = lifecycle::next(state, step.kind, step.data);
        if (!next)
            continue;
        const QVariantMap effects = effectsOf(running, step.kind, step.data);
        for (auto it = effects.cbegin(); it != effects.cend(); ++it)
            fields.insert(it.key(), it.value());
        state = {*next, fields.value(QStringLiteral("agreement_form")).toString(),
                 fields.value(QStringLiteral("agreement_effective_on")).toDate(),
                 dateOf(fields.value(QStringLiteral("deadline")))};
        running.lastFollowUpOn = fields.value(QStringLiteral("last_follow_up_on")).toDate();
    }
    fields.insert(QStringLiteral("status"), state.status);
    return fields;
}
} // namespace

CaseSteps::CaseSteps(Database &database) : m_database(database), m_writer(database) {}

Result<QString> CaseSteps::add(const QString &disputeId, const QString &kind, QVariantMap data)
{
    if (const QList<Error> errors = validateStepData(kind, data); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const auto dispute = DisputeRepository(m_database).get(disputeId);
    if (!dispute)
        return Error{QStringLiteral("dispute_id"), Tr::tr("The case no longer exists.")};
    const QDate date = stepDate(data);
    if (date < dispute->receivedOn)
        return Error{QStringLiteral("date"), Tr::tr("The date is before the case was received (%1).")
                                                 .arg(dispute->receivedOn.toString(Qt::ISODate))};
    if (date > chinaToday(m_database.clock()))
        return Error{QStringLiteral("date"), Tr::tr("The date cannot be in the future.")};
    const bool choice = kind == QLatin1String(outcome::kChosenKind);
    const QList<DisputeStep> before = list(disputeId);
    if (choice) {
        const QList<DisputeStep> decisive = outcome::decisiveSteps(before);
        const QString named = text(data, "step_id");
        if (decisive.size() < 2 ||
            std::none_of(decisive.cbegin(), decisive.cend(), [&named](const DisputeStep &s) { return s.id == named; }))
            return Error{QStringLiteral("step_id"),
                         Tr::tr("Only an outcome recorded for this case can be chosen, and only "
                                "when different devices recorded two.")};
    } else if (outcome::unresolvedFork(before)) {
        return Error{QStringLiteral("kind"),
                     Tr::tr("Two outcomes of this case were recorded on different devices: choose "
                            "the one that stands first.")};
    }
    const CaseState state{dispute->status, dispute->agreementForm, dispute->agreementEffectiveOn, dispute->deadline};
    const auto status = choice ? Result<QString>(dispute->status) : lifecycle::next(state, kind, data);
    if (!status)
        return status.error();
    if (kind == QLatin1String("closure")) {
        if (const QStringList missing = missingForClosure(disputeId, text(data, "kind")); !missing.isEmpty())
            return Error{QStringLiteral("kind"), Tr::tr("The dossier is not complete; it lacks: %1.")
                                                     .arg(missing.join(Tr::tr(", ")))};
    }
    const QString json = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(data)).toJson(QJsonDocument::Compact));
    const auto id = m_writer.insert(tables::disputeSteps(), {{QStringLiteral("dispute_id"), disputeId},
                                                             {QStringLiteral("kind"), kind},
                                                             {QStringLiteral("occurred"), data.value(QStringLiteral("date"))},
                                                             {QStringLiteral("data"), json}});
    if (!id)
        return id.error();
    QVariantMap fields;
    if (choice) {
        fields = replayed(*dispute, list(disputeId));
    } else {
        fields = effectsOf(*dispute, kind, data);
        fields.insert(QStringLiteral("status"), *status);
    }
    if (const auto written = m_writer.update(tables::disputes(), disputeId, fields); !written)
        return written.error();
    if (choice) {
        if (Status settled = settleConflicts(disputeId, fields.keys()); !settled)
            return settled.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

// The two outcomes reached the county server as two changes of the case row, the second answered with
// conflict records on the fields the first had set (docs/SYNC.md section 6): the choice settles them.
Status CaseSteps::settleConflicts(const QString &disputeId, const QStringList &fields)
{
    QSqlQuery open = m_database.prepare(QStringLiteral("SELECT id, field FROM conflicts WHERE table_name = 'disputes' "
                                                       "AND row_id = ? AND resolution IS NULL AND deleted = 0"));
    open.addBindValue(disputeId);
    if (Status status = m_database.exec(open); !status)
        return status;
    QStringList settled;
    while (open.next()) {
        if (fields.contains(open.value(1).toString()))
            settled.append(open.value(0).toString());
    }
    for (const QString &id : settled) {
        const auto closed = m_writer.update(tables::conflicts(), id,
                                            {{QStringLiteral("resolution"), QStringLiteral("kept")},
                                             {QStringLiteral("resolved_by"), m_database.actor()}});
        if (!closed)
            return closed.error();
    }
    return {};
}

QList<DisputeStep> CaseSteps::list(const QString &disputeId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT s.id, s.kind, s.occurred, s.data, %1 FROM dispute_steps s "
                       "WHERE s.dispute_id = ? AND s.deleted = 0 ORDER BY substr(s.occurred, 1, 10), s.created_at, s.id")
            .arg(recordInfoColumns(QStringLiteral("s"))));
    query.addBindValue(disputeId);
    QList<DisputeStep> steps;
    if (!m_database.exec(query))
        return steps;
    while (query.next())
        steps.append({query.value(0).toString(), disputeId, query.value(1).toString(), query.value(2).toString(),
                      QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object().toVariantMap(),
                      readRecordInfo(query, 4)});
    return steps;
}

QStringList CaseSteps::missingForClosure(const QString &disputeId, const QString &closureKind) const
{
    QStringList missing;
    const auto has = [this, &disputeId](const char *kind) {
        QSqlQuery query = m_database.prepare(
            QStringLiteral("SELECT 1 FROM dispute_steps WHERE dispute_id = ? AND kind = ? AND deleted = 0 LIMIT 1"));
        query.addBindValue(disputeId);
        query.addBindValue(QLatin1String(kind));
        return m_database.exec(query) && query.next();
    };
    const bool full = closureKind == QLatin1String("performed") || closureKind == QLatin1String("ended");
    if (full && !has("rights_notice"))
        missing.append(Tr::tr("the notice of rights and obligations"));
    for (const DisputeParty &party : DisputeRepository(m_database).parties(disputeId)) {
        if (party.idNumber.isEmpty())
            missing.append(Tr::tr("the ID number of %1").arg(party.name));
    }
    if (full && !has("session"))
        missing.append(Tr::tr("a mediation record"));
    if (closureKind == QLatin1String("performed")) {
        if (!has("agreement"))
            missing.append(Tr::tr("the agreement"));
        if (!has("performance"))
            missing.append(Tr::tr("a record of performance"));
    }
    if (closureKind == QLatin1String("ended") && !has("mediation_ended"))
        missing.append(Tr::tr("the record that mediation ended"));
    return missing;
}

} // namespace lianxin
