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
                QStringLiteral("PRAGMA busy_timeout = 10000"), QStringLiteral("PRAGMA foreign_keys = ON")};
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = warning")};
}

QStringList beginWrite(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), QString::fromLatin1(kWriteLock)};
}

QStringList beginMigration(Backend backend)
{
    if (backend == Backend::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), QString::fromLatin1(kMigrationLock)};
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
