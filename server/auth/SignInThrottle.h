#pragma once

#include "core/common/Result.h"

#include <utility>

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
//
// An attempt is counted as a failure before its password is checked (reserve), under a row lock, and
// taken back when the password was right (recordSuccess): attempts sent in parallel, to any request
// thread of any process, are thus no faster than attempts sent one after another.
class SignInThrottle
{
public:
    SignInThrottle(ServerDatabase &database, const ThrottlePolicy &policy) : m_database(database), m_policy(policy) {}

    struct Attempt
    {
        qint64 waitSeconds = 0; // > 0: refused without checking the password; try again after this long
        bool locked = false;    // the wait comes from a lock rather than the slowing of repeated failures
    };
    // Counts this attempt as a failure of the user name and the address, in a transaction of its own,
    // unless it must wait first.
    [[nodiscard]] Result<Attempt> reserve(const QString &username, const QString &address);
    // Takes a reserved attempt back (the password was right): the user name's failures are cleared, the
    // address's count loses this attempt. Runs in the caller's transaction.
    [[nodiscard]] Status recordSuccess(const QString &username, const QString &address);

private:
    struct Entry
    {
        qint64 failures = 0;
        QString lastFailureAt;
        QString lockedUntil;
    };
    Result<Entry> entry(const QString &key, bool forUpdate);
    Result<std::pair<Entry, Entry>> entries(const QString &username, const QString &address, bool forUpdate);
    Attempt evaluate(const Entry &user, const Entry &address) const;
    Status bump(const QString &key, const Entry &current, int lockAt);
    qint64 waitFor(const Entry &entry, bool userKey) const;

    ServerDatabase &m_database;
    ThrottlePolicy m_policy;
};

} // namespace lianxin::server
