#include "server/sync/BlobService.h"

#include "core/auth/Account.h"
#include "core/files/FileStore.h"
#include "server/storage/ServerDatabase.h"

#include <QRegularExpression>

namespace lianxin::server {

namespace {
bool isHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// True for a content of the blobs row `blob` that a live record names (an attachment, an entry's evidence, a
// visit's photo).
QString namedCondition(const QString &blob)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = %1.sha256 AND a.deleted = 0) OR "
                          "EXISTS (SELECT 1 FROM points_evidence e WHERE e.sha256 = %1.sha256 AND e.deleted = 0) OR "
                          "EXISTS (SELECT 1 FROM visit_photos v WHERE v.sha256 = %1.sha256 AND v.deleted = 0))")
        .arg(blob);
}

// True when a record naming :attached / :evidence / :photo lies where the caller may see it: a case's attachment
// (roles that see cases, :cases = 1), a points entry's evidence or a visit's photo (roles that see the register,
// :register = 1), each lying where its case or household does.
// Constant text and the scope's placeholders only; bindReadable() binds every value.
QString readableCondition(const Caller &caller)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM ("
                          "SELECT scope_county, scope_township, scope_village, scope_grid FROM attachments "
                          "WHERE sha256 = :attached AND deleted = 0 AND :cases = 1 UNION ALL "
                          "SELECT scope_county, scope_township, scope_village, scope_grid FROM points_evidence "
                          "WHERE sha256 = :evidence AND deleted = 0 UNION ALL "
                          "SELECT scope_county, scope_township, scope_village, scope_grid FROM visit_photos "
                          "WHERE sha256 = :photo AND deleted = 0 AND :register = 1) r WHERE ") +
           caller.scope.condition(QStringLiteral("r")) + QStringLiteral(")");
}

void bindReadable(QSqlQuery &query, const Caller &caller, const QString &sha256)
{
    query.bindValue(QStringLiteral(":attached"), sha256);
    query.bindValue(QStringLiteral(":cases"), permissionsOf(caller.role).seeDisputes ? 1 : 0);
    query.bindValue(QStringLiteral(":evidence"), sha256);
    query.bindValue(QStringLiteral(":photo"), sha256);
    query.bindValue(QStringLiteral(":register"), permissionsOf(caller.role).seeRegister ? 1 : 0);
    caller.scope.bind(query);
}

Result<bool> hasRow(ServerDatabase &database, QSqlQuery &query)
{
    if (Status status = database.exec(query); !status)
        return status.error();
    const bool found = query.next();
    query.finish();
    return found;
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
    if (content.isEmpty() || content.size() > FileStore::kMaxBytes)
        return Error{QStringLiteral("content"),
                     QStringLiteral("Must be 1 byte to %1 bytes.").arg(FileStore::kMaxBytes)};
    if (FileStore::hashOf(content) != sha256)
        return Error{QStringLiteral("content"), QStringLiteral("Does not match sha256.")};
    // Under the writers' lock, so that parallel sendings of one account cannot pass the quota together.
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status;
    const auto unnamed = unnamedBytes(caller.accountId, sha256);
    if (!unnamed)
        return unnamed.error();
    if (*unnamed + content.size() > m_policy.unnamedQuotaBytes)
        return Error{QStringLiteral("quota"),
                     QStringLiteral("This account has sent %1 MB of contents that no record names yet, and may keep at "
                                    "most %2 MB: sync the records that name them first (unnamed contents are removed "
                                    "after %3 days).")
                         .arg(double(*unnamed) / (1024 * 1024), 0, 'f', 1)
                         .arg(m_policy.unnamedQuotaBytes / (1024 * 1024))
                         .arg(m_policy.unnamedDays)};
    QSqlQuery &known = m_database.cached(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = :sha"));
    known.bindValue(QStringLiteral(":sha"), sha256);
    const auto have = hasRow(m_database, known);
    if (!have)
        return have.error();
    const QString now = ServerDatabase::now();
    if (!*have) {
        QSqlQuery &insert = m_database.cached(QStringLiteral(
            "INSERT INTO blobs (sha256, size, content, received_at) VALUES (:sha, :size, :content, :received_at)"));
        insert.bindValue(QStringLiteral(":sha"), sha256);
        insert.bindValue(QStringLiteral(":size"), qint64(content.size()));
        insert.bindValue(QStringLiteral(":content"), QString::fromLatin1(content.toBase64()));
        insert.bindValue(QStringLiteral(":received_at"), now);
        if (Status status = m_database.exec(insert); !status)
            return status;
    }
    // Sending the whole content proves the sender holds it, even when the server had it already.
    QSqlQuery &sender = m_database.cached(QStringLiteral(
        "INSERT INTO blob_uploads (sha256, account_id, device_id, uploaded_at) VALUES (:sha, :account, :device, :at) "
        "ON CONFLICT (sha256, account_id, device_id) DO UPDATE SET uploaded_at = excluded.uploaded_at"));
    sender.bindValue(QStringLiteral(":sha"), sha256);
    sender.bindValue(QStringLiteral(":account"), caller.accountId);
    sender.bindValue(QStringLiteral(":device"),
                     caller.deviceId.isEmpty() ? QStringLiteral("") : caller.deviceId); // never NULL
    sender.bindValue(QStringLiteral(":at"), now);
    if (Status status = m_database.exec(sender); !status)
        return status;
    return transaction.commit();
}

Result<std::optional<QByteArray>> BlobService::get(const Caller &caller, const QString &sha256)
{
    if (!isHash(sha256))
        return std::optional<QByteArray>();
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT b.content FROM blobs b WHERE b.sha256 = :sha AND ") +
                                         readableCondition(caller));
    query.bindValue(QStringLiteral(":sha"), sha256);
    bindReadable(query, caller, sha256);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    std::optional<QByteArray> content;
    if (query.next())
        content = QByteArray::fromBase64(query.value(0).toString().toLatin1());
    query.finish();
    return content;
}

Result<bool> BlobService::mayName(const Caller &caller, const QString &sha256)
{
    // The device counts as well as the account: a shared township PC sends every person's contents under
    // the token of whoever syncs, while each person's records go under his or her own.
    QSqlQuery &sent = m_database.cached(QStringLiteral("SELECT 1 FROM blob_uploads WHERE sha256 = :sha AND (account_id "
                                                       "= :account OR (device_id = :device AND device_id <> ''))"));
    sent.bindValue(QStringLiteral(":sha"), sha256);
    sent.bindValue(QStringLiteral(":account"), caller.accountId);
    sent.bindValue(QStringLiteral(":device"), caller.deviceId);
    const auto own = hasRow(m_database, sent);
    if (!own || *own)
        return own;
    return readable(caller, sha256);
}

Result<bool> BlobService::readable(const Caller &caller, const QString &sha256)
{
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT 1 WHERE ") + readableCondition(caller));
    bindReadable(query, caller, sha256);
    return hasRow(m_database, query);
}

Result<qint64> BlobService::unnamedBytes(const QString &accountId, const QString &except)
{
    QSqlQuery &query = m_database.cached(
        QStringLiteral("SELECT coalesce(sum(b.size), 0) FROM blobs b WHERE b.sha256 <> :except AND EXISTS ("
                       "SELECT 1 FROM blob_uploads u WHERE u.sha256 = b.sha256 AND u.account_id = :account) AND NOT ") +
        namedCondition(QStringLiteral("b")));
    query.bindValue(QStringLiteral(":except"), except);
    query.bindValue(QStringLiteral(":account"), accountId);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    const qint64 bytes = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return bytes;
}

Result<int> BlobService::removeUnnamed(ServerDatabase &database, int days)
{
    const QString before = ServerDatabase::timeAfter(-qint64(days) * 24 * 3600);
    QSqlQuery remove = database.prepare(
        QStringLiteral("DELETE FROM blobs WHERE received_at <= :before AND NOT EXISTS ("
                       "SELECT 1 FROM blob_uploads u WHERE u.sha256 = blobs.sha256 AND u.uploaded_at > :sent_before) "
                       "AND NOT ") +
        namedCondition(QStringLiteral("blobs")));
    remove.bindValue(QStringLiteral(":before"), before);
    remove.bindValue(QStringLiteral(":sent_before"), before);
    if (Status status = database.exec(remove); !status)
        return status.error();
    const int removed = remove.numRowsAffected();
    if (Status status = database.exec(QStringLiteral(
            "DELETE FROM blob_uploads WHERE NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = blob_uploads.sha256)"));
        !status)
        return status.error();
    return removed;
}

} // namespace lianxin::server
