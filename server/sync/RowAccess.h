#pragma once

#include "core/common/Result.h"
#include "core/storage/SyncedTable.h"
#include "server/auth/Sessions.h"
#include "server/sync/RegionPaths.h"

#include <QSet>

namespace lianxin::server {

class ServerDatabase;

// What one caller may read and write on the server, decided from a row's region path before anything
// about the row is compared or answered (docs/API.md, "What a refusal reveals"). Mirrors the pull's
// conditions (PullService): a row is readable when a device of the caller would be sent it.
class RowAccess
{
public:
    RowAccess(ServerDatabase &database, RegionPaths &paths, const Caller &caller);

    [[nodiscard]] Result<bool> mayRead(const SyncedTable &table, const RegionPath &path);
    // Within the scope, or a village-wide row of the village of one of the caller's grids.
    [[nodiscard]] Result<bool> mayWrite(const SyncedTable &table, const RegionPath &path);
    // Whether the live row `id` of `table` exists and the caller may read it: the one test of every
    // record a pushed row names, so that a record outside the scope is answered as one that is absent.
    [[nodiscard]] Result<bool> reachable(const SyncedTable &table, const QString &id);

    // Whether a request is (or was) routed to the caller's department: a department account reaches those
    // requests and their steps, and nothing else of its township.
    [[nodiscard]] Result<bool> routedToCaller(const QString &requestId);

    const Caller &caller() const { return m_caller; }

private:
    [[nodiscard]] Status loadHomes();

    ServerDatabase &m_database;
    RegionPaths &m_paths;
    const Caller &m_caller;
    bool m_loaded = false;
    QSet<QString> m_villages;  // villages of the caller's regions
    QSet<QString> m_ancestors; // regions above the caller's regions
};

} // namespace lianxin::server
