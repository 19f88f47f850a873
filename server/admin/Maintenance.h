#pragma once

#include "core/common/Result.h"

namespace lianxin::server {

class ServerDatabase;

// Removes what the server no longer needs: tokens a day past expiry, sign-in failures older than a day
// (locks last minutes), and the stored answers of push batches older than 30 days (a device retries a
// batch within minutes or days, not months). Safe to run from several processes at once.
struct MaintenanceSummary
{
    int sessions = 0;
    int failures = 0;
    int batches = 0;
};
[[nodiscard]] Result<MaintenanceSummary> pruneExpired(ServerDatabase &database);

} // namespace lianxin::server
