#include "server/sync/RegionPaths.h"

#include "server/storage/ServerDatabase.h"

namespace lianxin::server {

int regionLevel(const QString &kind)
{
    if (kind == QLatin1String("county"))
        return 0;
    if (kind == QLatin1String("town") || kind == QLatin1String("township") || kind == QLatin1String("subdistrict"))
        return 1;
    if (kind == QLatin1String("village") || kind == QLatin1String("community"))
        return 2;
    if (kind == QLatin1String("grid"))
        return 3;
    return -1;
}

RegionPath commonPath(const QList<RegionPath> &paths)
{
    if (paths.isEmpty())
        return {};
    RegionPath common = paths.first();
    for (const RegionPath &path : paths) {
        if (common.county != path.county)
            return {};
        if (common.township != path.township) {
            common.township.clear();
            common.village.clear();
            common.grid.clear();
        } else if (common.village != path.village) {
            common.village.clear();
            common.grid.clear();
        } else if (common.grid != path.grid) {
            common.grid.clear();
        }
    }
    return common;
}

Result<QString> regionIdByCode(ServerDatabase &database, const QString &code)
{
    QSqlQuery &query = database.cached(QStringLiteral("SELECT id FROM regions WHERE code = :code AND deleted = 0"));
    query.bindValue(QStringLiteral(":code"), code.trimmed());
    if (Status status = database.exec(query); !status)
        return status.error();
    const QString id = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return id;
}

Result<std::optional<RegionPath>> RegionPaths::pathOf(const QString &regionId)
{
    if (regionId.isEmpty())
        return std::optional<RegionPath>();
    if (const auto it = m_paths.constFind(regionId); it != m_paths.constEnd())
        return *it;
    // The region and the regions above it in one statement (one round trip, not one per level), the top
    // first; four levels at most, so that a damaged tree cannot loop.
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "WITH RECURSIVE chain(id, parent_id, kind, depth) AS (SELECT id, parent_id, kind, 0 FROM regions WHERE id = "
        ":id "
        "UNION ALL SELECT r.id, r.parent_id, r.kind, c.depth + 1 FROM regions r JOIN chain c ON r.id = c.parent_id "
        "WHERE c.depth < 4) SELECT id, parent_id, kind FROM chain ORDER BY depth DESC"));
    query.bindValue(QStringLiteral(":id"), regionId);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QList<QStringList> chain;
    while (query.next())
        chain.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    if (chain.isEmpty()) {
        m_paths.insert(regionId, std::nullopt);
        return std::optional<RegionPath>();
    }
    // From the top down, each region's path is its parent's (just found) with itself at its own level.
    for (const QStringList &link : std::as_const(chain)) {
        if (m_paths.contains(link.at(0)))
            continue;
        const auto path = pathOfNew(link.at(0), link.at(1), link.at(2));
        if (!path)
            return path.error();
        m_paths.insert(link.at(0), *path);
    }
    return m_paths.value(regionId);
}

Result<std::optional<RegionPath>> RegionPaths::pathOfNew(const QString &id, const QString &parentId, const QString &kind)
{
    const int level = regionLevel(kind);
    if (level < 0)
        return std::optional<RegionPath>();
    RegionPath path;
    if (level > 0) {
        if (parentId == id)
            return std::optional<RegionPath>();
        const auto parent = pathOf(parentId);
        if (!parent)
            return parent.error();
        if (!parent->has_value())
            return std::optional<RegionPath>();
        path = **parent;
    }
    QString *levels[] = {&path.county, &path.township, &path.village, &path.grid};
    // A region sits below its parent's level: a grid directly under a township keeps an empty village.
    for (int below = level; below < 4; ++below)
        levels[below]->clear();
    *levels[level] = id;
    return std::optional<RegionPath>(path);
}

bool isVillageWideTable(const QString &table)
{
    return table == QLatin1String("points_settings") || table == QLatin1String("points_indicators") ||
           table == QLatin1String("points_meetings") || table == QLatin1String("points_items") ||
           table == QLatin1String("points_stock") || isTownshipDataTable(table);
}

bool isTownshipDataTable(const QString &table)
{
    return table == QLatin1String("visit_settings") || table == QLatin1String("departments") ||
           table == QLatin1String("service_kinds") || table == QLatin1String("holidays");
}

bool isDepartmentTable(const QString &table)
{
    return table == QLatin1String("service_requests") || table == QLatin1String("service_steps") ||
           table == QLatin1String("departments") || table == QLatin1String("service_kinds") ||
           table == QLatin1String("holidays") || table == QLatin1String("regions") ||
           table == QLatin1String("accounts");
}

} // namespace lianxin::server
