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
struct SyncedTable;

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

// Scans and photos attached to a case. The content is stored once per SHA-256, however many cases (or
// devices) attach the same file, and at most kMaxBytes.
class Attachments
{
public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

    explicit Attachments(Database &database);

    // Attaches a file's content; errors name "file" (unreadable, empty, too large) or "dispute_id".
    [[nodiscard]] Result<QString> add(const QString &disputeId, const QString &fileName, const QByteArray &content,
                                      const QString &caption = {});
    [[nodiscard]] Result<QString> addFile(const QString &disputeId, const QString &path, const QString &caption = {});
    QList<Attachment> list(const QString &disputeId) const;
    // Keeps a file's content made on this device (to be sent to the server) once per hash; returns the hash,
    // or an Error naming "file" when it is empty or too large. Attachments of cases and evidence of points
    // entries share the store.
    [[nodiscard]] Result<QString> storeContent(const QString &fileName, const QByteArray &content);
    // Stores the content and writes the record that names it (its hash, file name, type and size added to
    // `values`) in `table`, together or not at all.
    [[nodiscard]] Result<QString> addRecord(const SyncedTable &table, QVariantMap values, const QString &fileName,
                                            const QByteArray &content);
    // A file's content, checked for size before it is read whole.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);
    std::optional<QByteArray> content(const QString &sha256) const;

    // Stores content that arrived from the server after checking it is what its hash says.
    [[nodiscard]] Status storeFetched(const QString &sha256, const QByteArray &content);
    // Contents made here that the server has not acknowledged yet, and hashes attached here or pulled
    // whose content this device lacks.
    QStringList unsentHashes() const;
    QStringList missingHashes() const;
    [[nodiscard]] Status markUploaded(const QString &sha256);
    // The server refused the record `id` of `table` because it lacks the content it names, or holds it
    // only for others (docs/SYNC.md section 12): the content is sent again at the next sync.
    [[nodiscard]] Status markUnsent(const SyncedTable &table, const QString &id);

    static QString hashOf(const QByteArray &content);

private:
    [[nodiscard]] Status storeBlob(const QString &sha256, const QByteArray &content, bool uploaded);

    Database &m_database;
};

} // namespace lianxin
