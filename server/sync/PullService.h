#pragma once

#include "core/common/Result.h"
#include "server/auth/Sessions.h"

#include <QJsonObject>

namespace lianxin::server {

class ServerDatabase;

// GET /api/v1/changes: the rows changed after a sequence number, within the caller's scope, oldest
// first, one page at a time (docs/SYNC.md section 4). Compact: per table a column header and rows as
// arrays of values.
class PullService
{
public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 5000;

    explicit PullService(ServerDatabase &database) : m_database(database) {}

    // The page as JSON text (written as rows are read, without a JSON tree). An Error with field "resync"
    // when `after` lies below the tombstone horizon (the API answers 410).
    [[nodiscard]] Result<QByteArray> page(const Caller &caller, qint64 after, int limit);
    // The region tree a device shows: the regions of the scope, everything below them and their ancestors.
    [[nodiscard]] Result<QJsonObject> regions(const Caller &caller);
    // The accounts that may sign in on the caller's devices: those whose scope lies within the caller's.
    [[nodiscard]] Result<QJsonObject> accounts(const Caller &caller);
    // The sequence of the last change to the caller's scope: a device that sees it change re-reads its scope.
    [[nodiscard]] Result<qint64> scopeEpoch(const Caller &caller);

private:
    // The caller's scope with the level of each region, and the regions above it.
    struct PlacedScope
    {
        AccessScope scope;
        QStringList ancestors;
    };
    Result<PlacedScope> placeScope(const Caller &caller);

    ServerDatabase &m_database;
};

} // namespace lianxin::server
