#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace lianxin {

class Database;

struct EvidenceFile
{
    QString id;
    QString entryId;
    QString sha256;
    QString fileName;
    qint64 size = 0;
    bool present = false; // the content is on this device (else it arrives at the next sync)
};

// Files that show an entry's deed (a photo, a certificate): append-only records naming content kept once per
// hash in the store that case attachments use, moved between devices by the server's blob endpoint.
class PointsEvidence
{
public:
    explicit PointsEvidence(Database &database);

    // Errors name "file" (unreadable, empty, over 5 MB) or "entry_id".
    [[nodiscard]] Result<QString> add(const QString &entryId, const QString &fileName, const QByteArray &content);
    [[nodiscard]] Result<QString> addFile(const QString &entryId, const QString &path);
    QList<EvidenceFile> list(const QString &entryId) const;

private:
    Database &m_database;
};

} // namespace lianxin
