#include "core/sync/SyncSessions.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianxin {

std::optional<QString> SyncSessions::text(const QString &username, const char *column) const
{
    // The column comes from this file's own calls, never from input.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM sync_sessions WHERE username = ?").arg(QLatin1String(column)));
    query.addBindValue(username);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString SyncSessions::token(const QString &username) const
{
    return text(username, "token").value_or(QString());
}

QString SyncSessions::lastSignedIn() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT username FROM sync_sessions WHERE token IS NOT NULL ORDER BY signed_in_at DESC LIMIT 1"));
    if (!m_database.exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

QString SyncSessions::role(const QString &username) const
{
    return text(username, "role").value_or(QString());
}

QStringList SyncSessions::scope(const QString &username) const
{
    return RecordWriter::storedList(text(username, "scope").value_or(QString()));
}

Status SyncSessions::signedIn(const QString &username, const QString &token, const QString &role,
                              const QStringList &scope)
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO sync_sessions (username, token, role, scope, signed_in_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (username) DO UPDATE SET token = excluded.token, role = excluded.role, scope = excluded.scope, "
        "signed_in_at = excluded.signed_in_at"));
    query.addBindValue(username);
    query.addBindValue(token);
    query.addBindValue(role);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(scope)).toJson(QJsonDocument::Compact)));
    query.addBindValue(m_database.now());
    return m_database.exec(query);
}

Status SyncSessions::forget(const QString &username)
{
    QSqlQuery query = m_database.prepare(QStringLiteral("UPDATE sync_sessions SET token = NULL WHERE username = ?"));
    query.addBindValue(username);
    return m_database.exec(query);
}

PullCursor SyncSessions::cursor(const QString &username) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT last_pulled_seq, scope_epoch FROM sync_sessions WHERE username = ?"));
    query.addBindValue(username);
    if (!m_database.exec(query) || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Status SyncSessions::setCursor(const QString &username, const PullCursor &cursor)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE sync_sessions SET last_pulled_seq = ?, scope_epoch = ? WHERE username = ?"));
    query.addBindValue(cursor.lastPulledSeq);
    query.addBindValue(cursor.scopeEpoch);
    query.addBindValue(username);
    return m_database.exec(query);
}

Status SyncSessions::restartPulls(const QString &exceptUsername)
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "UPDATE sync_sessions SET last_pulled_seq = 0, scope_epoch = 0 WHERE username <> coalesce(?, '')"));
    query.addBindValue(exceptUsername);
    return m_database.exec(query);
}

Status SyncSessions::rewindPulls(qint64 seq)
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("UPDATE sync_sessions SET last_pulled_seq = ? WHERE last_pulled_seq > ?"));
    query.addBindValue(qMax<qint64>(seq, 0));
    query.addBindValue(qMax<qint64>(seq, 0));
    return m_database.exec(query);
}

QString SyncSessions::displayNameOf(const QString &username) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT display_name FROM accounts WHERE username = ? COLLATE NOCASE AND deleted = 0"));
    query.addBindValue(username);
    if (!m_database.exec(query) || !query.next() || query.value(0).toString().isEmpty())
        return username;
    return query.value(0).toString();
}

} // namespace lianxin
