#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"

namespace lianxin {

class Database;

// Offline sign-in against the stored verifiers. Failed attempts are counted per user name on this device:
// after the third, each attempt must wait twice as long as the one before (5 s, 10 s, 20 s … up to five
// minutes), measured on the injected clock. An unknown user name fails like a wrong password, so names
// cannot be probed. A successful sign-in clears the count and sets the store's actor.
class Authenticator
{
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kFirstWaitSeconds = 5;
    static constexpr int kMaxWaitSeconds = 300;

    explicit Authenticator(Database &database);

    [[nodiscard]] Result<Account> signIn(const QString &username, const QString &password);

    // Sign-in in three steps, so that the slow one (checking the password against the argon2id verifier,
    // which needs no database) can run off the UI thread: begin() and finish() on the store's thread,
    // password_hash::verify(challenge.verifier, password) anywhere.
    struct Challenge
    {
        QString username;
        QString verifier; // empty for an unknown user name: verify() then fails like a wrong password
    };
    [[nodiscard]] Result<Challenge> begin(const QString &username) const;
    [[nodiscard]] Result<Account> finish(const Challenge &challenge, bool passwordVerified);
    // Seconds until this user name may try again; 0 when it may try now.
    int waitSeconds(const QString &username) const;

private:
    static int waitAfter(int failures);
    void recordFailure(const QString &username);
    void clearFailures(const QString &username);

    Database &m_database;
};

} // namespace lianxin
