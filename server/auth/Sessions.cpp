#include "server/auth/Sessions.h"

#include "server/storage/ServerDatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace lianxin::server {

QString Sessions::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<Sessions::Issued> Sessions::issue(const QString &accountId, const QString &deviceId, qint64 lifetimeSeconds)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString token = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString expiresAt = ServerDatabase::timeAfter(lifetimeSeconds);
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "INSERT INTO sessions (token_hash, account_id, device_id, created_at, expires_at) "
        "VALUES (:hash, :account, :device, :created, :expires)"));
    query.bindValue(QStringLiteral(":hash"), hashOf(token));
    query.bindValue(QStringLiteral(":account"), accountId);
    query.bindValue(QStringLiteral(":device"), deviceId);
    query.bindValue(QStringLiteral(":created"), ServerDatabase::now());
    query.bindValue(QStringLiteral(":expires"), expiresAt);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    return Issued{token, expiresAt};
}

Result<Caller> Sessions::authenticate(const QString &token, TokenProblem *problem)
{
    *problem = TokenProblem::None;
    if (token.isEmpty()) {
        *problem = TokenProblem::Missing;
        return Error{QStringLiteral("Authorization"), QStringLiteral("Sign in first: the request has no bearer token.")};
    }
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "SELECT s.expires_at, s.revoked_at, a.id, a.username, a.display_name, a.role, a.scope, a.disabled, a.deleted, "
        "s.device_id, a.department_id, a.must_change_password "
        "FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = :hash"));
    const QString hash = hashOf(token);
    query.bindValue(QStringLiteral(":hash"), hash);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (!query.next()) {
        *problem = TokenProblem::Unknown;
        return Error{QStringLiteral("Authorization"), QStringLiteral("The token is not known: sign in again.")};
    }
    const QString expiresAt = query.value(0).toString();
    const bool revoked = !query.value(1).isNull();
    Caller caller{query.value(2).toString(),
                  query.value(3).toString(),
                  query.value(4).toString(),
                  query.value(5).toString(),
                  AccessScope(),
                  hash,
                  query.value(9).toString(),
                  query.value(10).toString()};
    QStringList scope;
    for (const QJsonValue &id : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
        scope.append(id.toString());
    caller.scope = AccessScope(scope);
    caller.mustChangePassword = query.value(11).toLongLong() == 1;
    const bool disabled = query.value(7).toLongLong() != 0 || query.value(8).toLongLong() != 0;
    query.finish();
    if (revoked) {
        *problem = TokenProblem::Revoked;
        return Error{QStringLiteral("Authorization"), QStringLiteral("The token was revoked: sign in again.")};
    }
    if (expiresAt <= ServerDatabase::now()) {
        *problem = TokenProblem::Expired;
        return Error{QStringLiteral("Authorization"), QStringLiteral("The token has expired: sign in again.")};
    }
    if (disabled) {
        *problem = TokenProblem::AccountDisabled;
        return Error{QStringLiteral("Authorization"), QStringLiteral("The account has been disabled.")};
    }
    return caller;
}

Status Sessions::revoke(const QString &tokenHash)
{
    QSqlQuery &query = m_database.cached(
        QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL"));
    query.bindValue(QStringLiteral(":now"), ServerDatabase::now());
    query.bindValue(QStringLiteral(":hash"), tokenHash);
    return m_database.exec(query);
}

Result<int> Sessions::revokeAll(const QString &accountId)
{
    QSqlQuery &query = m_database.cached(
        QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL"));
    query.bindValue(QStringLiteral(":now"), ServerDatabase::now());
    query.bindValue(QStringLiteral(":account"), accountId);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    return query.numRowsAffected();
}

Status Sessions::revokeOthers(const QString &accountId, const QString &keptTokenHash)
{
    QSqlQuery &query = m_database.cached(QStringLiteral("UPDATE sessions SET revoked_at = :now WHERE account_id = "
                                                        ":account AND token_hash <> :kept AND revoked_at IS NULL"));
    query.bindValue(QStringLiteral(":now"), ServerDatabase::now());
    query.bindValue(QStringLiteral(":account"), accountId);
    query.bindValue(QStringLiteral(":kept"), keptTokenHash);
    return m_database.exec(query);
}

} // namespace lianxin::server
