#include "core/service/Consultations.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Consultations)
};

const QString kDecisionColumns = QStringLiteral("d.id, d.consultation_id, d.matter_table, d.matter_id, d.matter_title, "
                                                "d.decision, d.owner, d.due_on, d.done_on, d.done_note");

ConsultationDecision decisionFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString(),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString(),
            QDate::fromString(query.value(7).toString(), Qt::ISODate),
            QDate::fromString(query.value(8).toString(), Qt::ISODate),
            query.value(9).toString()};
}
} // namespace

Result<QString> Consultations::record(Consultation consultation)
{
    if (!vocabulary::contains(vocabulary::consultationLevels(), consultation.level))
        return Error{QStringLiteral("level"), Tr::tr("Choose the level of the consultation.")};
    if (!consultation.heldOn.isValid() || consultation.heldOn > chinaToday(m_database.clock()))
        return Error{QStringLiteral("held_on"), Tr::tr("Give the day the meeting was held (not a day still to come).")};
    if (Status status = checkRequiredText(QStringLiteral("chair"), Tr::tr("Chair"), consultation.chair, 50); !status)
        return status.error();
    if (Status status = checkTextLength(QStringLiteral("present"), Tr::tr("Present"), consultation.present, 500);
        !status)
        return status.error();
    if (Status status = checkTextLength(QStringLiteral("minutes"), Tr::tr("Minutes"), consultation.minutes, 2000);
        !status)
        return status.error();
    if (consultation.decisions.isEmpty())
        return Error{QStringLiteral("decisions"), Tr::tr("A consultation decides on at least one matter.")};
    for (qsizetype i = 0; i < consultation.decisions.size(); ++i) {
        const QString prefix = QStringLiteral("decisions.%1.").arg(i);
        const ConsultationDecision &d = consultation.decisions.at(i);
        if (d.matterTable != QLatin1String("service_requests") && d.matterTable != QLatin1String("disputes"))
            return Error{prefix + QStringLiteral("matter_id"), Tr::tr("Choose the matter discussed.")};
        QSqlQuery &matter =
            m_database.cached(d.matterTable == QLatin1String("disputes")
                                  ? QStringLiteral("SELECT 1 FROM disputes WHERE id = ? AND deleted = 0")
                                  : QStringLiteral("SELECT 1 FROM service_requests WHERE id = ? AND deleted = 0"));
        matter.bindValue(0, d.matterId);
        const bool found = m_database.exec(matter) && matter.next();
        matter.finish();
        if (!found)
            return Error{prefix + QStringLiteral("matter_id"), Tr::tr("Choose the matter discussed.")};
        if (Status status = checkRequiredText(prefix + QStringLiteral("decision"), Tr::tr("Decision"), d.decision, 500);
            !status)
            return status.error();
        if (Status status = checkRequiredText(prefix + QStringLiteral("owner"), Tr::tr("Owner"), d.owner, 50); !status)
            return status.error();
        if (!d.dueOn.isValid() || d.dueOn < consultation.heldOn)
            return Error{prefix + QStringLiteral("due_on"), Tr::tr("The deadline is a day after the meeting.")};
    }
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    RecordWriter writer(m_database);
    const auto id = writer.insert(tables::consultations(), {{QStringLiteral("region_id"), consultation.regionId},
                                                            {QStringLiteral("level"), consultation.level},
                                                            {QStringLiteral("held_on"), consultation.heldOn},
                                                            {QStringLiteral("chair"), consultation.chair},
                                                            {QStringLiteral("present"), consultation.present},
                                                            {QStringLiteral("minutes"), consultation.minutes}});
    if (!id)
        return id.error();
    for (const ConsultationDecision &d : std::as_const(consultation.decisions)) {
        if (auto written =
                writer.insert(tables::consultationDecisions(), {{QStringLiteral("consultation_id"), *id},
                                                                {QStringLiteral("matter_table"), d.matterTable},
                                                                {QStringLiteral("matter_id"), d.matterId},
                                                                {QStringLiteral("matter_title"), d.matterTitle},
                                                                {QStringLiteral("decision"), d.decision},
                                                                {QStringLiteral("owner"), d.owner},
                                                                {QStringLiteral("due_on"), d.dueOn}});
            !written)
            return written.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status Consultations::markDone(const QString &decisionId, const QString &note)
{
    if (Status status = checkRequiredText(QStringLiteral("done_note"), Tr::tr("What was done"), note, 500); !status)
        return status;
    RecordWriter writer(m_database);
    return toStatus(writer.update(
        tables::consultationDecisions(), decisionId,
        {{QStringLiteral("done_on"), chinaToday(m_database.clock())}, {QStringLiteral("done_note"), note}}));
}

std::optional<Consultation> Consultations::get(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT id, region_id, level, held_on, chair, present, minutes "
                                                        "FROM consultations WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    Consultation c{query.value(0).toString(), query.value(1).toString(),
                   query.value(2).toString(), QDate::fromString(query.value(3).toString(), Qt::ISODate),
                   query.value(4).toString(), query.value(5).toString(),
                   query.value(6).toString(), {}, {}, 0};
    QSqlQuery decisions =
        m_database.prepare(QStringLiteral("SELECT %1 FROM consultation_decisions d WHERE d.consultation_id = ? "
                                          "AND d.deleted = 0 ORDER BY d.created_at, d.id")
                               .arg(kDecisionColumns));
    decisions.addBindValue(id);
    if (m_database.exec(decisions)) {
        while (decisions.next())
            c.decisions.append(decisionFrom(decisions));
    }
    return c;
}

QList<Consultation> Consultations::list(const Scope &scope, int limit) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, c.region_id, c.level, c.held_on, c.chair, c.present, c.minutes, r.name, "
                       "(SELECT count(*) FROM consultation_decisions d WHERE d.consultation_id = c.id AND d.deleted = 0) "
                       "FROM consultations c LEFT JOIN regions r ON r.id = c.region_id WHERE c.deleted = 0 AND %1 "
                       "ORDER BY c.held_on DESC, c.id DESC LIMIT :limit")
            .arg(regionInScope(QStringLiteral("c.region_id"))));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<Consultation> list;
    if (m_database.exec(query)) {
        while (query.next()) {
            Consultation c;
            c.id = query.value(0).toString();
            c.regionId = query.value(1).toString();
            c.level = query.value(2).toString();
            c.heldOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            c.chair = query.value(4).toString();
            c.present = query.value(5).toString();
            c.minutes = query.value(6).toString();
            c.regionName = query.value(7).toString();
            c.matters = query.value(8).toInt();
            list.append(c);
        }
    }
    return list;
}

QList<ConsultationDecision> Consultations::open(const Scope &scope, int limit) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM consultation_decisions d JOIN consultations c ON c.id = d.consultation_id "
                       "WHERE d.deleted = 0 AND d.done_on IS NULL AND %2 ORDER BY d.due_on, d.id LIMIT :limit")
            .arg(kDecisionColumns, regionInScope(QStringLiteral("c.region_id"))));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<ConsultationDecision> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append(decisionFrom(query));
    }
    return list;
}

} // namespace lianxin
