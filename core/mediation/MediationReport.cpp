#include "core/mediation/MediationReport.h"

#include "core/mediation/DisputeSql.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediationReport)
};

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// True when the region in `column` lies in the reported region (bound to :region), or, with none, in the
// account's scope.
QString inReportedRegion(const QString &column)
{
    return QStringLiteral("(CASE WHEN :region IS NULL THEN %1 ELSE EXISTS (SELECT 1 FROM region_ancestors ra"
                          " WHERE ra.region_id = %2 AND ra.ancestor_id = :region) END)")
        .arg(regionInScope(column), column);
}

// Per case, everything the report counts: where it arose and where it was mediated, its standing outcome
// (core/mediation/CaseOutcome.h: the decisive step a choice names, else the earliest) and when it took
// effect, its last escalation; then summed per category and source. The steps are read once; the per-case
// rows are materialised so that each correlated lookup runs once per case, not once per figure using it.
QString reportSql()
{
    return QStringLiteral(
        "WITH cases AS (SELECT d.id, d.category, d.source, d.region_id, d.received_on, d.people_count, d.violence_risk"
        "  FROM disputes d JOIN regions r ON r.id = d.region_id WHERE d.deleted = 0 AND %1),"
        // The steps that decide what the report counts, read once.
        " events AS MATERIALIZED (SELECT s.dispute_id, s.id, s.kind, substr(s.occurred, 1, 10) AS day, s.created_at, s.data"
        "  FROM dispute_steps s JOIN cases c ON c.id = s.dispute_id WHERE s.deleted = 0 AND s.kind IN"
        "  ('decline', 'agreement', 'mediation_ended', 'agreement_signed', 'closure', 'escalation', 'outcome_chosen')),"
        " decisive AS (SELECT dispute_id, id, kind, day, data,"
        "  row_number() OVER (PARTITION BY dispute_id ORDER BY day, created_at, id) AS n,"
        "  count(*) OVER (PARTITION BY dispute_id) AS recorded"
        "  FROM events WHERE kind IN ('decline', 'agreement', 'mediation_ended')),"
        " chosen AS (SELECT x.dispute_id, x.id AS step_id,"
        "  row_number() OVER (PARTITION BY x.dispute_id ORDER BY e.day DESC, e.created_at DESC, e.id DESC) AS n"
        "  FROM events e JOIN decisive x ON x.dispute_id = e.dispute_id AND x.id = json_extract(e.data, '$.step_id')"
        "  WHERE e.kind = 'outcome_chosen'),"
        " standing AS (SELECT x.dispute_id, x.kind, x.day, x.data, x.recorded > 1 AND ch.step_id IS NULL AS unresolved"
        "  FROM decisive x LEFT JOIN chosen ch ON ch.dispute_id = x.dispute_id AND ch.n = 1"
        "  WHERE (ch.step_id IS NULL AND x.n = 1) OR x.id = ch.step_id),"
        " closures AS (SELECT dispute_id, day, json_extract(data, '$.kind') AS how,"
        "  row_number() OVER (PARTITION BY dispute_id ORDER BY day, created_at, id) AS n"
        "  FROM events WHERE kind = 'closure' AND json_extract(data, '$.kind') IN ('withdrawn', 'transferred')),"
        " escalations AS (SELECT dispute_id, day, json_extract(data, '$.to_level') AS level,"
        "  row_number() OVER (PARTITION BY dispute_id ORDER BY day DESC, created_at DESC, id DESC) AS n"
        "  FROM events WHERE kind = 'escalation'),"
        " per_case AS MATERIALIZED (SELECT c.*, st.kind AS standing, coalesce(st.unresolved, 0) AS unresolved,"
        "  CASE WHEN st.kind = 'agreement' THEN"
        "   CASE WHEN json_extract(st.data, '$.form') = 'oral' OR json_extract(st.data, '$.signed') THEN st.day"
        "   ELSE (SELECT min(g.day) FROM events g WHERE g.dispute_id = c.id AND g.kind = 'agreement_signed'"
        "    AND g.day >= st.day) END END AS agreed_on,"
        "  CASE WHEN st.kind = 'agreement' THEN coalesce(json_extract(st.data, '$.amount'), 0) ELSE 0 END AS amount,"
        "  CASE WHEN st.kind = 'mediation_ended' THEN st.day END AS ended_on,"
        "  k.day AS closed_on, k.how AS closed_how, e.day AS escalated_on, e.level AS escalated_to"
        "  FROM cases c LEFT JOIN standing st ON st.dispute_id = c.id"
        "  LEFT JOIN closures k ON k.dispute_id = c.id AND k.n = 1 LEFT JOIN escalations e ON e.dispute_id = c.id AND e.n = 1),"
        " outcomes AS (SELECT p.*,"
        "  CASE WHEN p.agreed_on IS NOT NULL THEN 'agreed' WHEN p.ended_on IS NOT NULL THEN 'ended'"
        "   WHEN p.standing = 'decline' THEN NULL ELSE p.closed_how END AS outcome,"
        "  CASE WHEN p.agreed_on IS NOT NULL THEN p.agreed_on WHEN p.ended_on IS NOT NULL THEN p.ended_on"
        "   WHEN p.standing = 'decline' THEN NULL ELSE p.closed_on END AS concluded_on,"
        "  coalesce((SELECT a.ancestor_id FROM region_ancestors a JOIN regions x ON x.id = a.ancestor_id"
        "   WHERE a.region_id = p.region_id AND CASE p.escalated_to"
        "    WHEN 'township' THEN x.kind IN ('town', 'township', 'subdistrict') WHEN 'county' THEN x.kind = 'county'"
        "    ELSE 0 END), p.region_id) AS mediated_at"
        "  FROM per_case p),"
        " placed AS MATERIALIZED (SELECT o.*, %2 AS arose_here, %3 AS mediated_here,"
        "  CASE WHEN :region IS NULL THEN o.mediated_at IN (SELECT value FROM json_each(:scope)) ELSE o.mediated_at = :region END"
        "   AS own_committee FROM outcomes o),"
        " counted AS MATERIALIZED (SELECT p.*,"
        "  p.arose_here AND p.received_on BETWEEN :from AND :to AND coalesce(p.standing, '') <> 'decline' AS received,"
        "  p.escalated_on BETWEEN :from AND :to AND p.mediated_at <> p.region_id AS referred,"
        "  p.mediated_here AND p.concluded_on BETWEEN :from AND :to AS concluded FROM placed p)"
        " SELECT category, source, sum(received), sum(referred AND own_committee), sum(referred AND arose_here AND NOT mediated_here),"
        "  sum(concluded AND outcome = 'agreed'), sum(concluded AND outcome = 'ended'),"
        "  sum(concluded AND outcome = 'withdrawn'), sum(concluded AND outcome = 'transferred'),"
        "  sum(CASE WHEN concluded AND outcome = 'agreed' THEN amount ELSE 0 END),"
        "  sum(concluded AND outcome = 'agreed' AND violence_risk = 1),"
        "  sum(CASE WHEN concluded AND outcome = 'agreed' AND violence_risk = 1 THEN people_count ELSE 0 END),"
        "  sum(concluded AND outcome = 'agreed' AND people_count >= :group_size),"
        "  sum(CASE WHEN concluded AND outcome = 'agreed' AND people_count >= :group_size THEN people_count ELSE 0 END),"
        "  sum(unresolved AND (received OR concluded OR (referred AND (own_committee OR arose_here))))"
        " FROM counted GROUP BY category, source")
        .arg(disputeSql::scopeCondition(), inReportedRegion(QStringLiteral("o.region_id")),
             inReportedRegion(QStringLiteral("o.mediated_at")));
}
} // namespace

std::optional<double> ReportLine::successRate() const
{
    if (mediated() == 0)
        return std::nullopt;
    return 100.0 * agreed / mediated();
}

void ReportLine::add(const ReportLine &other)
{
    received += other.received;
    referredIn += other.referredIn;
    referredOut += other.referredOut;
    agreed += other.agreed;
    failed += other.failed;
    withdrawn += other.withdrawn;
    transferred += other.transferred;
    agreedAmountFen += other.agreedAmountFen;
    keptFromViolence += other.keptFromViolence;
    keptFromViolencePeople += other.keptFromViolencePeople;
    groupCases += other.groupCases;
    groupPeople += other.groupPeople;
}

MediationReport::MediationReport(Database &database) : m_database(database) {}

std::pair<QDate, QDate> MediationReport::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

std::pair<QDate, QDate> MediationReport::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

std::pair<QDate, QDate> MediationReport::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

MediationReportData MediationReport::compute(const QDate &from, const QDate &to, const QString &regionId,
                                             const Scope &scope) const
{
    MediationReportData report;
    report.from = from;
    report.to = to;
    report.regionId = regionId;
    QSqlQuery query = m_database.prepare(reportSql());
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":region"), regionId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : regionId);
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":group_size"), kGroupSize);
    QHash<QString, ReportLine> categories;
    QHash<QString, ReportLine> sources;
    QSet<QString> folded;
    // A code this version does not know (a newer device's) counts under "other": totals never drop a case.
    const auto known = [&folded](const QString &code, const Vocabulary &vocabulary) {
        if (vocabulary::contains(vocabulary, code))
            return code;
        folded.insert(code);
        return QStringLiteral("other");
    };
    if (m_database.exec(query)) {
        while (query.next()) {
            ReportLine line;
            line.received = query.value(2).toInt();
            line.referredIn = query.value(3).toInt();
            line.referredOut = query.value(4).toInt();
            line.agreed = query.value(5).toInt();
            line.failed = query.value(6).toInt();
            line.withdrawn = query.value(7).toInt();
            line.transferred = query.value(8).toInt();
            line.agreedAmountFen = query.value(9).toLongLong();
            line.keptFromViolence = query.value(10).toInt();
            line.keptFromViolencePeople = query.value(11).toInt();
            line.groupCases = query.value(12).toInt();
            line.groupPeople = query.value(13).toInt();
            report.unresolvedOutcomes += query.value(14).toInt();
            categories[known(query.value(0).toString(), vocabulary::disputeCategories())].add(line);
            sources[known(query.value(1).toString(), vocabulary::disputeSources())].add(line);
            report.total.add(line);
        }
    }
    report.foldedIntoOther = int(folded.size());
    for (const VocabularyEntry &entry : vocabulary::disputeCategories()) {
        ReportLine line = categories.value(QLatin1String(entry.code));
        line.key = QLatin1String(entry.code);
        report.byCategory.append(line);
    }
    for (const VocabularyEntry &entry : vocabulary::disputeSources()) {
        ReportLine line = sources.value(QLatin1String(entry.code));
        line.key = QLatin1String(entry.code);
        report.bySource.append(line);
    }
    return report;
}

QString MediationReport::rateText(const ReportLine &line)
{
    const auto rate = line.successRate();
    return rate ? QStringLiteral("%1%").arg(*rate, 0, 'f', 1) : QStringLiteral("—");
}

QStringList MediationReport::figureTexts(const ReportLine &line, const QLocale &locale)
{
    QStringList texts;
    for (const int count : {line.received, line.referredIn, line.referredOut, line.agreed, line.failed, line.withdrawn,
                            line.transferred, line.mediated()})
        texts.append(QString::number(count));
    texts.append(rateText(line));
    texts.append(locale.toString(double(line.agreedAmountFen) / 100.0, 'f', 2));
    for (const int count : {line.keptFromViolence, line.keptFromViolencePeople, line.groupCases, line.groupPeople})
        texts.append(QString::number(count));
    return texts;
}

QByteArray MediationReport::toCsv(const MediationReportData &report, const QString &regionName)
{
    QStringList rows;
    rows.append(csvField(Tr::tr("Mediation report: %1, %2 to %3")
                             .arg(regionName, report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))));
    const QStringList figures{Tr::tr("Received"),       Tr::tr("Referred in"),       Tr::tr("Referred out"),
                              Tr::tr("Agreements"),     Tr::tr("Mediation ended"),   Tr::tr("Withdrawn"),
                              Tr::tr("Transferred"),    Tr::tr("Disputes mediated"), Tr::tr("Success rate"),
                              Tr::tr("Amount covered (yuan)"), Tr::tr("Kept from turning violent (cases)"),
                              Tr::tr("Kept from turning violent (people)"), Tr::tr("Group disputes settled (cases)"),
                              Tr::tr("Group disputes settled (people)")};
    const auto row = [&rows](const QString &label, const ReportLine &line) {
        rows.append((QStringList{csvField(label)} + figureTexts(line, QLocale::c())).join(QLatin1Char(',')));
    };
    const auto section = [&](const QString &heading, const QList<ReportLine> &lines, const Vocabulary &vocabulary) {
        rows.append((QStringList{csvField(heading)} + figures).join(QLatin1Char(',')));
        for (const ReportLine &line : lines)
            row(vocabulary::label(vocabulary, line.key), line);
        row(Tr::tr("Total"), report.total);
    };
    section(Tr::tr("Kind of dispute"), report.byCategory, vocabulary::disputeCategories());
    rows.append(QString());
    section(Tr::tr("Source"), report.bySource, vocabulary::disputeSources());
    return QByteArray("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace lianxin
