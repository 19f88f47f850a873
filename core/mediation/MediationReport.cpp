#include "core/mediation/MediationReport.h"

#include "core/mediation/DisputeSql.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediationReport)
};

void add(ReportLine &into, const ReportLine &line)
{
    into.received += line.received;
    into.agreed += line.agreed;
    into.failed += line.failed;
    into.agreedAmountFen += line.agreedAmountFen;
    into.keptFromViolence += line.keptFromViolence;
    into.groupCases += line.groupCases;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

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

MediationReportData MediationReport::compute(const QDate &from, const QDate &to, const QString &regionId,
                                             const Scope &scope) const
{
    MediationReportData report{from, to, regionId, {}, {}, {}};
    // Per case: received in the period, agreement or end of mediation in the period; then summed by the
    // grouping column (category or source, from a fixed list).
    const auto lines = [&](const QString &columnOfGroup) {
        QSqlQuery query = m_database.prepare(
            QStringLiteral(
                "WITH c AS (SELECT %1 AS grp, d.received_on BETWEEN :from AND :to"
                "  AND NOT EXISTS (SELECT 1 FROM dispute_steps s WHERE s.dispute_id = d.id AND s.deleted = 0 AND s.kind = 'decline')"
                "  AS received,"
                " EXISTS (SELECT 1 FROM dispute_steps s WHERE s.dispute_id = d.id AND s.deleted = 0 AND s.kind = 'agreement'"
                "  AND substr(s.occurred, 1, 10) BETWEEN :from AND :to) AS agreed,"
                " EXISTS (SELECT 1 FROM dispute_steps s WHERE s.dispute_id = d.id AND s.deleted = 0 AND s.kind = 'mediation_ended'"
                "  AND substr(s.occurred, 1, 10) BETWEEN :from AND :to) AS failed,"
                " coalesce(d.agreement_amount, 0) AS amount, d.violence_risk AS violence, d.people_count AS people"
                " FROM disputes d JOIN regions r ON r.id = d.region_id"
                " WHERE d.deleted = 0 AND %2 AND (:region IS NULL OR EXISTS (SELECT 1 FROM region_ancestors a"
                "  WHERE a.region_id = d.region_id AND a.ancestor_id = :region)))"
                " SELECT grp, sum(received), sum(agreed), sum(failed), sum(CASE WHEN agreed THEN amount ELSE 0 END),"
                " sum(agreed AND violence = 1), sum(agreed AND people >= :group_size) FROM c GROUP BY grp")
                .arg(columnOfGroup, disputeSql::scopeCondition()));
        query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":region"), regionId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : regionId);
        query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
        query.bindValue(QStringLiteral(":group_size"), kGroupSize);
        QHash<QString, ReportLine> found;
        if (m_database.exec(query)) {
            while (query.next()) {
                found.insert(query.value(0).toString(),
                             {query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(),
                              query.value(4).toLongLong(), query.value(5).toInt(), query.value(6).toInt()});
            }
        }
        return found;
    };
    // A code this version does not know (a newer device's) counts under "other": totals never drop a case.
    const auto folded = [&report](QHash<QString, ReportLine> found, const Vocabulary &known) {
        for (auto it = found.begin(); it != found.end();) {
            if (vocabulary::contains(known, it.key())) {
                ++it;
                continue;
            }
            add(found[QStringLiteral("other")], it.value());
            ++report.foldedIntoOther;
            it = found.erase(it);
        }
        return found;
    };
    const QHash<QString, ReportLine> categories = folded(lines(QStringLiteral("d.category")), vocabulary::disputeCategories());
    for (const VocabularyEntry &entry : vocabulary::disputeCategories()) {
        ReportLine line = categories.value(QLatin1String(entry.code));
        line.key = QLatin1String(entry.code);
        report.byCategory.append(line);
        add(report.total, line);
    }
    const QHash<QString, ReportLine> sources = folded(lines(QStringLiteral("d.source")), vocabulary::disputeSources());
    for (const VocabularyEntry &entry : vocabulary::disputeSources()) {
        ReportLine line = sources.value(QLatin1String(entry.code));
        line.key = QLatin1String(entry.code);
        report.bySource.append(line);
    }
    return report;
}

QByteArray MediationReport::toCsv(const MediationReportData &report)
{
    QStringList rows;
    rows.append(QStringList{Tr::tr("Kind of dispute"), Tr::tr("Received"), Tr::tr("Agreements"), Tr::tr("Mediation ended"),
                            Tr::tr("Success rate (%)"), Tr::tr("Amount covered (yuan)"), Tr::tr("Kept from turning violent"),
                            Tr::tr("Group disputes settled")}
                    .join(QLatin1Char(',')));
    const auto row = [&rows](const QString &label, const ReportLine &line) {
        rows.append(QStringList{csvField(label), QString::number(line.received), QString::number(line.agreed),
                                QString::number(line.failed), QString::number(line.successRate(), 'f', 1),
                                QString::number(double(line.agreedAmountFen) / 100.0, 'f', 2),
                                QString::number(line.keptFromViolence), QString::number(line.groupCases)}
                        .join(QLatin1Char(',')));
    };
    for (const ReportLine &line : report.byCategory)
        row(vocabulary::label(vocabulary::disputeCategories(), line.key), line);
    row(Tr::tr("Total"), report.total);
    rows.append(QString());
    rows.append(QStringList{Tr::tr("Source"), Tr::tr("Received")}.join(QLatin1Char(',')));
    for (const ReportLine &line : report.bySource)
        rows.append(csvField(vocabulary::label(vocabulary::disputeSources(), line.key)) + QLatin1Char(',') +
                    QString::number(line.received));
    return QByteArray("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace lianxin
