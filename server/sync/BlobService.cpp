#include "server/sync/BlobService.h"

#include "core/auth/Account.h"
#include "core/mediation/Attachments.h"
#include "server/storage/ServerDatabase.h"

#include <QRegularExpression>

namespace lianxin::server {

namespace {
bool isHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}
} // namespace

Status BlobService::put(const Caller &caller, const QString &sha256, const QByteArray &content)
{
    if (!permissionsOf(caller.role).editDisputes)
        return Error{QStringLiteral("forbidden"), QStringLiteral("This account's role may not record dispute cases.")};
    if (!isHash(sha256))
        return Error{QStringLiteral("sha256"), QStringLiteral("Must be 64 lower-case hexadecimal digits.")};
    if (content.isEmpty() || content.size() > Attachments::kMaxBytes)
        return Error{QStringLiteral("content"), QStringLiteral("Must be 1 byte to %1 bytes.").arg(Attachments::kMaxBytes)};
    if (Attachments::hashOf(content) != sha256)
        return Error{QStringLiteral("content"), QStringLiteral("Does not match sha256.")};
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status;
    QSqlQuery &known = m_database.cached(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = :sha"));
    known.bindValue(QStringLiteral(":sha"), sha256);
    if (Status status = m_database.exec(known); !status)
        return status;
    const bool have = known.next();
    known.finish();
    if (!have) {
        QSqlQuery &insert = m_database.cached(QStringLiteral(
            "INSERT INTO blobs (sha256, size, content, received_at) VALUES (:sha, :size, :content, :received_at)"));
        insert.bindValue(QStringLiteral(":sha"), sha256);
        insert.bindValue(QStringLiteral(":size"), qint64(content.size()));
        insert.bindValue(QStringLiteral(":content"), QString::fromLatin1(content.toBase64()));
        insert.bindValue(QStringLiteral(":received_at"), ServerDatabase::now());
        if (Status status = m_database.exec(insert); !status)
            return status;
    }
    return transaction.commit();
}

Result<std::optional<QByteArray>> BlobService::get(const Caller &caller, const QString &sha256)
{
    if (!permissionsOf(caller.role).seeDisputes || !isHash(sha256))
        return std::optional<QByteArray>();
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    // Scope columns of the attachment record: it lies where its case does.
    QSqlQuery &query = m_database.cached(
        QStringLiteral("SELECT b.content FROM blobs b WHERE b.sha256 = :sha AND EXISTS (SELECT 1 FROM attachments a "
                       "WHERE a.sha256 = :attached AND a.deleted = 0 AND ") +
        caller.scope.condition(QStringLiteral("a")) + QStringLiteral(")"));
    query.bindValue(QStringLiteral(":sha"), sha256);
    query.bindValue(QStringLiteral(":attached"), sha256);
    caller.scope.bind(query);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    std::optional<QByteArray> content;
    if (query.next())
        content = QByteArray::fromBase64(query.value(0).toString().toLatin1());
    query.finish();
    return content;
}

} // namespace lianxin::server
