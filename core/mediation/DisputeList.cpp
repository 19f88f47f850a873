#include "core/mediation/DisputeList.h"

#include "core/auth/Scope.h"
#include "core/mediation/DisputeSql.h"
#include "core/storage/Database.h"

namespace lianxin {

namespace {
// The tables a case list reads, joined (an identifier fragment: no values).
const QString kTableJoins = QStringLiteral(
    " FROM disputes d JOIN regions r ON r.id = d.region_id");

struct Where
{
    QString clause;
    QVariantMap values;
};

Where whereOf(const DisputeFilter &f)
{
    Where w{QStringLiteral("d.deleted = 0 AND (%1 OR %2)")
                .arg(disputeSql::scopeCondition(), disputeSql::authoredCondition()),
            {{QStringLiteral(":scope"), scopeValue(f.scope)}}};
    const auto equals = [&w](const QString &column, const QString &value, const QString &name) {
        if (value.isEmpty())
            return;
        w.clause += QStringLiteral(" AND %1 = %2").arg(column, name);
        w.values.insert(name, value);
    };
    equals(QStringLiteral("d.status"), f.status, QStringLiteral(":status"));
    equals(QStringLiteral("d.category"), f.category, QStringLiteral(":category"));
    equals(QStringLiteral("d.level"), f.level, QStringLiteral(":level"));
    equals(QStringLiteral("d.risk"), f.risk, QStringLiteral(":risk"));
    if (!f.mediatorId.isEmpty()) {
        w.clause += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(d.mediator_ids) m WHERE m.value = :mediator)");
        w.values.insert(QStringLiteral(":mediator"), f.mediatorId);
    }
    if (!f.regionId.isEmpty()) {
        w.clause += QStringLiteral(" AND EXISTS (SELECT 1 FROM region_ancestors a WHERE a.region_id = d.region_id AND a.ancestor_id = :region)");
        w.values.insert(QStringLiteral(":region"), f.regionId);
    }
    if (!f.householdId.isEmpty()) {
        w.clause +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM dispute_parties hp JOIN persons hm ON hm.id = hp.person_id "
                           "WHERE hp.dispute_id = d.id AND hp.deleted = 0 AND hm.household_id = :household)");
        w.values.insert(QStringLiteral(":household"), f.householdId);
    }
    if (f.escalatedOnly)
        w.clause += QStringLiteral(" AND (d.level = 'township' OR d.escalated_on IS NOT NULL)");
    if (f.overdueOnly)
        w.clause += QStringLiteral(" AND ") + disputeSql::overdueExpression() + QStringLiteral(" = 1");
    return w;
}

void bind(QSqlQuery &query, const Where &where, const DisputeFilter &filter, const Database &database)
{
    for (auto it = where.values.cbegin(); it != where.values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    disputeSql::bindOverdue(query, filter.today);
    disputeSql::bindAuthor(query, filter.author, database.deviceId());
}

QString columnOf(DisputeFacet facet)
{
    switch (facet) {
    case DisputeFacet::Status:
        return QStringLiteral("d.status");
    case DisputeFacet::Category:
        return QStringLiteral("d.category");
    case DisputeFacet::Level:
        return QStringLiteral("d.level");
    case DisputeFacet::Risk:
        return QStringLiteral("d.risk");
    }
    return QStringLiteral("d.status");
}
} // namespace

DisputeList::DisputeList(Database &database) : m_database(database) {}

Page<DisputeRow> DisputeList::page(const DisputeFilter &filter, const PageCursor &after, int limit) const
{
    const Where tableFilter = whereOf(filter);
    const QString columnKeyset = after.isStart() ? QString()
                                           : QStringLiteral(" AND (d.received_on, d.id) < (:after_value, :after_id)");
    const QString columnOverdue = disputeSql::overdueExpression();
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT d.id, d.case_number, d.title, d.category, d.status, d.risk, d.violence_risk, d.level,"
                       " d.received_on, d.deadline, r.name, %1,"
                       " (SELECT group_concat(name, '、') FROM (SELECT p.name FROM dispute_parties p"
                       "  WHERE p.dispute_id = d.id AND p.deleted = 0 ORDER BY p.role, p.sort_order)), %5"
                       "%2 WHERE %3%4 ORDER BY d.received_on DESC, d.id DESC LIMIT :limit")
            .arg(columnOverdue, kTableJoins, tableFilter.clause, columnKeyset, disputeSql::syncStateColumns()));
    bind(query, tableFilter, filter, m_database);
    if (!after.isStart()) {
        query.bindValue(QStringLiteral(":after_value"), after.sortValue);
        query.bindValue(QStringLiteral(":after_id"), after.id);
    }
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    Page<DisputeRow> page;
    if (!m_database.exec(query))
        return page;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        DisputeRow row;
        row.id = query.value(0).toString();
        row.caseNumber = query.value(1).toString();
        row.title = query.value(2).toString();
        row.category = query.value(3).toString();
        row.status = query.value(4).toString();
        row.risk = query.value(5).toString();
        row.violenceRisk = query.value(6).toInt() != 0;
        row.level = query.value(7).toString();
        row.receivedOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        row.deadline = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        row.regionName = query.value(10).toString();
        row.overdue = query.value(11).toInt() != 0;
        row.parties = query.value(12).toString();
        row.sync = disputeSql::readSyncState(query, 13, &row.refusalReason, &row.refusalMessage);
        page.rows.append(row);
        page.next = {query.value(8), page.rows.last().id};
    }
    return page;
}

int DisputeList::count(const DisputeFilter &filter) const
{
    const Where tableFilter = whereOf(filter);
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*)%1 WHERE %2").arg(kTableJoins, tableFilter.clause));
    bind(query, tableFilter, filter, m_database);
    if (!m_database.exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QHash<QString, int> DisputeList::countBy(const DisputeFilter &filter, DisputeFacet facet) const
{
    DisputeFilter others = filter;
    switch (facet) {
    case DisputeFacet::Status:
        others.status.clear();
        break;
    case DisputeFacet::Category:
        others.category.clear();
        break;
    case DisputeFacet::Level:
        others.level.clear();
        break;
    case DisputeFacet::Risk:
        others.risk.clear();
        break;
    }
    const Where tableFilter = whereOf(others);
    // The column comes from the DisputeFacet enum; every value is bound.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1, count(*)%2 WHERE %3 GROUP BY 1").arg(columnOf(facet), kTableJoins, tableFilter.clause));
    bind(query, tableFilter, others, m_database);
    QHash<QString, int> counts;
    if (!m_database.exec(query))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

} // namespace lianxin
