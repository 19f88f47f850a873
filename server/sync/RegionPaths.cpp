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
    QSqlQuery &query =
        m_database.cached(QStringLiteral("SELECT parent_id, kind FROM regions WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), regionId);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (!query.next()) {
        m_paths.insert(regionId, std::nullopt);
        return std::optional<RegionPath>();
    }
    const QString parentId = query.value(0).toString();
    const QString kind = query.value(1).toString();
    query.finish();
    auto path = pathOfNew(regionId, parentId, kind);
    if (path)
        m_paths.insert(regionId, *path);
    return path;
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
