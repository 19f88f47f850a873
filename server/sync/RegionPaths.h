#pragma once

#include "core/common/Result.h"
#include "server/storage/RegionPath.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace lianxin::server {

class ServerDatabase;

// 0 county, 1 township (town, subdistrict), 2 village (community), 3 grid; -1 for an unknown kind.
int regionLevel(const QString &kind);

// The part two paths share: a member serving two villages of one township belongs to the township.
RegionPath commonPath(const QList<RegionPath> &paths);

// The id of the live region with this code; empty when there is none.
[[nodiscard]] Result<QString> regionIdByCode(ServerDatabase &database, const QString &code);

// Paths of regions, read from the server's regions table and remembered for the life of the object
// (one request): the tree changes rarely and never within a request.
class RegionPaths
{
public:
    explicit RegionPaths(ServerDatabase &database) : m_database(database) {}

    // Nothing for an unknown region.
    [[nodiscard]] Result<std::optional<RegionPath>> pathOf(const QString &regionId);
    // The path of a region that is being written: its parent's path with itself at its own level.
    [[nodiscard]] Result<std::optional<RegionPath>> pathOfNew(const QString &id, const QString &parentId,
                                                              const QString &kind);

private:
    ServerDatabase &m_database;
    QHash<QString, std::optional<RegionPath>> m_paths;
};

// Tables whose rows a village keeps for all its grids (the points catalogue, settings, meetings, supermarket):
// they reach, and may be written by, the accounts of the village's grids too.
// The township's service data (visit plan, departments, request kinds) and the county's holiday calendar are
// of this kind too, one level up: they reach every account below the township (or county).
bool isVillageWideTable(const QString &table);
bool isTownshipDataTable(const QString &table);
// The tables a department account's device holds (role "department"): the requests routed to it with their
// steps, and the township data they need. Never the register.
bool isDepartmentTable(const QString &table);

} // namespace lianxin::server
