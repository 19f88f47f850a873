#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lianxin::server {

class ServerDatabase;

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

// Imports a region tree from CSV (the format of resources/seed, see core/register/RegionImporter.h),
// matching regions by code. All or nothing.
[[nodiscard]] Result<ImportSummary> importRegions(ServerDatabase &database, const QString &csvPath);

// Imports the live rows of a Lianxin client store (lianxin.db) that the server does not hold yet, with
// their ids: how a county starts from a register kept on a township PC, and how the demo server gets the
// demo workspace's regions, people and accounts. The file is opened read-only. All or nothing.
// With `markSynced`, the store's change log is cleared once its rows are on the server (the demo workspace,
// whose device then syncs as if it had pushed them).
[[nodiscard]] Result<ImportSummary> importClientStore(ServerDatabase &database, const QString &storePath, bool markSynced = false);

} // namespace lianxin::server
