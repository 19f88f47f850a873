#pragma once

#include "core/common/Result.h"

#include <QStringList>

namespace lianxin {

class Database;

// A load into an empty store (a device's first sync, a township's demo) writes rows faster without the
// synced tables' secondary indexes and builds each once at the end, by sorting, rather than row by row.
// begin() drops them and keeps their definitions in local_meta, with the statements that finish the load
// (the search index's rebuild), in the caller's transaction; finish() runs them all and forgets them. A load
// killed midway leaves them behind: opening the store finishes it (Database::open), so no store is used
// without its indexes.
namespace bulk_load {
[[nodiscard]] Status begin(Database &database, const QStringList &finishing);
[[nodiscard]] Status finish(Database &database);
bool unfinished(const Database &database);
} // namespace bulk_load

} // namespace lianxin
