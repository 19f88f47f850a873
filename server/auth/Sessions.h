#pragma once

#include "core/common/Result.h"
#include "server/storage/RegionPath.h"

#include <QStringList>

namespace lianxin::server {

class ServerDatabase;

// The signed-in account behind a request.
struct Caller
{
    QString accountId;
    QString username;
    QString displayName;
    QString role;
    AccessScope scope;
    QString tokenHash;
    QString deviceId; // the device the token was issued to, as it named itself at sign-in (may be empty)
    QString departmentId; // role "department": the department whose requests the account handles
    // An administrator set the password: every route but choosing a new one (and signing out) is refused.
    bool mustChangePassword = false;
};

// Why a token was not accepted; the API answers 401 (or 403 for a disabled account) with the reason.
enum class TokenProblem { None, Missing, Unknown, Expired, Revoked, AccountDisabled };

// Bearer tokens: 32 random bytes, handed to the client once, stored only as their SHA-256 hash with an
// expiry; revoked one at a time (sign-out) or all of an account's at once (disable, reset password).
class Sessions
{
public:
    explicit Sessions(ServerDatabase &database) : m_database(database) {}

    struct Issued
    {
        QString token;
        QString expiresAt;
    };
    [[nodiscard]] Result<Issued> issue(const QString &accountId, const QString &deviceId, qint64 lifetimeSeconds);
    // The caller a token belongs to, or the reason it is refused.
    [[nodiscard]] Result<Caller> authenticate(const QString &token, TokenProblem *problem);
    [[nodiscard]] Status revoke(const QString &tokenHash);
    [[nodiscard]] Result<int> revokeAll(const QString &accountId);
    // Every token of the account but the one of `keptTokenHash` (a new password chosen on that device).
    [[nodiscard]] Status revokeOthers(const QString &accountId, const QString &keptTokenHash);

    static QString hashOf(const QString &token);

private:
    ServerDatabase &m_database;
};

} // namespace lianxin::server
