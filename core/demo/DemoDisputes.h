#pragma once

#include "core/common/Result.h"

#include <functional>

namespace lianxin {

class Database;

// Dispute cases for a demo workspace (after DemoGenerator): parties from the register of the grid where
// each arose, kinds, sources and risks in plausible shares, received over the past year, and each carried
// a plausible way along the lifecycle — many through agreement, performance, follow-up, closure and
// filing, some still open (a few overdue), some ended without agreement. Case numbers come from a block
// given to the workspace as the county server would. Runs in the caller's transaction or its own.
// Returns the number of cases made; `progress` may cancel.
[[nodiscard]] Result<int> makeDemoDisputes(Database &database, quint64 seed, int count,
                                           const std::function<bool(int done, int total)> &progress = {});

} // namespace lianxin
