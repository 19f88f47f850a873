#pragma once

#include "core/common/Result.h"

#include <QStringList>

#include <optional>

namespace lianxin::server {

class ServerDatabase;

struct AccountListing
{
    QString id;
    QString username;
    QString displayName;
    QString role;
    QStringList scopeCodes;
    bool disabled = false;
};

// The county's accounts, as the administrator manages them (`lianxin-server admin …`). Accounts are rows
// of the synced accounts table: devices in an account's scope pull them (with the argon2id verifier) so
// that the person can sign in offline. Every change is one write transaction.
class ServerAccounts
{
public:
    explicit ServerAccounts(ServerDatabase &database) : m_database(database) {}

    // scopeCodes: the codes of the regions (county, township, village or grid) the account may see.
    [[nodiscard]] Result<QString> add(const QString &username, const QString &displayName, const QString &role,
                                      const QStringList &scopeCodes, const QString &password);
    // A new scope: the account's devices notice it at their next sync and re-read their scope.
    [[nodiscard]] Status setScope(const QString &username, const QStringList &scopeCodes);
    // A department account's department, by name among the departments of the account's scope.
    [[nodiscard]] Status setDepartment(const QString &username, const QString &departmentName);
    // Disabling also revokes every token of the account.
    [[nodiscard]] Status setDisabled(const QString &username, bool disabled);
    // Revokes every token: the person signs in again with the new password.
    [[nodiscard]] Status resetPassword(const QString &username, const QString &password);
    [[nodiscard]] Result<int> revokeSessions(const QString &username);
    [[nodiscard]] Result<QList<AccountListing>> list();

    struct Credentials
    {
        QString id;
        QString verifier;
        bool disabled = false;
    };
    [[nodiscard]] Result<std::optional<Credentials>> credentials(const QString &username);

    static Status checkPassword(const QString &password);

private:
    Result<QString> idOf(const QString &username);
    // The region ids of region codes, as the JSON array an account's scope is stored as.
    Result<QString> scopeIds(const QStringList &scopeCodes);
    Status writeFields(const QString &username, const QVariantMap &fields);

    ServerDatabase &m_database;
};

} // namespace lianxin::server
