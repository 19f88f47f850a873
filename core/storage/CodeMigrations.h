#pragma once

#include "core/common/Result.h"

namespace lianxin {

class Database;

// The parts of migrations that need C++ (values SQL cannot compute), by schema version. Database runs
// each right after the SQL of the same version, in the same transaction.
[[nodiscard]] Status runCodeMigration(Database &database, int version);

} // namespace lianxin
