#include "core/points/PointsEvidence.h"

#include "core/files/FileStore.h"
#include "core/storage/Database.h"
#include "core/storage/SyncedTable.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PointsEvidence)
};
} // namespace

PointsEvidence::PointsEvidence(Database &database) : m_database(database) {}

Result<QString> PointsEvidence::add(const QString &entryId, const QString &fileName, const QByteArray &content)
{
    QSqlQuery entry = m_database.prepare(QStringLiteral("SELECT 1 FROM points_entries WHERE id = ? AND deleted = 0"));
    entry.addBindValue(entryId);
    if (!m_database.exec(entry) || !entry.next())
        return Error{QStringLiteral("entry_id"), Tr::tr("The entry no longer exists.")};
    return FileStore(m_database)
        .addRecord(tables::pointsEvidence(), {{QStringLiteral("entry_id"), entryId}}, fileName, content);
}

Result<QString> PointsEvidence::addFile(const QString &entryId, const QString &path)
{
    const auto content = FileStore::readFile(path);
    if (!content)
        return content.error();
    return add(entryId, path, *content);
}

QList<EvidenceFile> PointsEvidence::list(const QString &entryId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT e.id, e.sha256, e.file_name, e.size, EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = e.sha256) "
        "FROM points_evidence e WHERE e.entry_id = ? AND e.deleted = 0 ORDER BY e.created_at, e.id"));
    query.addBindValue(entryId);
    QList<EvidenceFile> files;
    if (!m_database.exec(query))
        return files;
    while (query.next())
        files.append({query.value(0).toString(), entryId, query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toLongLong(), query.value(4).toBool()});
    return files;
}

} // namespace lianxin
