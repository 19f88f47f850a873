#include "server/auth/SignInThrottle.h"

#include "server/storage/ServerDatabase.h"

#include <QDateTime>

namespace lianxin::server {

namespace {
QString userKey(const QString &username)
{
    return QStringLiteral("user:") + username.toLower();
}
QString addressKey(const QString &address)
{
    return QStringLiteral("address:") + address;
}
qint64 secondsUntil(const QString &time)
{
    const QDateTime until = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!until.isValid())
        return 0;
    return qMax<qint64>(0, (until.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
}
} // namespace

Result<SignInThrottle::Entry> SignInThrottle::entry(const QString &key)
{
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "SELECT failures, last_failure_at, locked_until, first_failure_at FROM sign_in_failures WHERE attempt_key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    Entry result;
    if (query.next()) {
        const QString firstFailureAt = query.value(3).toString();
        // Failures older than a lock are forgotten, unless a lock is still running.
        const bool stale = firstFailureAt < ServerDatabase::timeAfter(-m_policy.lockSeconds);
        const QString lockedUntil = query.value(2).toString();
        if (!stale || (!lockedUntil.isEmpty() && lockedUntil > ServerDatabase::now()))
            result = {query.value(0).toLongLong(), query.value(1).toString(), lockedUntil};
    }
    query.finish();
    return result;
}

qint64 SignInThrottle::waitFor(const Entry &entry, bool isUserKey) const
{
    if (!entry.lockedUntil.isEmpty() && entry.lockedUntil > ServerDatabase::now())
        return secondsUntil(entry.lockedUntil);
    if (!isUserKey || entry.failures < m_policy.freeFailures)
        return 0;
    const qint64 delay = qint64(1) << qMin<qint64>(entry.failures - m_policy.freeFailures, 16);
    const QDateTime last = QDateTime::fromString(entry.lastFailureAt, Qt::ISODateWithMs);
    const qint64 waited = last.isValid() ? last.msecsTo(QDateTime::currentDateTimeUtc()) : delay * 1000;
    return waited >= delay * 1000 ? 0 : (delay * 1000 - waited + 999) / 1000;
}

Result<qint64> SignInThrottle::waitSeconds(const QString &username, const QString &address)
{
    const auto user = entry(userKey(username));
    if (!user)
        return user.error();
    const auto from = entry(addressKey(address));
    if (!from)
        return from.error();
    return qMax(waitFor(*user, true), waitFor(*from, false));
}

Result<bool> SignInThrottle::isLocked(const QString &username, const QString &address)
{
    const QString now = ServerDatabase::now();
    for (const QString &key : {userKey(username), addressKey(address)}) {
        const auto e = entry(key);
        if (!e)
            return e.error();
        if (!e->lockedUntil.isEmpty() && e->lockedUntil > now)
            return true;
    }
    return false;
}

Status SignInThrottle::bump(const QString &key, int lockAt)
{
    const auto current = entry(key);
    if (!current)
        return current.error();
    const qint64 failures = current->failures + 1;
    const QString now = ServerDatabase::now();
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "INSERT INTO sign_in_failures (attempt_key, failures, first_failure_at, last_failure_at, locked_until) "
        "VALUES (:key, :failures, :now, :now2, :locked) ON CONFLICT (attempt_key) DO UPDATE SET "
        "failures = excluded.failures, last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until, "
        "first_failure_at = CASE WHEN excluded.failures = 1 THEN excluded.first_failure_at "
        "ELSE sign_in_failures.first_failure_at END"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":failures"), failures);
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":now2"), now);
    query.bindValue(QStringLiteral(":locked"), failures >= lockAt ? QVariant(ServerDatabase::timeAfter(m_policy.lockSeconds))
                                                                  : QVariant(QMetaType(QMetaType::QString)));
    return m_database.exec(query);
}

Status SignInThrottle::recordFailure(const QString &username, const QString &address)
{
    if (Status status = bump(userKey(username), m_policy.lockFailures); !status)
        return status;
    return bump(addressKey(address), m_policy.addressLockFailures);
}

Status SignInThrottle::recordSuccess(const QString &username)
{
    QSqlQuery &query = m_database.cached(QStringLiteral("DELETE FROM sign_in_failures WHERE attempt_key = :key"));
    query.bindValue(QStringLiteral(":key"), userKey(username));
    return m_database.exec(query);
}

} // namespace lianxin::server
