#pragma once

#include "core/common/Result.h"

namespace lianxin::server {

class ServerDatabase;

// The sequence below which tombstones may have been pruned (admin prune-tombstones): a pull from below it
// must download its scope again. 0 while no tombstone was ever pruned.
[[nodiscard]] Result<qint64> tombstoneHorizon(ServerDatabase &database);

} // namespace lianxin::server
