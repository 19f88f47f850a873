#pragma once

#include "core/common/Result.h"

namespace lianxin::server {

class ServerDatabase;

// The server's schema: numbered migrations (server/storage/migrations, the same files on both backends)
// and one table per synced table of core/storage/SyncedTable.cpp, with the server's columns: the
// sequence of each field's last change (field_versions), when the server received the row, and the
// regions that decide who may see it (scope_county … scope_grid). A synced table or field added to
// core appears here on the next start. All of it in one transaction, under a lock that makes two
// processes starting together migrate once.
namespace schema {

inline constexpr int kVersion = 7;

[[nodiscard]] Status migrate(ServerDatabase &database);
// The version of an existing database, 0 for an empty one; an error for one made by a newer server.
[[nodiscard]] Result<int> version(ServerDatabase &database);

} // namespace schema

} // namespace lianxin::server
