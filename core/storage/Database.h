#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/RecordId.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

struct sqlite3;

namespace lianxin {

class NativeStatement;
class Transaction;

struct DatabaseOptions
{
    // The SQLite file; created with its directory when missing.
    QString filePath;
    // Where the numbered NNNN_name.sql migrations are read from.
    QString migrationsDir = QStringLiteral(":/lianxin/migrations");
    // Time source for timestamps; the system clock when null. Must outlive the Database.
    const Clock *clock = nullptr;
};

// The one owner of a store's connection: opens the file, sets WAL, foreign keys and a busy timeout,
// applies pending migrations (each in one transaction), refuses a file written by a newer program,
// and hands out transactions. The connection is named per instance and used on the creating thread only.
class Database
{
public:
    static constexpr auto kFileName = "lianxin.db";

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const DatabaseOptions &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }

    int schemaVersion() const { return m_schemaVersion; }
    // This device's id, made when the store was created; recorded on every row it changes.
    QString deviceId() const { return m_deviceId; }
    // Six characters of the device id (its random end), for numbers people read that must differ between
    // devices: provisional case numbers, supermarket receipts.
    QString deviceTag() const { return QString(m_deviceId).remove(QLatin1Char('-')).right(6).toUpper(); }

    // The account whose changes are being written (empty when nobody is signed in).
    QString actor() const { return m_actor; }
    void setActor(const QString &accountId) { m_actor = accountId; }

    const Clock &clock() const { return *m_clock; }
    // The current time as stored; formatted once per millisecond, since bulk writes ask for it per row.
    QString now() const;

    // A new record id: a time-ordered UUID (RecordId.h). The demo generator sets a seeded random source
    // so that its ids repeat; an empty source restores the system's.
    QString newId();
    void setIdRandomSource(RecordIdGenerator::RandomSource source) { m_ids = RecordIdGenerator(std::move(source)); }

    // Starts a transaction, or a savepoint inside the caller's transaction when one is open.
    [[nodiscard]] Transaction transaction();
    bool inTransaction() const { return m_transactionDepth > 0; }

    // A query prepared on this connection; the statement is checked by exec().
    QSqlQuery prepare(const QString &sql) const;
    // A prepared query kept for reuse by its SQL text, for statements run once per row. Only for
    // statements that are run to completion before the same text can be used again (writes, lookups).
    QSqlQuery &cached(const QString &sql) const;
    // Runs a prepared query; on failure returns an Error with a message fit for the user.
    [[nodiscard]] Status exec(QSqlQuery &query) const;
    [[nodiscard]] Status exec(const QString &sql) const;
    // Runs a statement without values through the statement cache (savepoints, frequent pragmas).
    [[nodiscard]] Status execCached(const QString &sql) const;
    // A statement on SQLite's own handle, prepared once per SQL text, for writes of many rows in one
    // transaction (NativeStatement); it shares this connection and its transaction.
    NativeStatement &native(const QString &sql) const;

    // Called after every change this connection logs for sync (ChangeLog::record): the window shows its
    // count of unsynced changes and asks for a sync soon, without polling the store.
    void setChangeObserver(std::function<void()> observer) { m_changeObserver = std::move(observer); }
    void changeLogged() const
    {
        if (m_changeObserver)
            m_changeObserver();
    }

    QString metaValue(const QString &key) const;
    [[nodiscard]] Status setMetaValue(const QString &key, const QString &value);

private:
    friend class Transaction;
    explicit Database(const DatabaseOptions &options);
    Status initialise(const QString &migrationsDir);
    Status applyMigrations(const QString &migrationsDir);
    Status ensureDeviceId();

    QString m_connectionName;
    QSqlDatabase m_connection;
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable QHash<QString, std::shared_ptr<NativeStatement>> m_native;
    sqlite3 *m_handle = nullptr;
    QString m_filePath;
    const Clock *m_clock;
    std::unique_ptr<Clock> m_ownedClock;
    RecordIdGenerator m_ids;
    QString m_deviceId;
    QString m_actor;
    int m_schemaVersion = 0;
    mutable qint64 m_nowMsecs = -1;
    mutable QString m_nowText;
    int m_transactionDepth = 0;
    std::function<void()> m_changeObserver;
};

// Translates an SQLite failure into a message naming the field where the error says which one.
[[nodiscard]] Error errorFromSql(const QSqlError &error);
[[nodiscard]] Error errorFromText(const QString &sqliteMessage);

} // namespace lianxin
