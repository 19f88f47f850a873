#pragma once

#include "core/common/Result.h"
#include "core/storage/RecordInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace lianxin {

class Database;

struct Attachment
{
    QString id;
    QString disputeId;
    QString sha256;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString caption;
    bool haveContent = false; // false until a sync has fetched it from the county server
    RecordInfo info;
};

// Scans and photos attached to a case; their contents live in the device's FileStore, once per hash.
class Attachments
{
public:
    explicit Attachments(Database &database);

    // Attaches a file's content; errors name "file" (unreadable, empty, too large) or "dispute_id".
    [[nodiscard]] Result<QString> add(const QString &disputeId, const QString &fileName, const QByteArray &content,
                                      const QString &caption = {});
    [[nodiscard]] Result<QString> addFile(const QString &disputeId, const QString &path, const QString &caption = {});
    QList<Attachment> list(const QString &disputeId) const;

private:
    Database &m_database;
};

} // namespace lianxin
