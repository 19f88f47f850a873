#pragma once

#include "core/common/Result.h"
#include "server/staff/AdminAnswer.h"

#include <QStringList>

namespace lianxin::server {

class AdminScope;
class ServerDatabase;
struct Caller;
struct RegionRow;

// The grids of an administrator's scope, changed online (docs/API.md, "Grids"): added under a village,
// renamed, split (a new grid beside it takes the chosen households) and merged into another grid of the
// same village (its households, staff assignments, accounts' scopes and the cases and requests placed at
// it move, and it is tombstoned). Each in one write transaction through the ChangeWriter: a moved
// household gets a new version and its people, visits and the rest of its records move with it, so that
// the devices of the new grid pull them and those of the old one are told they left.
class GridAdmin
{
public:
    GridAdmin(ServerDatabase &database, const Caller &caller) : m_database(database), m_caller(caller) {}

    // `code` empty: the village's code and the next free two-digit number.
    [[nodiscard]] Result<AdminAnswer> add(const QString &villageId, const QString &name, const QString &code);
    [[nodiscard]] Result<AdminAnswer> rename(const QString &gridId, const QString &name);
    [[nodiscard]] Result<AdminAnswer> split(const QString &gridId, const QString &name, const QString &code,
                                            const QStringList &householdIds);
    [[nodiscard]] Result<AdminAnswer> merge(const QString &gridId, const QString &intoId);

    static constexpr int kMaxNameLength = 100;

private:
    // Makes the new grid (code and sort order after the village's others) and returns it.
    Result<std::optional<AdminAnswer>> makeGrid(AdminScope &scope, const RegionRow &village, const QString &name,
                                                const QString &code, RegionRow *grid);
    // Moves a live household to `grid`: its grid_id, with a new version, and everything that lies with it.
    Status moveHousehold(AdminScope &scope, const QString &householdId, const RegionRow &grid);

    ServerDatabase &m_database;
    const Caller &m_caller;
};

} // namespace lianxin::server
