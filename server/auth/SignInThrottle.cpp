#include "server/auth/SignInThrottle.h"

#include "server/storage/Dialect.h"
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
bool lockRunning(const QString &lockedUntil)
{
    return !lockedUntil.isEmpty() && lockedUntil > ServerDatabase::now();
}
} // namespace

Result<SignInThrottle::Entry> SignInThrottle::entry(const QString &key, bool forUpdate)
{
    QSqlQuery &query =
        m_database.cached(QStringLiteral("SELECT failures, last_failure_at, locked_until, first_failure_at FROM "
                                         "sign_in_failures WHERE attempt_key = :key") +
                          (forUpdate ? dialect::forUpdate(m_database.backend()) : QString()));
    query.bindValue(QStringLiteral(":key"), key);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    Entry result;
    if (query.next()) {
        const QString firstFailureAt = query.value(3).toString();
        // Failures older than a lock are forgotten, unless a lock is still running.
        const bool stale = firstFailureAt < ServerDatabase::timeAfter(-m_policy.lockSeconds);
        const QString lockedUntil = query.value(2).toString();
        if (!stale || lockRunning(lockedUntil))
            result = {query.value(0).toLongLong(), query.value(1).toString(), lockedUntil};
    }
    query.finish();
    return result;
}

qint64 SignInThrottle::waitFor(const Entry &entry, bool isUserKey) const
{
    if (lockRunning(entry.lockedUntil))
        return secondsUntil(entry.lockedUntil);
    if (!isUserKey || entry.failures < m_policy.freeFailures)
        return 0;
    const qint64 delay = qint64(1) << qMin<qint64>(entry.failures - m_policy.freeFailures, 16);
    const QDateTime last = QDateTime::fromString(entry.lastFailureAt, Qt::ISODateWithMs);
    const qint64 waited = last.isValid() ? last.msecsTo(QDateTime::currentDateTimeUtc()) : delay * 1000;
    return waited >= delay * 1000 ? 0 : (delay * 1000 - waited + 999) / 1000;
}

SignInThrottle::Attempt SignInThrottle::evaluate(const Entry &user, const Entry &address) const
{
    return {qMax(waitFor(user, true), waitFor(address, false)),
            lockRunning(user.lockedUntil) || lockRunning(address.lockedUntil)};
}

Result<std::pair<SignInThrottle::Entry, SignInThrottle::Entry>>
SignInThrottle::entries(const QString &username, const QString &address, bool forUpdate)
{
    // Always the user name's row first, so that two attempts never lock each other's rows in turn.
    const auto user = entry(userKey(username), forUpdate);
    if (!user)
        return user.error();
    const auto from = entry(addressKey(address), forUpdate);
    if (!from)
        return from.error();
    return std::pair{*user, *from};
}

Result<SignInThrottle::Attempt> SignInThrottle::reserve(const QString &username, const QString &address)
{
    // A first look without a transaction: a flood of attempts that must wait is refused without a lock.
    const auto seen = entries(username, address, false);
    if (!seen)
        return seen.error();
    if (const Attempt early = evaluate(seen->first, seen->second); early.waitSeconds > 0)
        return early;

    ServerTransaction transaction(m_database);
    if (Status status = transaction.writeBookkeeping(); !status)
        return status.error();
    // Rows to lock even for a name or address never seen, so that parallel first attempts queue too.
    for (const QString &key : {userKey(username), addressKey(address)}) {
        QSqlQuery &ensure = m_database.cached(
            QStringLiteral("INSERT INTO sign_in_failures (attempt_key, failures, first_failure_at, last_failure_at) "
                           "VALUES (:key, 0, '', '') ON CONFLICT (attempt_key) DO NOTHING"));
        ensure.bindValue(QStringLiteral(":key"), key);
        if (Status status = m_database.exec(ensure); !status)
            return status.error();
    }
    const auto locked = entries(username, address, true);
    if (!locked)
        return locked.error();
    if (const Attempt attempt = evaluate(locked->first, locked->second); attempt.waitSeconds > 0)
        return attempt;
    if (Status status = bump(userKey(username), locked->first, m_policy.lockFailures); !status)
        return status.error();
    if (Status status = bump(addressKey(address), locked->second, m_policy.addressLockFailures); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return Attempt{};
}

Status SignInThrottle::bump(const QString &key, const Entry &current, int lockAt)
{
    const qint64 failures = current.failures + 1;
    const QString now = ServerDatabase::now();
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "UPDATE sign_in_failures SET failures = :failures, last_failure_at = :now, locked_until = :locked, "
        "first_failure_at = coalesce(:first, first_failure_at) WHERE attempt_key = :key"));
    const QVariant none(QMetaType(QMetaType::QString));
    query.bindValue(QStringLiteral(":failures"), failures);
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":locked"),
                    failures >= lockAt ? QVariant(ServerDatabase::timeAfter(m_policy.lockSeconds)) : none);
    // A count that starts again (none yet, or forgotten) starts its window now.
    query.bindValue(QStringLiteral(":first"), failures == 1 ? QVariant(now) : none);
    query.bindValue(QStringLiteral(":key"), key);
    return m_database.exec(query);
}

Status SignInThrottle::recordSuccess(const QString &username, const QString &address)
{
    QSqlQuery &user = m_database.cached(QStringLiteral("DELETE FROM sign_in_failures WHERE attempt_key = :key"));
    user.bindValue(QStringLiteral(":key"), userKey(username));
    if (Status status = m_database.exec(user); !status)
        return status;
    // The address was not locked when the attempt was reserved, so a lock now is this attempt's doing.
    QSqlQuery &from = m_database.cached(
        QStringLiteral("UPDATE sign_in_failures SET failures = failures - 1, "
                       "locked_until = CASE WHEN failures - 1 < :lock_at THEN NULL ELSE locked_until END "
                       "WHERE attempt_key = :key AND failures > 0"));
    from.bindValue(QStringLiteral(":lock_at"), m_policy.addressLockFailures);
    from.bindValue(QStringLiteral(":key"), addressKey(address));
    return m_database.exec(from);
}

} // namespace lianxin::server
