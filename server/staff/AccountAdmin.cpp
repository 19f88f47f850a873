#include "server/staff/AccountAdmin.h"

#include "core/auth/AccountRules.h"
#include "core/auth/PasswordHash.h"
#include "server/auth/Sessions.h"
#include "server/staff/AdminScope.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianxin::server {

namespace {

constexpr int kMaxScopeRegions = 20;

QStringList scopeOf(const StoredRow &row)
{
    QStringList ids;
    for (const QJsonValue &id :
         QJsonDocument::fromJson(row.values.value(QStringLiteral("scope")).toString().toUtf8()).array())
        ids.append(id.toString());
    return ids;
}

QString scopeJson(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

Result<bool> usernameTaken(ServerDatabase &database, const QString &username)
{
    QSqlQuery &query =
        database.cached(QStringLiteral("SELECT 1 FROM accounts WHERE username = :username AND deleted = 0"));
    query.bindValue(QStringLiteral(":username"), username);
    if (Status status = database.exec(query); !status)
        return status.error();
    const bool taken = query.next();
    query.finish();
    return taken;
}

AdminAnswer accountAnswer(int status, const QString &id, const StoredRow &row)
{
    return AdminAnswer::answer(status, {{QStringLiteral("account"), AccountAdmin::toJson(id, row)}});
}

// The answer with the account as written.
Result<AdminAnswer> written(AdminScope &scope, int status, const QString &id)
{
    const auto row = scope.writer().read(tables::accounts(), id);
    if (!row)
        return row.error();
    return accountAnswer(status, id, **row);
}

// Refuses a change of another administrator's own account or of an account above the caller's role.
std::optional<AdminAnswer> refuseTarget(const Caller &caller, const QString &id, const StoredRow &row)
{
    if (id == caller.accountId)
        return AdminAnswer::forbidden(QStringLiteral("Your own account is changed by another administrator; your own "
                                                     "password with POST /api/v1/session/password."),
                                      QStringLiteral("id"));
    if (account_rules::roleRank(row.values.value(QStringLiteral("role")).toString()) >
        account_rules::roleRank(caller.role))
        return AdminAnswer::forbidden(QStringLiteral("The account has a higher role than yours."),
                                      QStringLiteral("role"));
    return std::nullopt;
}

} // namespace

QJsonObject AccountAdmin::toJson(const QString &id, const StoredRow &row)
{
    const QString department = row.values.value(QStringLiteral("department_id")).toString();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), row.values.value(QStringLiteral("username")).toString()},
            {QStringLiteral("display_name"), row.values.value(QStringLiteral("display_name")).toString()},
            {QStringLiteral("role"), row.values.value(QStringLiteral("role")).toString()},
            {QStringLiteral("scope"), QJsonArray::fromStringList(scopeOf(row))},
            {QStringLiteral("disabled"), row.values.value(QStringLiteral("disabled")).toLongLong() == 1},
            {QStringLiteral("must_change_password"),
             row.values.value(QStringLiteral("must_change_password")).toLongLong() == 1},
            {QStringLiteral("department_id"), department.isEmpty() ? QJsonValue() : QJsonValue(department)},
            {QStringLiteral("server_version"), row.version}};
}

Result<std::optional<AdminAnswer>> AccountAdmin::check(AdminScope &scope, const AccountDraft &draft,
                                                       const QString &role, const QStringList &regions,
                                                       const QString &department, QVariantMap *values)
{
    using Refusal = std::optional<AdminAnswer>;
    if (draft.displayName) {
        const QString name = draft.displayName->trimmed();
        if (name.isEmpty() || name.size() > 50)
            return Refusal(
                AdminAnswer::invalid(QStringLiteral("display_name"), QStringLiteral("Must have 1 to 50 characters.")));
        values->insert(QStringLiteral("display_name"), name);
    }
    if (draft.role) {
        if (account_rules::roleRank(role) == 0)
            return Refusal(
                AdminAnswer::invalid(QStringLiteral("role"), QStringLiteral("Unknown role \"%1\".").arg(role)));
        if (!account_rules::mayGrant(m_caller.role, role))
            return Refusal(AdminAnswer::forbidden(QStringLiteral("This role is above yours: you may not give it."),
                                                  QStringLiteral("role")));
        values->insert(QStringLiteral("role"), role);
    }
    QList<RegionPath> paths;
    if (draft.scope) {
        if (regions.isEmpty() || regions.size() > kMaxScopeRegions)
            return Refusal(AdminAnswer::invalid(QStringLiteral("scope"),
                                                QStringLiteral("Name 1 to %1 regions.").arg(kMaxScopeRegions)));
        for (qsizetype i = 0; i < regions.size(); ++i) {
            const auto region = scope.region(regions.at(i));
            if (!region)
                return region.error();
            if (!region->has_value())
                return Refusal(AdminAnswer::invalid(QStringLiteral("scope[%1]").arg(i),
                                                    QStringLiteral("No such region within this account's scope.")));
            paths.append((*region)->path);
        }
        QStringList unique = regions;
        unique.removeDuplicates();
        values->insert(QStringLiteral("scope"), scopeJson(unique));
    } else {
        for (const QString &region : regions) {
            const auto path = scope.paths().pathOf(region);
            if (!path)
                return path.error();
            paths.append(path->value_or(RegionPath{}));
        }
    }
    // A department account works for one department of its township (docs/SERVICE.md).
    if (role == QLatin1String("department")) {
        if (draft.departmentId || draft.role || draft.scope) {
            const auto row = scope.row(tables::departments(), department);
            if (!row)
                return row.error();
            const QString township = commonPath(paths).township;
            if (!row->has_value() || township.isEmpty() || (*row)->path.township != township)
                return Refusal(AdminAnswer::invalid(QStringLiteral("department_id"),
                                                    QStringLiteral("Name a department of the account's township.")));
            values->insert(QStringLiteral("department_id"), department);
        }
    } else if (!draft.departmentId.value_or(QString()).isEmpty()) {
        return Refusal(AdminAnswer::invalid(QStringLiteral("department_id"),
                                            QStringLiteral("Only department staff work for a department.")));
    } else if (!department.isEmpty() || draft.departmentId) {
        values->insert(QStringLiteral("department_id"), QVariant());
    }
    return Refusal();
}

Result<AdminAnswer> AccountAdmin::create(const AccountDraft &draft)
{
    const QString username = draft.username.value_or(QString());
    if (Status status = account_rules::checkUsername(username); !status)
        return AdminAnswer::invalid(status.error().field, status.error().message);
    if (Status status = account_rules::checkPassword(draft.password.value_or(QString())); !status)
        return AdminAnswer::invalid(status.error().field, status.error().message);
    if (!draft.displayName || !draft.role || !draft.scope)
        return AdminAnswer::invalid(!draft.displayName ? QStringLiteral("display_name")
                                    : !draft.role      ? QStringLiteral("role")
                                                       : QStringLiteral("scope"),
                                    QStringLiteral("Required."));
    // Checked without holding the write lock: argon2id takes a while by design.
    const QString verifier = password_hash::make(*draft.password);
    if (verifier.isEmpty())
        return Error{QStringLiteral("password"), QStringLiteral("The password could not be hashed (out of memory?).")};

    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    QVariantMap values;
    const auto refused =
        check(scope, draft, *draft.role, *draft.scope, draft.departmentId.value_or(QString()), &values);
    if (!refused)
        return refused.error();
    if (refused->has_value())
        return **refused;
    const auto taken = usernameTaken(m_database, username);
    if (!taken)
        return taken.error();
    if (*taken)
        return AdminAnswer::refusal(409, QStringLiteral("username_taken"),
                                    QStringLiteral("Another account of the county has this user name."),
                                    QStringLiteral("username"));
    values.insert(QStringLiteral("username"), username);
    values.insert(QStringLiteral("verifier"), verifier);
    values.insert(QStringLiteral("disabled"), qint64(draft.disabled.value_or(false) ? 1 : 0));
    values.insert(QStringLiteral("must_change_password"), qint64(1));
    const QString id = ServerDatabase::newId();
    const auto path = scope.writer().pathFor(tables::accounts(), id, values);
    if (!path)
        return path.error();
    if (auto seq = scope.writer().insert(tables::accounts(), id, values, scope.stamp(), *path); !seq)
        return seq.error();
    auto answer = written(scope, 201, id);
    if (!answer)
        return answer;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

Result<AdminAnswer> AccountAdmin::update(const QString &id, const AccountDraft &draft)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto stored = scope.row(tables::accounts(), id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return AdminAnswer::notFound();
    const StoredRow &current = **stored;
    if (const auto refusal = refuseTarget(m_caller, id, current))
        return *refusal;
    const QString role = draft.role.value_or(current.values.value(QStringLiteral("role")).toString());
    QVariantMap values;
    const auto refused =
        check(scope, draft, role, draft.scope.value_or(scopeOf(current)),
              draft.departmentId.value_or(current.values.value(QStringLiteral("department_id")).toString()), &values);
    if (!refused)
        return refused.error();
    if (refused->has_value())
        return **refused;
    if (draft.disabled)
        values.insert(QStringLiteral("disabled"), qint64(*draft.disabled ? 1 : 0));
    QVariantMap changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (current.values.value(it.key()).toString() != it.value().toString() ||
            current.values.value(it.key()).isNull() != it.value().isNull())
            changed.insert(it.key(), it.value());
    }
    if (!changed.isEmpty()) {
        QVariantMap merged = current.values;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            merged.insert(it.key(), it.value());
        const auto path = scope.writer().pathFor(tables::accounts(), id, merged);
        if (!path)
            return path.error();
        if (auto seq = scope.writer().update(tables::accounts(), current, id, changed, scope.stamp(), *path); !seq)
            return seq.error();
        if (changed.value(QStringLiteral("disabled")).toLongLong() == 1) {
            if (auto revoked = Sessions(m_database).revokeAll(id); !revoked)
                return revoked.error();
        }
    }
    auto answer = written(scope, 200, id);
    if (!answer)
        return answer;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

Result<AdminAnswer> AccountAdmin::resetPassword(const QString &id, const QString &password)
{
    if (Status status = account_rules::checkPassword(password); !status)
        return AdminAnswer::invalid(status.error().field, status.error().message);
    const QString verifier = password_hash::make(password);
    if (verifier.isEmpty())
        return Error{QStringLiteral("password"), QStringLiteral("The password could not be hashed (out of memory?).")};
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto stored = scope.row(tables::accounts(), id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return AdminAnswer::notFound();
    if (const auto refusal = refuseTarget(m_caller, id, **stored))
        return *refusal;
    if (auto seq = scope.writer().update(
            tables::accounts(), **stored, id,
            {{QStringLiteral("verifier"), verifier}, {QStringLiteral("must_change_password"), qint64(1)}},
            scope.stamp(), (*stored)->path);
        !seq)
        return seq.error();
    if (auto revoked = Sessions(m_database).revokeAll(id); !revoked)
        return revoked.error();
    auto answer = written(scope, 200, id);
    if (!answer)
        return answer;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

Result<AdminAnswer> AccountAdmin::setOwnPassword(const QString &newPassword)
{
    const QString verifier = password_hash::make(newPassword);
    if (verifier.isEmpty())
        return Error{QStringLiteral("new_password"),
                     QStringLiteral("The password could not be hashed (out of memory?).")};
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto stored = scope.writer().read(tables::accounts(), m_caller.accountId);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->deleted)
        return AdminAnswer::notFound();
    if (auto seq = scope.writer().update(
            tables::accounts(), **stored, m_caller.accountId,
            {{QStringLiteral("verifier"), verifier}, {QStringLiteral("must_change_password"), qint64(0)}},
            scope.stamp(), (*stored)->path);
        !seq)
        return seq.error();
    // Whoever knew the old password signed in with it is signed out; this device goes on.
    if (Status status = Sessions(m_database).revokeOthers(m_caller.accountId, m_caller.tokenHash); !status)
        return status.error();
    auto answer = written(scope, 200, m_caller.accountId);
    if (!answer)
        return answer;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

} // namespace lianxin::server
