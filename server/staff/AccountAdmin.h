#pragma once

#include "core/common/Result.h"
#include "server/staff/AdminAnswer.h"

#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace lianxin::server {

class AdminScope;
class ServerDatabase;
struct Caller;
struct StoredRow;

// The fields of an account a request names; absent ones stay as they are (a new account needs all but
// department_id and disabled).
struct AccountDraft
{
    std::optional<QString> username;
    std::optional<QString> displayName;
    std::optional<QString> role;
    std::optional<QStringList> scope; // region ids
    std::optional<QString> password;
    std::optional<bool> disabled;
    std::optional<QString> departmentId; // empty: none
};

// The accounts of an administrator's scope, changed online (docs/API.md, "Staff and accounts"): made with
// a first password the person must change at the next sign-in, changed (name, role, scope, department,
// disabled), a password reset. Only roles at or below the caller's (core/auth/AccountRules) and scopes
// within the caller's; an account outside the scope is answered as one that does not exist. Each change
// is one write transaction through the server's ChangeWriter, so that devices pull it as any change.
class AccountAdmin
{
public:
    AccountAdmin(ServerDatabase &database, const Caller &caller) : m_database(database), m_caller(caller) {}

    [[nodiscard]] Result<AdminAnswer> create(const AccountDraft &draft);
    [[nodiscard]] Result<AdminAnswer> update(const QString &id, const AccountDraft &draft);
    // A new first password: the person changes it at the next sign-in; every session ends.
    [[nodiscard]] Result<AdminAnswer> resetPassword(const QString &id, const QString &password);
    // The caller's own new password (the current one already checked): the flag to change it is cleared and
    // every other session of the account ends.
    [[nodiscard]] Result<AdminAnswer> setOwnPassword(const QString &newPassword);

    // An account as the API answers it (no verifier).
    static QJsonObject toJson(const QString &id, const StoredRow &row);

private:
    // Checks what a draft changes against the caller's role and scope, given the account's role, scope and
    // department after the change; fills `values` with the fields to write, or answers the refusal.
    Result<std::optional<AdminAnswer>> check(AdminScope &scope, const AccountDraft &draft, const QString &role,
                                             const QStringList &regions, const QString &department,
                                             QVariantMap *values);

    ServerDatabase &m_database;
    const Caller &m_caller;
};

} // namespace lianxin::server
