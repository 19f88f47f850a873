#pragma once

#include "core/common/Result.h"

namespace lianxin::server {

class ServerDatabase;

// How failed sign-ins are slowed and then locked (configurable; see docs/API.md).
struct ThrottlePolicy
{
    int freeFailures = 3;          // failures answered at once
    int lockFailures = 10;         // failures of one user name that lock it
    int addressLockFailures = 50;  // failures from one address (any user names) that lock it
    int lockSeconds = 15 * 60;     // how long a lock lasts; failures older than this are forgotten
};

// Failed sign-ins counted in the database per user name and per client address, so that every server
// process sharing the database sees them. After the free failures each further attempt must wait twice
// as long as the one before (1 s, 2 s, 4 s …); at the lock count the name or address is locked.
class SignInThrottle
{
public:
    SignInThrottle(ServerDatabase &database, const ThrottlePolicy &policy) : m_database(database), m_policy(policy) {}

    // Seconds the caller must wait before this attempt is considered; 0 when it may try now.
    [[nodiscard]] Result<qint64> waitSeconds(const QString &username, const QString &address);
    // Whether the wait comes from a lock (rather than the slowing of repeated failures).
    [[nodiscard]] Result<bool> isLocked(const QString &username, const QString &address);
    [[nodiscard]] Status recordFailure(const QString &username, const QString &address);
    [[nodiscard]] Status recordSuccess(const QString &username);

private:
    struct Entry
    {
        qint64 failures = 0;
        QString lastFailureAt;
        QString lockedUntil;
    };
    Result<Entry> entry(const QString &key);
    Status bump(const QString &key, int lockAt);
    qint64 waitFor(const Entry &entry, bool userKey) const;

    ServerDatabase &m_database;
    ThrottlePolicy m_policy;
};

} // namespace lianxin::server
