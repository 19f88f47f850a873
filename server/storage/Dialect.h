#pragma once

#include "server/storage/DatabaseUrl.h"

#include <QSqlError>
#include <QStringList>

namespace lianxin::server::dialect {

// Everything that differs between the SQLite and the PostgreSQL backend. The schema (ServerSchema) and
// every query elsewhere use the SQL both understand: TEXT and BIGINT columns, ISO 8601 UTC text for
// times, partial indexes, INSERT … ON CONFLICT, RETURNING, named placeholders.

// How long a statement waits for a lock (the writers' lock, a row) before it fails and the request is
// answered 503 with Retry-After; and, on PostgreSQL, how long any one statement may run.
inline constexpr int kLockWaitSeconds = 10;
inline constexpr int kStatementSeconds = 60;

QString driverName(Backend backend);
// Statements run once on each new connection.
QStringList connectionSetup(Backend backend);
// Starts a transaction that writes. Writes are serialised: SQLite takes its write lock at once; on
// PostgreSQL every writer (in every server process) takes one transaction-scoped advisory lock, so that
// sequence numbers become visible in the order they were issued and a pull never skips a change
// committed late under a smaller number.
QStringList beginWrite(Backend backend);
// Starts a transaction for the server's bookkeeping (sessions, sign-in failures): rows no device syncs and
// no sequence orders, so on PostgreSQL it does not take the writers' lock and never waits behind a push.
// SQLite has one writer per file, so there it waits for the push in progress (at most kLockWaitSeconds).
QStringList beginBookkeeping(Backend backend);
// " FOR UPDATE" where rows can be locked one by one (PostgreSQL); SQLite's write lock already covers them.
QString forUpdate(Backend backend);
// The same lock for schema migrations, so that two processes starting together migrate once.
QStringList beginMigration(Backend backend);
// The global change sequence: created by the first migration, advanced once per accepted change.
QStringList createSequence(Backend backend);
QString nextSequence(Backend backend);
// The last of ? sequence numbers taken at once.
QString reserveSequences(Backend backend);
QString lastSequence(Backend backend);
// The names of the tables that exist.
QString listTables(Backend backend);
// True when the error means the connection to the database is gone (worth reconnecting).
bool isConnectionLost(Backend backend, const QSqlError &error);

} // namespace lianxin::server::dialect
