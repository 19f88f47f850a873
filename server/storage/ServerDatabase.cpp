#include "server/storage/ServerDatabase.h"

#include "core/storage/RecordId.h"
#include "server/storage/Dialect.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

namespace lianxin::server {

namespace {
Error databaseError(const QSqlError &error)
{
    // For the operator's log, never for clients, and without the values of the statement: personal data.
    // PostgreSQL writes them on the lines after the first (DETAIL names a duplicate key, LINE 1 quotes the
    // statement with the values Qt put in it, CONTEXT a parameter) and at the end of the first (`at or near
    // "…"`, `invalid input syntax for type bigint: "…"`): all of it is cut off.
    static const QRegularExpression quotedValue(QStringLiteral("( at or near |: )\".*$"));
    QString text =
        error.databaseText().section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("DETAIL"), 0, 0).trimmed();
    text.replace(quotedValue, QStringLiteral("\\1\"…\""));
    return {QString(), QStringLiteral("The database failed (%1): %2 %3")
                           .arg(error.nativeErrorCode(), error.driverText(), text)};
}
} // namespace

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseUrl &url)
{
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(url));
    if (Status status = database->connect(); !status)
        return status.error();
    return database;
}

ServerDatabase::ServerDatabase(const DatabaseUrl &url)
    : m_url(url), m_connectionName(QStringLiteral("lianxin-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ServerDatabase::~ServerDatabase()
{
    m_statements.clear();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ServerDatabase::connect()
{
    m_statements.clear();
    if (m_connection.isValid()) {
        m_connection.close();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connection = QSqlDatabase::addDatabase(dialect::driverName(m_url.backend), m_connectionName);
    if (!m_connection.isValid())
        return Error{QStringLiteral("database"),
                     QStringLiteral("The Qt SQL driver %1 is not installed.").arg(dialect::driverName(m_url.backend))};
    if (m_url.backend == Backend::Sqlite) {
        m_connection.setDatabaseName(m_url.path);
    } else {
        m_connection.setHostName(m_url.host);
        m_connection.setPort(m_url.port);
        m_connection.setUserName(m_url.user);
        m_connection.setPassword(m_url.password);
        m_connection.setDatabaseName(m_url.name);
        m_connection.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!m_connection.open())
        return Error{QStringLiteral("database"),
                     QStringLiteral("Cannot open %1: %2").arg(m_url.display(), m_connection.lastError().text())};
    for (const QString &statement : dialect::connectionSetup(m_url.backend)) {
        QSqlQuery query(m_connection);
        if (!query.exec(statement))
            return Error{QStringLiteral("database"),
                         QStringLiteral("Cannot use %1: %2").arg(m_url.display(), query.lastError().databaseText())};
    }
    m_suspect = false;
    return {};
}

QSqlQuery ServerDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(forwardOnly());
    query.prepare(sql);
    return query;
}

QSqlQuery &ServerDatabase::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_connection));
        it->setForwardOnly(forwardOnly());
        it->prepare(sql);
    }
    return *it;
}

Status ServerDatabase::exec(QSqlQuery &query)
{
    if (query.exec())
        return {};
    m_suspect = true;
    return databaseError(query.lastError());
}

Status ServerDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_connection);
    if (query.exec(sql))
        return {};
    m_suspect = true;
    return databaseError(query.lastError());
}

Status ServerDatabase::begin(const QStringList &statements)
{
    if (m_suspect) {
        // A PostgreSQL restart drops the connection; reconnect rather than fail every later request.
        QSqlQuery probe(m_connection);
        if (!probe.exec(QStringLiteral("SELECT 1"))) {
            if (Status status = connect(); !status)
                return status;
        }
        m_suspect = false;
    }
    for (const QString &statement : statements) {
        if (Status status = exec(statement); !status) {
            rollback();
            return status;
        }
    }
    return {};
}

Status ServerDatabase::beginRead()
{
    return begin({QStringLiteral("BEGIN")});
}

Status ServerDatabase::beginWrite()
{
    return begin(dialect::beginWrite(m_url.backend));
}

Status ServerDatabase::beginBookkeeping()
{
    return begin(dialect::beginBookkeeping(m_url.backend));
}

Status ServerDatabase::beginMigration()
{
    return begin(dialect::beginMigration(m_url.backend));
}

Status ServerDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void ServerDatabase::rollback()
{
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("ROLLBACK"));
}

Result<qint64> ServerDatabase::nextSequence()
{
    return advanceSequence(cached(dialect::nextSequence(m_url.backend)));
}

Result<qint64> ServerDatabase::reserveSequences(qsizetype count)
{
    QSqlQuery &query = cached(dialect::reserveSequences(m_url.backend));
    query.bindValue(0, qint64(count));
    return advanceSequence(query);
}

Result<qint64> ServerDatabase::advanceSequence(QSqlQuery &query)
{
    if (Status status = exec(query); !status)
        return status.error();
    if (!query.next())
        return Error{QString(), QStringLiteral("The change sequence is missing.")};
    const qint64 value = query.value(0).toLongLong();
    query.finish();
    return value;
}

Result<qint64> ServerDatabase::lastSequence()
{
    QSqlQuery query = prepare(dialect::lastSequence(m_url.backend));
    if (Status status = exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString ServerDatabase::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString ServerDatabase::timeAfter(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

QString ServerDatabase::newId()
{
    thread_local RecordIdGenerator generator;
    return generator.next(QDateTime::currentMSecsSinceEpoch()).toString(QUuid::WithoutBraces);
}

ServerTransaction::~ServerTransaction()
{
    if (m_open)
        m_database.rollback();
}

Status ServerTransaction::read()
{
    Status status = m_database.beginRead();
    m_open = status.ok();
    return status;
}

Status ServerTransaction::write()
{
    Status status = m_database.beginWrite();
    m_open = status.ok();
    return status;
}

Status ServerTransaction::writeBookkeeping()
{
    Status status = m_database.beginBookkeeping();
    m_open = status.ok();
    return status;
}

Status ServerTransaction::commit()
{
    Status status = m_database.commit();
    if (status)
        m_open = false;
    return status;
}

} // namespace lianxin::server
