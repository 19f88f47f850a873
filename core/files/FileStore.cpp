#include "core/files/FileStore.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileStore)
};
} // namespace

FileStore::FileStore(Database &database) : m_database(database) {}

QString FileStore::hashOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Status FileStore::storeBlob(const QString &sha256, const QByteArray &content, bool uploaded)
{
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, content, uploaded) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(sha256);
    insert.addBindValue(content.size());
    insert.addBindValue(content);
    insert.addBindValue(uploaded ? 1 : 0);
    return m_database.exec(insert);
}

Result<QString> FileStore::storeContent(const QString &fileName, const QByteArray &content)
{
    if (content.isEmpty())
        return Error{QStringLiteral("file"), Tr::tr("The file %1 is empty.").arg(fileName)};
    if (content.size() > kMaxBytes)
        return Error{QStringLiteral("file"), Tr::tr("The file %1 is larger than %2 MB; scan it at a lower resolution.")
                                                 .arg(fileName)
                                                 .arg(kMaxBytes / (1024 * 1024))};
    const QString sha256 = hashOf(content);
    if (Status status = storeBlob(sha256, content, false); !status)
        return status.error();
    return sha256;
}

Result<QByteArray> FileStore::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file"), Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxBytes)
        return Error{QStringLiteral("file"), Tr::tr("The file %1 is larger than %2 MB; scan it at a lower resolution.")
                                                 .arg(QFileInfo(path).fileName())
                                                 .arg(kMaxBytes / (1024 * 1024))};
    return file.readAll();
}

Result<QString> FileStore::addRecord(const SyncedTable &table, QVariantMap values, const QString &fileName,
                                     const QByteArray &content)
{
    const QString name = QFileInfo(fileName).fileName().left(200);
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const auto sha256 = storeContent(name, content);
    if (!sha256)
        return sha256.error();
    values.insert(QStringLiteral("sha256"), *sha256);
    values.insert(QStringLiteral("file_name"), name);
    values.insert(QStringLiteral("mime_type"), QMimeDatabase().mimeTypeForFileNameAndData(name, content).name());
    values.insert(QStringLiteral("size"), content.size());
    const auto id = RecordWriter(m_database).insert(table, values);
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *id;
}

std::optional<QByteArray> FileStore::content(const QString &sha256) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT content FROM blobs WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

Status FileStore::storeFetched(const QString &sha256, const QByteArray &content)
{
    if (hashOf(content) != sha256)
        return Error{QStringLiteral("sha256"),
                     Tr::tr("An attachment arrived damaged; it is fetched again at the next sync.")};
    return storeBlob(sha256, content, true);
}

QStringList FileStore::unsentHashes() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT sha256 FROM blobs WHERE uploaded = 0 ORDER BY sha256"));
    QStringList hashes;
    if (m_database.exec(query)) {
        while (query.next())
            hashes.append(query.value(0).toString());
    }
    return hashes;
}

QStringList FileStore::missingHashes() const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT sha256 FROM (SELECT a.sha256 FROM attachments a WHERE a.deleted = 0 "
                       "UNION SELECT e.sha256 FROM points_evidence e WHERE e.deleted = 0 "
                       "UNION SELECT v.sha256 FROM visit_photos v WHERE v.deleted = 0) r "
                       "WHERE NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = r.sha256) ORDER BY sha256"));
    QStringList hashes;
    if (m_database.exec(query)) {
        while (query.next())
            hashes.append(query.value(0).toString());
    }
    return hashes;
}

Status FileStore::markUploaded(const QString &sha256)
{
    QSqlQuery query = m_database.prepare(QStringLiteral("UPDATE blobs SET uploaded = 1 WHERE sha256 = ?"));
    query.addBindValue(sha256);
    return m_database.exec(query);
}

Status FileStore::markUnsent(const SyncedTable &table, const QString &id)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE blobs SET uploaded = 0 WHERE sha256 = (SELECT sha256 FROM %1 WHERE id = ?)")
            .arg(table.name));
    query.addBindValue(id);
    return m_database.exec(query);
}

} // namespace lianxin
