#include "server/storage/Dialect.h"

namespace lianxin::server::dialect {

namespace {
// Any fixed number: the key of the advisory lock all Lianxin writers share.
constexpr auto kWriteLock = "SELECT pg_advisory_xact_lock(5167001)";
constexpr auto kMigrationLock = "SELECT pg_advisory_xact_lock(5167002)";
} // namespace

QString driverName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QStringList connectionSetup(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL"),
                QStringLiteral("PRAGMA busy_timeout = %1").arg(kLockWaitSeconds * 1000),
                QStringLiteral("PRAGMA foreign_keys = ON")};
    // lock_timeout bounds the wait for the writers' advisory lock (and any row lock) as busy_timeout does
    // on SQLite: the request is answered 503 with Retry-After instead of holding its thread. No statement
    // of the server runs longer than statement_timeout, so a stop never waits long for one.
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("SET lock_timeout = '%1s'").arg(kLockWaitSeconds),
            QStringLiteral("SET statement_timeout = '%1s'").arg(kStatementSeconds)};
}

QStringList beginWrite(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), QString::fromLatin1(kWriteLock)};
}

QStringList beginBookkeeping(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN")};
}

QString forUpdate(Backend backend)
{
    return backend == Backend::Sqlite ? QString() : QStringLiteral(" FOR UPDATE");
}

QStringList beginMigration(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    // A migration may rightly take long (indexes on a large county), and so may another process's.
    return {QStringLiteral("BEGIN"), QStringLiteral("SET LOCAL lock_timeout = 0"),
            QStringLiteral("SET LOCAL statement_timeout = 0"), QString::fromLatin1(kMigrationLock)};
}

QStringList createSequence(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("CREATE TABLE change_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL)"),
                QStringLiteral("INSERT INTO change_sequence (id, value) VALUES (1, 0)")};
    return {QStringLiteral("CREATE SEQUENCE change_sequence START WITH 1")};
}

QString nextSequence(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("UPDATE change_sequence SET value = value + 1 WHERE id = 1 RETURNING value");
    return QStringLiteral("SELECT nextval('change_sequence')");
}

QString reserveSequences(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("UPDATE change_sequence SET value = value + ? WHERE id = 1 RETURNING value");
    return QStringLiteral("SELECT setval('change_sequence', nextval('change_sequence') + ? - 1)");
}

QString lastSequence(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("SELECT value FROM change_sequence WHERE id = 1");
    return QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM change_sequence");
}

QString listTables(Backend backend)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
}

bool isConnectionLost(Backend backend, const QSqlError &error)
{
    return backend == Backend::Postgresql && error.type() == QSqlError::ConnectionError;
}

} // namespace lianxin::server::dialect
