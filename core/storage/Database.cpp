#include "core/storage/Database.h"

#include "core/storage/BulkLoad.h"
#include "core/storage/CodeMigrations.h"
#include "core/storage/Migration.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "lianxin.storage")

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lianxin-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr int kBusyTimeoutMs = 5000;
} // namespace

Error errorFromSql(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? Error{{}, Tr::tr("Database error: %1").arg(error.text())} : errorFromText(text);
}

Error errorFromText(const QString &text)
{
    static const QRegularExpression columnOf(QStringLiteral("constraint failed: \\w+\\.(\\w+)"));
    const QString column = columnOf.match(text).captured(1);
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return {{}, Tr::tr("The record refers to a record that does not exist, or is still referred to by another "
                           "record.")};
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        return {column, Tr::tr("This value is already used by another record.")};
    if (text.contains(QLatin1String("NOT NULL constraint failed")))
        return {column, Tr::tr("This field is required.")};
    if (text.contains(QLatin1String("CHECK constraint failed")))
        return {column, Tr::tr("A value is outside what this field allows.")};
    if (text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("database is busy")))
        return {{}, Tr::tr("The database is busy in another program. Try again in a moment.")};
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return {{}, Tr::tr("The database file is damaged or is not a Lianxin database (%1).").arg(text)};
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("disk I/O error")))
        return {{}, Tr::tr("The database could not be written: %1.").arg(text)};
    return {{}, Tr::tr("Database error: %1").arg(text)};
}

Database::Database(const DatabaseOptions &options)
    : m_connectionName(nextConnectionName()), m_filePath(options.filePath), m_clock(options.clock)
{
    if (!m_clock) {
        m_ownedClock = std::make_unique<SystemClock>();
        m_clock = m_ownedClock.get();
    }
}

Database::~Database()
{
    m_statements.clear();
    m_native.clear();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseOptions &options)
{
    if (options.filePath.isEmpty())
        return Error{QStringLiteral("data_dir"), Tr::tr("No database file was given.")};
    std::unique_ptr<Database> database(new Database(options));
    if (Status status = database->initialise(options.migrationsDir); !status)
        return status.error();
    return database;
}

Status Database::initialise(const QString &migrationsDir)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("data_dir"), Tr::tr("Cannot create the data folder %1.").arg(info.absolutePath())};

    m_connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_connection.setDatabaseName(info.absoluteFilePath());
    m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_connection.open())
        return Error{QStringLiteral("data_dir"),
                     Tr::tr("Cannot open the database %1: %2").arg(m_filePath, m_connection.lastError().text())};

    const QVariant handle = m_connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_handle)
        return Error{QStringLiteral("data_dir"), Tr::tr("The SQLite driver gave no handle for %1.").arg(m_filePath)};

    // The first statement fails on a file that is not a database.
    if (Status status = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !status)
        return status;
    // Savepoint journals stay in memory: every repository call is a savepoint inside its caller's work.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -32000"}) {
        if (Status status = exec(QString::fromLatin1(pragma)); !status)
            return status;
    }
    if (Status status = applyMigrations(migrationsDir); !status)
        return status;
    // A bulk load killed midway gets its indexes back before anything reads the store.
    if (Status status = bulk_load::finish(*this); !status)
        return status;
    return ensureDeviceId();
}

Status Database::applyMigrations(const QString &migrationsDir)
{
    auto migrations = loadMigrations(migrationsDir);
    if (!migrations)
        return migrations.error();
    const int known = int(migrations->size());

    QSqlQuery versionQuery = prepare(QStringLiteral("PRAGMA user_version"));
    if (Status status = exec(versionQuery); !status)
        return status;
    versionQuery.next();
    m_schemaVersion = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (m_schemaVersion > known) {
        return Error{QStringLiteral("data_dir"),
                     Tr::tr("The database %1 was written by a newer version of Lianxin (schema %2; this program "
                            "knows schema %3). Install the newer version to open it.")
                         .arg(m_filePath)
                         .arg(m_schemaVersion)
                         .arg(known)};
    }

    for (const Migration &migration : std::as_const(*migrations)) {
        if (migration.version <= m_schemaVersion)
            continue;
        Transaction transaction(*this);
        if (Status status = transaction.begun(); !status)
            return status;
        QStringList statements = splitSqlStatements(migration.sql);
        statements.prepend(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                          "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        for (const QString &statement : std::as_const(statements)) {
            if (Status status = exec(statement); !status) {
                qCWarning(lcStorage) << "migration" << migration.version << "failed";
                return Error{{}, Tr::tr("Updating the database to schema %1 (%2) failed; nothing was changed. %3")
                                     .arg(migration.version)
                                     .arg(migration.name, status.error().message)};
            }
        }
        if (Status status = runCodeMigration(*this, migration.version); !status)
            return Error{{}, Tr::tr("Updating the database to schema %1 (%2) failed; nothing was changed. %3")
                                 .arg(migration.version)
                                 .arg(migration.name, status.error().message)};
        QSqlQuery record = prepare(
            QStringLiteral("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(now());
        if (Status status = exec(record); !status)
            return status;
        // PRAGMA takes no bound values; the version is our own integer.
        if (Status status = exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
        m_schemaVersion = migration.version;
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    }
    return {};
}

Status Database::ensureDeviceId()
{
    m_deviceId = metaValue(QStringLiteral("device_id"));
    if (!m_deviceId.isEmpty())
        return {};
    m_deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return setMetaValue(QStringLiteral("device_id"), m_deviceId);
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QString Database::now() const
{
    const QDateTime current = m_clock->nowUtc();
    if (const qint64 msecs = current.toMSecsSinceEpoch(); msecs != m_nowMsecs) {
        m_nowMsecs = msecs;
        m_nowText = toStoredTimestamp(current);
    }
    return m_nowText;
}

QString Database::newId()
{
    return m_ids.next(m_clock->nowUtc().toMSecsSinceEpoch()).toString(QUuid::WithoutBraces);
}

Transaction Database::transaction()
{
    return Transaction(*this);
}

QSqlQuery &Database::cached(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, prepare(sql));
    return *it;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qCWarning(lcStorage) << "cannot prepare statement:" << query.lastError().databaseText();
    return query;
}

Status Database::exec(QSqlQuery &query) const
{
    // A statement that failed to prepare reports why; exec() would only say "No query".
    const QSqlError prepareError = query.lastError();
    if (query.exec())
        return {};
    const QSqlError error = prepareError.isValid() ? prepareError : query.lastError();
    qCWarning(lcStorage) << "statement failed:" << error.databaseText();
    return errorFromSql(error);
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery query(m_connection);
    if (query.exec(sql))
        return {};
    qCWarning(lcStorage) << "statement failed:" << query.lastError().databaseText();
    return errorFromSql(query.lastError());
}

NativeStatement &Database::native(const QString &sql) const
{
    auto it = m_native.find(sql);
    if (it == m_native.end())
        it = m_native.insert(sql, std::make_shared<NativeStatement>(m_handle, sql));
    return **it;
}

Status Database::execCached(const QString &sql) const
{
    return exec(cached(sql));
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO local_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query);
}

} // namespace lianxin
