#include "core/mediation/Attachments.h"

#include "core/files/FileStore.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
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
    Q_DECLARE_TR_FUNCTIONS(Attachments)
};
} // namespace

Attachments::Attachments(Database &database) : m_database(database) {}

Result<QString> Attachments::add(const QString &disputeId, const QString &fileName, const QByteArray &content,
                                 const QString &caption)
{
    QSqlQuery dispute = m_database.prepare(QStringLiteral("SELECT 1 FROM disputes WHERE id = ? AND deleted = 0"));
    dispute.addBindValue(disputeId);
    if (!m_database.exec(dispute) || !dispute.next())
        return Error{QStringLiteral("dispute_id"), Tr::tr("The case no longer exists.")};
    return FileStore(m_database)
        .addRecord(tables::attachments(),
                   {{QStringLiteral("dispute_id"), disputeId}, {QStringLiteral("caption"), caption}}, fileName,
                   content);
}

Result<QString> Attachments::addFile(const QString &disputeId, const QString &path, const QString &caption)
{
    const auto content = FileStore::readFile(path);
    if (!content)
        return content.error();
    return add(disputeId, path, *content, caption);
}

QList<Attachment> Attachments::list(const QString &disputeId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT a.id, a.sha256, a.file_name, a.mime_type, a.size, a.caption, b.sha256 IS NOT NULL, %1 "
                       "FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 "
                       "WHERE a.dispute_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id")
            .arg(recordInfoColumns(QStringLiteral("a"))));
    query.addBindValue(disputeId);
    QList<Attachment> list;
    if (!m_database.exec(query))
        return list;
    while (query.next())
        list.append({query.value(0).toString(), disputeId, query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                     query.value(6).toBool(), readRecordInfo(query, 7)});
    return list;
}

} // namespace lianxin
