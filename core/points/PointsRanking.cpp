#include "core/points/PointsRanking.h"

#include "core/points/PointsSql.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace lianxin {

PointsRanking::PointsRanking(Database &database) : m_database(database) {}

QList<RankedHousehold> PointsRanking::rank(const QString &regionId, const QDate &from, const QDate &to) const
{
    // Sums per household first (one pass over the period's entries of the region's villages, by the index
    // on village and date), then joined to the households.
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "WITH s AS (SELECT e.household_id, sum(e.points) AS points FROM points_entries e "
        "  WHERE e.village_id IN (SELECT id FROM regions WHERE id = :self OR parent_id = :parent "
        "                         UNION SELECT parent_id FROM regions WHERE id = :child) "
        "  AND e.deleted = 0 AND e.deed_on BETWEEN :from AND :to AND ") +
        pointsSql::columnConfirmed() +
        QStringLiteral(" GROUP BY e.household_id) SELECT h.id, ") + pointsSql::columnHouseholdName() +
        QStringLiteral(", g.name, coalesce(s.points, 0) "
        "FROM households h JOIN regions g ON g.id = h.grid_id LEFT JOIN regions v ON v.id = g.parent_id "
        "LEFT JOIN persons head ON head.id = h.head_person_id LEFT JOIN s ON s.household_id = h.id "
        "WHERE h.deleted = 0 AND (h.grid_id = :region OR g.parent_id = :village OR v.parent_id = :township) "
        "ORDER BY 4 DESC, h.sort_key, h.id"));
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":region"), regionId);
    // The villages whose entries can count: the region itself, its villages (a township) or its village (a grid).
    query.bindValue(QStringLiteral(":self"), regionId);
    query.bindValue(QStringLiteral(":parent"), regionId);
    query.bindValue(QStringLiteral(":child"), regionId);
    query.bindValue(QStringLiteral(":village"), regionId);
    query.bindValue(QStringLiteral(":township"), regionId);
    QList<RankedHousehold> ranked;
    if (!m_database.exec(query))
        return ranked;
    while (query.next()) {
        RankedHousehold row{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toInt(), int(ranked.size()) + 1};
        if (!ranked.isEmpty() && ranked.last().points == row.points)
            row.rank = ranked.last().rank;
        ranked.append(row);
    }
    return ranked;
}

QList<RankedHousehold> PointsRanking::redList(const QString &regionId, const QDate &from, const QDate &to, int size) const
{
    QList<RankedHousehold> list;
    for (const RankedHousehold &row : rank(regionId, from, to)) {
        if (row.points <= 0 || row.rank > size)
            break;
        list.append(row);
    }
    return list;
}

QList<RankedHousehold> PointsRanking::blackList(const QString &regionId, const QDate &from, const QDate &to, int size) const
{
    QList<RankedHousehold> all = rank(regionId, from, to);
    std::reverse(all.begin(), all.end());
    QList<RankedHousehold> list;
    int rank = 0;
    int lastPoints = 1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        RankedHousehold row = all.at(i);
        if (row.points >= 0)
            break;
        if (row.points != lastPoints)
            rank = int(i) + 1;
        lastPoints = row.points;
        if (rank > size)
            break;
        row.rank = rank;
        list.append(row);
    }
    return list;
}

} // namespace lianxin
