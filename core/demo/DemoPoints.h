#pragma once

#include "core/common/Result.h"

namespace lianxin {

class Database;

// Moral-evaluation points for a demo workspace (after DemoGenerator): every village gets the default
// catalogue, settings, six months of monthly evaluation meetings whose entries have passed their notice
// and count, a recent meeting still under notice (one entry objected to), proposals awaiting the next
// meeting, and a supermarket with stock and redemptions. Runs in its own transaction; returns the number
// of entries made.
[[nodiscard]] Result<int> makeDemoPoints(Database &database, quint64 seed);

} // namespace lianxin
