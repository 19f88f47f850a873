#pragma once

#include "core/common/Result.h"

namespace lianxin::server {

class ServerDatabase;

// Removes what the server no longer needs: tokens a day past expiry, sign-in failures older than a day
// (locks last minutes), the stored answers of push batches older than 30 days (a device retries a
// batch within minutes or days, not months), and contents no record names, sent more than
// `unnamedBlobDays` ago. Safe to run from several processes at once.
struct MaintenanceSummary
{
    int sessions = 0;
    int failures = 0;
    int batches = 0;
    int blobs = 0;
};
[[nodiscard]] Result<MaintenanceSummary> pruneExpired(ServerDatabase &database, int unnamedBlobDays);

// Deletes tombstones the server received more than `days` ago, and raises the tombstone horizon to the
// newest sequence removed: a device that last pulled before it may have missed a deletion, so its next
// pull is answered 410 and it re-downloads its scope (docs/SYNC.md section 4). Returns the rows removed.
[[nodiscard]] Result<int> pruneTombstones(ServerDatabase &database, int days);

} // namespace lianxin::server
