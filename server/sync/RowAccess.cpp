#include "server/sync/RowAccess.h"

#include "core/auth/Account.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianxin::server {

RowAccess::RowAccess(ServerDatabase &database, RegionPaths &paths, const Caller &caller)
    : m_database(database), m_paths(paths), m_caller(caller)
{
}

Status RowAccess::loadHomes()
{
    if (m_loaded)
        return {};
    for (const QString &id : m_caller.scope.regionIds()) {
        const auto path = m_paths.pathOf(id);
        if (!path)
            return path.error();
        if (!path->has_value())
            continue;
        if (!(*path)->village.isEmpty())
            m_villages.insert((*path)->village);
        for (const QString &ancestor : (*path)->ids()) {
            if (ancestor != id)
                m_ancestors.insert(ancestor);
        }
    }
    m_loaded = true;
    return {};
}

Result<bool> RowAccess::mayWrite(const SyncedTable &table, const RegionPath &path)
{
    if (path.isEmpty())
        return false;
    if (m_caller.scope.contains(path))
        return true;
    if (!isVillageWideTable(table.name) || !path.grid.isEmpty() || path.village.isEmpty())
        return false;
    if (Status status = loadHomes(); !status)
        return status.error();
    return m_villages.contains(path.village);
}

Result<bool> RowAccess::routedToCaller(const QString &requestId)
{
    QSqlQuery &query = m_database.cached(
        QStringLiteral("SELECT department_id, routed_to FROM service_requests WHERE id = :id AND deleted = 0"));
    query.bindValue(QStringLiteral(":id"), requestId);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    const bool found = query.next();
    const bool routed = found && !m_caller.departmentId.isEmpty() &&
                        (query.value(0).toString() == m_caller.departmentId ||
                         QJsonDocument::fromJson(query.value(1).toString().toUtf8())
                             .array()
                             .contains(QJsonValue(m_caller.departmentId)));
    query.finish();
    return routed;
}

Result<bool> RowAccess::mayRead(const SyncedTable &table, const RegionPath &path)
{
    if (m_caller.role == QLatin1String("department") && !isDepartmentTable(table.name))
        return false;
    if (isDisputeTable(table.name) && !permissionsOf(m_caller.role).seeDisputes)
        return false;
    const auto writable = mayWrite(table, path);
    if (!writable || *writable || path.isEmpty())
        return writable;
    if (Status status = loadHomes(); !status)
        return status.error();
    // Devices are sent the regions above their scope, and the township's catalogue their villages copy.
    if (table.name == QLatin1String("regions"))
        return m_ancestors.contains(path.ids().constLast());
    if (isVillageWideTable(table.name))
        return path.village.isEmpty() && path.grid.isEmpty() &&
               (m_ancestors.contains(path.township) || (path.township.isEmpty() && m_ancestors.contains(path.county)));
    return false;
}

Result<bool> RowAccess::reachable(const SyncedTable &table, const QString &id)
{
    if (id.isEmpty())
        return false;
    QSqlQuery &query = m_database.cached(
        QStringLiteral("SELECT scope_county, scope_township, scope_village, scope_grid FROM %1 WHERE id = :id AND deleted = 0")
            .arg(table.name));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    const bool found = query.next();
    const RegionPath path = found ? RegionPath::fromQuery(query, 0) : RegionPath{};
    query.finish();
    if (!found)
        return false;
    return mayRead(table, path);
}

} // namespace lianxin::server
