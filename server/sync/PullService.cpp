#include "server/sync/PullService.h"

#include "core/auth/Account.h"

#include "core/storage/SyncedTable.h"
#include "core/sync/Wire.h"
#include "server/storage/ServerDatabase.h"
#include "server/storage/TombstoneHorizon.h"
#include "server/sync/RegionPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace lianxin::server {

namespace {

QStringList placeholders(const QString &prefix, qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names.append(QLatin1Char(':') + prefix + QString::number(i));
    return names;
}

// The condition of the regions a caller is sent: those in scope and the ancestors of the scope.
struct RegionsCondition
{
    QString sql;
    QStringList ancestorNames;
    QStringList ancestors;

    // `ancestorTest` says how a row belongs to an ancestor of the scope, with %1 (and %2 … up to `lists`) for
    // the list of ancestor ids, each list bound under names of its own.
    RegionsCondition(const AccessScope &scope, const QStringList &ancestorIds, const QString &ancestorTest, int lists = 1)
        : sql(scope.condition())
    {
        if (ancestorIds.isEmpty())
            return;
        QString test = ancestorTest;
        for (int list = 0; list < lists; ++list) {
            const QStringList names = placeholders(QStringLiteral("ancestor%1_").arg(list), ancestorIds.size());
            test = test.arg(names.join(QStringLiteral(", "))); // the lowest-numbered %n left
            ancestorNames += names;
            ancestors += ancestorIds;
        }
        sql = QLatin1Char('(') + sql + QStringLiteral(" OR ") + test + QLatin1Char(')');
    }
    void bind(QSqlQuery &query) const
    {
        for (qsizetype i = 0; i < ancestors.size(); ++i)
            query.bindValue(ancestorNames.at(i), ancestors.at(i));
    }
};

} // namespace

Result<PullService::PlacedScope> PullService::placeScope(const Caller &caller)
{
    RegionPaths paths(m_database);
    QStringList ancestors;
    QList<int> levels;
    for (const QString &id : caller.scope.regionIds()) {
        const auto path = paths.pathOf(id);
        if (!path)
            return path.error();
        levels.append(path->has_value() ? (*path)->levelOf(id) : -1);
        if (path->has_value()) {
            for (const QString &ancestor : (*path)->ids()) {
                if (ancestor != id && !ancestors.contains(ancestor))
                    ancestors.append(ancestor);
            }
        }
    }
    return PlacedScope{caller.scope.withLevels(levels), ancestors};
}

Result<QByteArray> PullService::page(const Caller &caller, qint64 after, int limit)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    const auto horizon = tombstoneHorizon(m_database);
    if (!horizon)
        return horizon.error();
    if (after > 0 && after < *horizon)
        return Error{QStringLiteral("resync"), QStringLiteral("Deletions after sequence %1 are no longer kept: download the scope again.")
                                                   .arg(after)};
    const auto placed = placeScope(caller);
    if (!placed)
        return placed.error();
    const AccessScope &scope = placed->scope;
    const QStringList &ancestors = placed->ancestors;

    const QList<const SyncedTable *> &all = tables::all();
    // Devices show the township and county above a village's rows: the ancestors of the scope come too.
    const RegionsCondition regionsCondition(scope, ancestors, QStringLiteral("id IN (%1)"));
    // What a village keeps for all its grids (the points catalogue, settings, meetings, supermarket) reaches
    // the grid officers of the village too, as does the township's template catalogue that villages copy.
    const RegionsCondition villageWide(scope, ancestors,
                                       QStringLiteral("(scope_grid IS NULL AND (scope_village IN (%1) OR "
                                                      "(scope_village IS NULL AND scope_township IN (%2)) OR "
                                                      "(scope_township IS NULL AND scope_county IN (%3))))"),
                                       3);
    const bool department = caller.role == QLatin1String("department");
    // Which rows of each table the caller receives; tables it never receives are left out.
    QList<int> sent;
    QStringList conditions(all.size());
    for (int t = 0; t < all.size(); ++t) {
        const SyncedTable &table = *all.at(t);
        if (isDisputeTable(table.name) && !permissionsOf(caller.role).seeDisputes)
            continue;
        if (department && !isDepartmentTable(table.name))
            continue;
        const bool regions = table.name == QLatin1String("regions");
        QString condition = regions                          ? regionsCondition.sql
                            : isVillageWideTable(table.name) ? villageWide.sql
                                                             : scope.condition();
        // Conflict records carry the values they are about: a case's only go to those who may see cases.
        if (table.name == QLatin1String("conflicts") && !permissionsOf(caller.role).seeDisputes)
            condition += QStringLiteral(" AND table_name <> 'disputes' AND table_name <> 'dispute_parties'");
        // A department's device: the requests routed to it (now or before) and their steps; its own account.
        if (department && table.name == QLatin1String("service_requests"))
            condition += QStringLiteral(" AND (department_id = :department OR routed_to LIKE :routed)");
        if (department && table.name == QLatin1String("service_steps"))
            condition +=
                QStringLiteral(" AND request_id IN (SELECT id FROM service_requests WHERE department_id = :department "
                               "OR routed_to LIKE :routed)");
        if (department && table.name == QLatin1String("accounts"))
            condition += QStringLiteral(" AND id = :self");
        conditions[t] = condition;
        sent.append(t);
    }
    const auto bindAll = [&](QSqlQuery &query, const QString &sql) {
        scope.bind(query);
        if (sql.contains(QLatin1String(":ancestor"))) {
            regionsCondition.bind(query);
            villageWide.bind(query);
        }
        if (sql.contains(QLatin1String(":department"))) {
            query.bindValue(QStringLiteral(":department"), caller.departmentId);
            query.bindValue(QStringLiteral(":routed"),
                            QStringLiteral("%\"") + caller.departmentId + QStringLiteral("\"%"));
        }
        if (sql.contains(QLatin1String(":self")))
            query.bindValue(QStringLiteral(":self"), caller.accountId);
    };

    // One statement finds where the page ends: the sequence numbers after `after` of every table sent and of
    // the departures, at most `limit` + 1 of them. An empty pull ends here.
    QStringList heads;
    for (const int t : std::as_const(sent)) {
        heads.append(
            QStringLiteral("SELECT * FROM (SELECT server_version AS seq, %1 AS t FROM %2 WHERE server_version > :after "
                           "AND %3 ORDER BY server_version LIMIT :limit) AS t%1")
                .arg(t)
                .arg(all.at(t)->name, conditions.at(t)));
    }
    heads.append(QStringLiteral("SELECT * FROM (SELECT seq, -1 AS t FROM departures WHERE seq > :after AND %1 "
                                "ORDER BY seq LIMIT :limit) AS leaving")
                     .arg(scope.condition()));
    // The statement is assembled from the catalogue's table names and the scope's placeholders, which differ
    // by role and scope; every value (after, limit, the scope's regions) is bound below.
    const QString headSql = QStringLiteral("SELECT seq, t FROM (%1) AS pending ORDER BY seq LIMIT :limit")
                                .arg(heads.join(QStringLiteral(" UNION ALL ")));
    QSqlQuery &head = m_database.cached(headSql);
    head.bindValue(QStringLiteral(":after"), after);
    head.bindValue(QStringLiteral(":limit"), limit + 1);
    bindAll(head, headSql);
    if (Status status = m_database.exec(head); !status)
        return status.error();
    qint64 until = after;
    int count = 0;
    bool more = false;
    QSet<int> present;
    while (head.next()) {
        if (++count > limit) {
            more = true;
            break;
        }
        until = head.value(0).toLongLong();
        present.insert(head.value(1).toInt());
    }
    head.finish();

    // Each table's rows, written as JSON text as they are read (in sequence order within the table).
    QByteArray tablesJson;
    for (const int t : std::as_const(sent)) {
        if (!present.contains(t))
            continue;
        const SyncedTable &table = *all.at(t);
        const QStringList columns = wire::pulledColumns(table);
        QList<bool> integer;
        for (const QString &column : columns)
            integer.append(wire::isInteger(table, column));
        const QString sql =
            QStringLiteral("SELECT %1 FROM %2 WHERE server_version > :after AND server_version <= :until AND %3 "
                           "ORDER BY server_version")
                .arg(columns.join(QStringLiteral(", ")), table.name, conditions.at(t));
        QSqlQuery &query = m_database.cached(sql);
        query.bindValue(QStringLiteral(":after"), after);
        query.bindValue(QStringLiteral(":until"), until);
        bindAll(query, sql);
        if (Status status = m_database.exec(query); !status)
            return status.error();
        if (!tablesJson.isEmpty())
            tablesJson.append(',');
        tablesJson.append("{\"table\":");
        wire::appendJsonString(tablesJson, table.name);
        tablesJson.append(",\"columns\":")
            .append(QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact));
        tablesJson.append(",\"rows\":[");
        for (bool first = true; query.next(); first = false) {
            tablesJson.append(first ? "[" : ",[");
            for (int c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    tablesJson.append(',');
                wire::appendJson(tablesJson, integer.at(c), query.value(c));
            }
            tablesJson.append(']');
        }
        tablesJson.append("]}");
        query.finish();
    }
    // Rows that left the scope in the page, unless they are (still or again) within it.
    QJsonArray departed;
    if (present.contains(-1)) {
        QSqlQuery &departures = m_database.cached(QStringLiteral("SELECT seq, table_name, row_id FROM departures "
                                                                 "WHERE seq > :after AND seq <= :until AND ") +
                                                  scope.condition() + QStringLiteral(" ORDER BY seq"));
        departures.bindValue(QStringLiteral(":after"), after);
        departures.bindValue(QStringLiteral(":until"), until);
        scope.bind(departures);
        if (Status status = m_database.exec(departures); !status)
            return status.error();
        QList<QStringList> leaving;
        while (departures.next())
            leaving.append({departures.value(1).toString(), departures.value(2).toString()});
        departures.finish();
        for (const QStringList &departure : std::as_const(leaving)) {
            const SyncedTable *table = tables::byName(departure.at(0));
            if (!table)
                continue;
            QSqlQuery &now = m_database.cached(
                QStringLiteral("SELECT scope_county, scope_township, scope_village, scope_grid FROM %1 WHERE id = :id")
                    .arg(table->name));
            now.bindValue(QStringLiteral(":id"), departure.at(1));
            if (Status status = m_database.exec(now); !status)
                return status.error();
            const bool stillHere = now.next() && scope.contains(RegionPath::fromQuery(now, 0));
            now.finish();
            if (!stillHere)
                departed.append(QJsonArray::fromStringList(departure));
        }
    }
    const auto epoch = scopeEpoch(caller);
    if (!epoch)
        return epoch.error();
    QByteArray page = QByteArrayLiteral("{\"server_time\":");
    wire::appendJsonString(page, ServerDatabase::now());
    page.append(",\"scope_epoch\":").append(QByteArray::number(*epoch));
    page.append(",\"next_after\":").append(QByteArray::number(until));
    page.append(",\"has_more\":").append(more ? "true" : "false");
    page.append(",\"tables\":[").append(tablesJson).append(']');
    page.append(",\"departures\":").append(QJsonDocument(departed).toJson(QJsonDocument::Compact));
    page.append('}');
    return page;
}

Result<qint64> PullService::scopeEpoch(const Caller &caller)
{
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT field_versions FROM accounts WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), caller.accountId);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    const qint64 epoch =
        query.next() ? QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object().value(QStringLiteral("scope")).toInteger() : 0;
    query.finish();
    return epoch;
}

Result<QJsonObject> PullService::regions(const Caller &caller)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    const auto placed = placeScope(caller);
    if (!placed)
        return placed.error();
    const RegionsCondition condition(caller.scope, placed->ancestors, QStringLiteral("id IN (%1)"));
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT id, parent_id, code, name, kind, sort_order, server_version "
                                                        "FROM regions WHERE deleted = 0 AND ") +
                                         condition.sql + QStringLiteral(" ORDER BY sort_order, code"));
    caller.scope.bind(query);
    condition.bind(query);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QJsonArray rows;
    while (query.next()) {
        rows.append(QJsonArray{query.value(0).toString(),
                               wire::toWire(tables::regions(), QStringLiteral("parent_id"), query.value(1)),
                               query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                               query.value(5).toLongLong(), query.value(6).toLongLong()});
    }
    return QJsonObject{{QStringLiteral("columns"), QJsonArray{QStringLiteral("id"), QStringLiteral("parent_id"),
                                                              QStringLiteral("code"), QStringLiteral("name"),
                                                              QStringLiteral("kind"), QStringLiteral("sort_order"),
                                                              QStringLiteral("server_version")}},
                       {QStringLiteral("rows"), rows}};
}

Result<QJsonObject> PullService::accounts(const Caller &caller)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT id, username, display_name, role, scope, verifier, disabled, "
                                          "server_version, must_change_password, department_id FROM accounts "
                                          "WHERE deleted = 0 AND %1 ORDER BY username")
                               .arg(caller.scope.condition()));
    caller.scope.bind(query);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QJsonArray rows;
    while (query.next()) {
        rows.append(QJsonArray{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toLongLong(),
                               wire::toWire(tables::accounts(), QStringLiteral("department_id"), query.value(9))});
    }
    return QJsonObject{{QStringLiteral("columns"),
                        QJsonArray{QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("display_name"),
                                   QStringLiteral("role"), QStringLiteral("scope"), QStringLiteral("verifier"),
                                   QStringLiteral("disabled"), QStringLiteral("server_version"),
                                   QStringLiteral("must_change_password"), QStringLiteral("department_id")}},
                       {QStringLiteral("rows"), rows}};
}

} // namespace lianxin::server
