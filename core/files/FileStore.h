#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace lianxin {

class Database;
struct SyncedTable;

// The device's store of files by their SHA-256 (the local table `blobs`): scans and photos of cases, the
// evidence of points entries, the photos and signed slips of visits. A content is kept once however many
// records (or devices) name it, and at most kMaxBytes; the records travel by sync, the contents by hash
// (docs/SYNC.md section 12).
class FileStore
{
public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

    explicit FileStore(Database &database);

    // Keeps a file's content made on this device (to be sent to the server) once per hash; returns the hash,
    // or an Error naming "file" when it is empty or too large.
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
