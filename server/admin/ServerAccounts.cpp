#include "server/admin/ServerAccounts.h"

#include "core/auth/AccountRules.h"
#include "core/auth/PasswordHash.h"
#include "core/register/Vocabulary.h"
#include "server/auth/Sessions.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/ChangeWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianxin::server {

namespace {
const QString kAdminDevice = QStringLiteral("county-server");

ChangeStamp adminStamp()
{
    return {QString(), kAdminDevice, ServerDatabase::now()};
}
} // namespace

Status ServerAccounts::checkPassword(const QString &password)
{
    return account_rules::checkPassword(password);
}

Result<QString> ServerAccounts::add(const QString &username, const QString &displayName, const QString &role,
                                    const QStringList &scopeCodes, const QString &password)
{
    if (Status status = account_rules::checkUsername(username); !status)
        return status.error();
    if (displayName.trimmed().isEmpty() || displayName.trimmed().size() > 50)
        return Error{QStringLiteral("name"), QStringLiteral("The name must have 1 to 50 characters.")};
    if (!vocabulary::contains(vocabulary::memberRoles(), role)) {
        QStringList roles;
        for (const auto &entry : vocabulary::memberRoles())
            roles.append(QString::fromLatin1(entry.code));
        return Error{QStringLiteral("role"),
                     QStringLiteral("Unknown role \"%1\"; use one of %2.").arg(role, roles.join(QStringLiteral(", ")))};
    }
    if (scopeCodes.isEmpty())
        return Error{QStringLiteral("scope"), QStringLiteral("Name at least one region code the account may see.")};
    if (Status status = checkPassword(password); !status)
        return status.error();
    const QString verifier = password_hash::make(password);
    if (verifier.isEmpty())
        return Error{QStringLiteral("password"), QStringLiteral("The password could not be hashed (out of memory?).")};

    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    const auto scope = scopeIds(scopeCodes);
    if (!scope)
        return scope.error();
    const auto existing = idOf(username);
    if (existing)
        return Error{QStringLiteral("username"), QStringLiteral("An account named %1 exists already.").arg(username)};

    RegionPaths paths(m_database);
    ChangeWriter writer(m_database, paths);
    const QString id = ServerDatabase::newId();
    const QVariantMap values{{QStringLiteral("username"), username},
                             {QStringLiteral("display_name"), displayName.trimmed()},
                             {QStringLiteral("role"), role},
                             {QStringLiteral("scope"), *scope},
                             {QStringLiteral("verifier"), verifier},
                             {QStringLiteral("disabled"), qint64(0)}};
    const auto path = writer.pathFor(tables::accounts(), id, values);
    if (!path)
        return path.error();
    if (auto written = writer.insert(tables::accounts(), id, values, adminStamp(), *path); !written)
        return written.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<QString> ServerAccounts::idOf(const QString &username)
{
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT id FROM accounts WHERE username = :username AND deleted = 0"));
    query.bindValue(QStringLiteral(":username"), username);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("username"), QStringLiteral("No account is named %1.").arg(username)};
    const QString id = query.value(0).toString();
    query.finish();
    return id;
}

Status ServerAccounts::writeFields(const QString &username, const QVariantMap &fields)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status;
    const auto id = idOf(username);
    if (!id)
        return id.error();
    RegionPaths paths(m_database);
    ChangeWriter writer(m_database, paths);
    const auto row = writer.read(tables::accounts(), *id);
    if (!row)
        return row.error();
    QVariantMap merged = (*row)->values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        merged.insert(it.key(), it.value());
    const auto path = writer.pathFor(tables::accounts(), *id, merged);
    if (!path)
        return path.error();
    if (auto written = writer.update(tables::accounts(), **row, *id, fields, adminStamp(), *path); !written)
        return written.error();
    if (fields.contains(QStringLiteral("verifier")) || fields.value(QStringLiteral("disabled")).toLongLong() == 1) {
        if (auto revoked = Sessions(m_database).revokeAll(*id); !revoked)
            return revoked.error();
    }
    return transaction.commit();
}

Status ServerAccounts::setScope(const QString &username, const QStringList &scopeCodes)
{
    if (scopeCodes.isEmpty())
        return Error{QStringLiteral("scope"), QStringLiteral("Name at least one region code the account may see.")};
    const auto scope = scopeIds(scopeCodes);
    if (!scope)
        return scope.error();
    return writeFields(username, {{QStringLiteral("scope"), *scope}});
}

Status ServerAccounts::setDepartment(const QString &username, const QString &departmentName)
{
    const auto id = idOf(username);
    if (!id)
        return id.error();
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "SELECT d.id FROM departments d JOIN accounts a ON a.id = :account WHERE d.name = :name AND d.deleted = 0 "
        "AND a.scope LIKE '%' || d.scope_township || '%'"));
    query.bindValue(QStringLiteral(":account"), *id);
    query.bindValue(QStringLiteral(":name"), departmentName.trimmed());
    if (Status status = m_database.exec(query); !status)
        return status;
    const QString department = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (department.isEmpty())
        return Error{QStringLiteral("department"),
                     QStringLiteral("No department named %1 in the account's township.").arg(departmentName.trimmed())};
    return writeFields(username, {{QStringLiteral("department_id"), department}});
}

Result<QString> ServerAccounts::scopeIds(const QStringList &scopeCodes)
{
    QJsonArray scope;
    for (const QString &code : scopeCodes) {
        const auto id = regionIdByCode(m_database, code);
        if (!id)
            return id.error();
        if (id->isEmpty())
            return Error{QStringLiteral("scope"), QStringLiteral("No region has the code %1.").arg(code)};
        scope.append(*id);
    }
    return QString::fromUtf8(QJsonDocument(scope).toJson(QJsonDocument::Compact));
}

Status ServerAccounts::setDisabled(const QString &username, bool disabled)
{
    return writeFields(username, {{QStringLiteral("disabled"), qint64(disabled ? 1 : 0)}});
}

Status ServerAccounts::resetPassword(const QString &username, const QString &password)
{
    if (Status status = checkPassword(password); !status)
        return status;
    const QString verifier = password_hash::make(password);
    if (verifier.isEmpty())
        return Error{QStringLiteral("password"), QStringLiteral("The password could not be hashed (out of memory?).")};
    return writeFields(username, {{QStringLiteral("verifier"), verifier}});
}

Result<int> ServerAccounts::revokeSessions(const QString &username)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    const auto id = idOf(username);
    if (!id)
        return id.error();
    const auto revoked = Sessions(m_database).revokeAll(*id);
    if (!revoked)
        return revoked.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *revoked;
}

Result<QList<AccountListing>> ServerAccounts::list()
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, username, display_name, role, scope, disabled FROM accounts WHERE deleted = 0 ORDER BY username"));
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QList<AccountListing> accounts;
    while (query.next()) {
        AccountListing account{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), {}, query.value(5).toLongLong() != 0};
        for (const QJsonValue &regionId : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array()) {
            QSqlQuery &code = m_database.cached(QStringLiteral("SELECT code FROM regions WHERE id = :id"));
            code.bindValue(QStringLiteral(":id"), regionId.toString());
            if (Status status = m_database.exec(code); !status)
                return status.error();
            account.scopeCodes.append(code.next() ? code.value(0).toString() : regionId.toString());
            code.finish();
        }
        accounts.append(account);
    }
    return accounts;
}

Result<std::optional<ServerAccounts::Credentials>> ServerAccounts::credentials(const QString &username)
{
    QSqlQuery &query = m_database.cached(
        QStringLiteral("SELECT id, verifier, disabled FROM accounts WHERE username = :username AND deleted = 0"));
    query.bindValue(QStringLiteral(":username"), username);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    std::optional<Credentials> found;
    if (query.next())
        found = Credentials{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong() != 0};
    query.finish();
    return found;
}

} // namespace lianxin::server
