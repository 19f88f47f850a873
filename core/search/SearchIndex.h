#pragma once

#include "core/common/Result.h"

#include <QStringList>

namespace lianxin {

class Database;

// Bulk loads inside one transaction: defer() pauses the search triggers, catchUp() then indexes (or
// re-indexes, or drops) every person and household changed since, in a few statements, and resumes the
// triggers. FTS5 flushes its pending terms at every statement savepoint, which made row-by-row indexing
// of a bulk load many times slower than indexing it at the end. Both must run in the caller's
// transaction; a rollback undoes the pause with everything else.
namespace search_index {
[[nodiscard]] Status defer(Database &database);
[[nodiscard]] Status catchUp(Database &database);
// The same for rows written with times of other devices (pulled by sync): the given persons and households.
[[nodiscard]] Status catchUpRows(Database &database, const QStringList &personIds, const QStringList &householdIds);
// The statements that index every live person and household anew and resume the triggers: the end of a
// bulk load (bulk_load::begin) that left the index paused throughout.
QStringList rebuildStatements();
} // namespace search_index

} // namespace lianxin
