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
    // Those who record cases attach their scans; those who keep the register attach the evidence of points.
    const Permissions may = permissionsOf(caller.role);
    if (!may.editDisputes && !may.editRegister)
        return Error{QStringLiteral("forbidden"), QStringLiteral("This account's role may not attach files.")};
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
    if (!isHash(sha256))
        return std::optional<QByteArray>();
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    // The content goes to whoever may see a record naming it: a case's attachment (roles that see cases)
    // or a points entry's evidence, each lying where its case or household does.
    QSqlQuery &query = m_database.cached(
        QStringLiteral("SELECT b.content FROM blobs b WHERE b.sha256 = :sha AND EXISTS (SELECT 1 FROM ("
                       "SELECT scope_county, scope_township, scope_village, scope_grid FROM attachments "
                       "WHERE sha256 = :attached AND deleted = 0 AND :cases = 1 UNION ALL "
                       "SELECT scope_county, scope_township, scope_village, scope_grid FROM points_evidence "
                       "WHERE sha256 = :evidence AND deleted = 0) r WHERE ") +
        caller.scope.condition(QStringLiteral("r")) + QStringLiteral(")"));
    query.bindValue(QStringLiteral(":sha"), sha256);
    query.bindValue(QStringLiteral(":attached"), sha256);
    query.bindValue(QStringLiteral(":cases"), permissionsOf(caller.role).seeDisputes ? 1 : 0);
    query.bindValue(QStringLiteral(":evidence"), sha256);
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
