#pragma once

#include "core/common/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace lianxin::server {

// One connection to the server's database, used on the thread that opened it (each request thread has
// its own). Holds nothing another server process would need: all state lives in the database.
class ServerDatabase
{
public:
    [[nodiscard]] static Result<std::unique_ptr<ServerDatabase>> open(const DatabaseUrl &url);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    Backend backend() const { return m_url.backend; }
    // Rows are read once, in order. On SQLite a scrollable query keeps every row read in memory; on
    // PostgreSQL a forward-only query streams its rows and no other statement may run on the connection
    // until they are all read, which the services' nested reads rely on: there the whole result comes at once.
    bool forwardOnly() const { return m_url.backend == Backend::Sqlite; }
    const DatabaseUrl &url() const { return m_url; }

    QSqlQuery prepare(const QString &sql) const;
    // A prepared statement kept for reuse by its text (run each to completion before reusing it).
    QSqlQuery &cached(const QString &sql);
    [[nodiscard]] Status exec(QSqlQuery &query);
    [[nodiscard]] Status exec(const QString &sql);
    // The columns of a table (empty when it does not exist).
    QSqlRecord columnsOf(const QString &table) const { return m_connection.record(table); }

    // Transactions: a read sees one snapshot; a write is serialised with every other writer.
    [[nodiscard]] Status beginRead();
    [[nodiscard]] Status beginWrite();
    // A write of the server's own bookkeeping only (sessions, sign-in failures), outside the writers' lock
    // where the backend allows it (dialect::beginBookkeeping).
    [[nodiscard]] Status beginBookkeeping();
    [[nodiscard]] Status beginMigration();
    [[nodiscard]] Status commit();
    void rollback();

    [[nodiscard]] Result<qint64> nextSequence();
    // The last of `count` sequence numbers taken at once (a bulk import), inside the writers' lock.
    [[nodiscard]] Result<qint64> reserveSequences(qsizetype count);
    [[nodiscard]] Result<qint64> lastSequence();

    // The current UTC time as stored: ISO 8601 with milliseconds and Z.
    static QString now();
    static QString timeAfter(qint64 seconds);
    // A new record id for rows the server itself creates (time-ordered, like the devices' ids).
    static QString newId();

private:
    // Runs a statement that advances the change sequence and returns the value it gives.
    Result<qint64> advanceSequence(QSqlQuery &query);
    explicit ServerDatabase(const DatabaseUrl &url);
    Status connect();
    Status begin(const QStringList &statements);

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery> m_statements;
    bool m_suspect = false; // the last statement failed: check the connection before the next transaction
};

// Rolls back unless committed.
class ServerTransaction
{
public:
    explicit ServerTransaction(ServerDatabase &database) : m_database(database) {}
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    [[nodiscard]] Status read();
    [[nodiscard]] Status write();
    [[nodiscard]] Status writeBookkeeping();
    [[nodiscard]] Status commit();

private:
    ServerDatabase &m_database;
    bool m_open = false;
};

} // namespace lianxin::server
