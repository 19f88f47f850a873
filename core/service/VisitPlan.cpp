#include "core/service/VisitPlan.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"

namespace lianxin {

VisitPeriod VisitPeriod::containing(const QDate &day, const QString &period)
{
    if (period == QLatin1String("quarter")) {
        const int firstMonth = (day.month() - 1) / 3 * 3 + 1;
        const QDate first(day.year(), firstMonth, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

namespace {
// The grids a query covers: those within the scope bound to :scope (every grid when it is NULL).
const QString kGridsInScope = QStringLiteral(
    "grids AS MATERIALIZED (SELECT r.id FROM regions r WHERE r.kind = 'grid' AND (:scope IS NULL OR r.id IN "
    "(SELECT a.region_id FROM region_ancestors a WHERE a.ancestor_id IN (SELECT value FROM json_each(:scope)))))");
// Whether a household's tags (a JSON array in h.tags) name one of the key tags bound to :key_tags.
const QString kIsKey = QStringLiteral("EXISTS (SELECT 1 FROM json_each(coalesce(h.tags, '[]')) t WHERE t.value IN "
                                      "(SELECT value FROM json_each(:key_tags)))");
// The household's last visit, through the index visits_household.
const QString kLastVisit =
    QStringLiteral("(SELECT max(v.visited_on) FROM visits v WHERE v.household_id = h.id AND v.deleted = 0)");

QString json(const QStringList &list)
{
    return RecordWriter::storedValue(list).toString();
}
} // namespace

Result<QList<GridCoverage>> VisitPlan::coverage(const Scope &scope, const QDate &today) const
{
    const VisitPeriod current = period(today);
    // Each household's last visit and key flag once (materialized), then summed per grid.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("WITH %1, x AS MATERIALIZED (SELECT h.grid_id, %2 AS last_visit, %3 AS key "
                       "FROM grids JOIN households h ON h.grid_id = grids.id WHERE h.deleted = 0) "
                       "SELECT g.id, g.name, count(*), sum(x.last_visit >= :first), sum(x.key), "
                       "sum(x.key AND (x.last_visit IS NULL OR x.last_visit < :key_since)) "
                       "FROM x JOIN regions g ON g.id = x.grid_id GROUP BY g.id ORDER BY g.sort_order, g.name")
            .arg(kGridsInScope, kLastVisit, kIsKey));
    query.bindValue(QStringLiteral(":first"), current.first.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":key_since"), today.addDays(-m_settings.keyDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":key_tags"), json(m_settings.keyTags));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QList<GridCoverage> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt()});
    return list;
}

namespace {
// The households due or overdue (VisitPlan::due), their fields and the flag `overdue`; %4 selects and orders.
QString dueSql(const QString &select)
{
    return QStringLiteral("WITH %1, x AS MATERIALIZED (SELECT h.id, h.grid_id, h.address, h.house_number, h.head_person_id, "
                          "h.tags, h.sort_key, %2 AS last_visit, %3 AS key FROM grids JOIN households h ON h.grid_id = grids.id "
                          "WHERE h.deleted = 0), "
                          "d AS (SELECT x.*, x.key AND (x.last_visit IS NULL OR x.last_visit < :key_since) "
                          "OR (x.last_visit IS NULL OR x.last_visit < :previous_first) AS overdue FROM x "
                          "WHERE x.last_visit IS NULL OR x.last_visit < :first OR (x.key AND x.last_visit < :key_since)) ")
               .arg(kGridsInScope, kLastVisit, kIsKey) +
           select;
}
} // namespace

Result<VisitPlan::DueCounts> VisitPlan::dueCounts(const Scope &scope, const QDate &today) const
{
    QSqlQuery query = m_database.prepare(dueSql(QStringLiteral("SELECT count(*), coalesce(sum(overdue), 0) FROM d")));
    bindDue(query, scope, today);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    DueCounts counts;
    if (query.next())
        counts = {query.value(0).toInt(), query.value(1).toInt()};
    return counts;
}

void VisitPlan::bindDue(QSqlQuery &query, const Scope &scope, const QDate &today) const
{
    const VisitPeriod current = period(today);
    const VisitPeriod previous = VisitPeriod::containing(current.first.addDays(-1), m_settings.period);
    query.bindValue(QStringLiteral(":first"), current.first.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":previous_first"), previous.first.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":key_since"), today.addDays(-m_settings.keyDays).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":key_tags"), json(m_settings.keyTags));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
}

Result<QList<DueHousehold>> VisitPlan::due(const Scope &scope, const QDate &today, int limit) const
{
    QSqlQuery query = m_database.prepare(dueSql(QStringLiteral(
        "SELECT d.id, g.name, d.address, d.house_number, p.name, p.phone, d.tags, d.last_visit, "
        "(SELECT count(*) FROM problems pr WHERE pr.household_id = d.id AND pr.deleted = 0 AND pr.answer IS NULL), "
        "d.key, d.head_person_id, d.overdue FROM d JOIN regions g ON g.id = d.grid_id LEFT JOIN persons p ON p.id = d.head_person_id "
        "ORDER BY d.overdue DESC, d.key DESC, g.sort_order, d.sort_key LIMIT :limit")));
    bindDue(query, scope, today);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QList<DueHousehold> list;
    while (query.next()) {
        DueHousehold row;
        row.householdId = query.value(0).toString();
        row.gridName = query.value(1).toString();
        const QString house = query.value(3).toString();
        row.address = query.value(2).toString() + (house.isEmpty() ? QString() : QLatin1Char(' ') + house);
        row.headName = query.value(4).toString();
        row.headPhone = query.value(5).toString();
        row.tags = RecordWriter::storedList(query.value(6));
        row.lastVisit = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        row.openProblems = query.value(8).toInt();
        row.key = query.value(9).toInt() != 0;
        row.headPersonId = query.value(10).toString();
        row.overdue = query.value(11).toInt() != 0;
        list.append(row);
    }
    return list;
}

} // namespace lianxin
