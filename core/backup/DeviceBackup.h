#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace lianxin {

// A whole workspace in one file that only its passphrase opens: the store, copied
// consistently while it may be in use (attachments live in it), and the files named beside it (the
// settings). The key comes from the passphrase through argon2id; the contents are an XChaCha20-Poly1305
// secret stream, so that a wrong passphrase, a damaged byte or a cut-off file is found before anything
// is replaced.
namespace device_backup {

constexpr int kMinPassphrase = 8;

struct Entry
{
    QString name; // in the backup: "lianxin.db", "settings.ini"
    QString path; // on this device
};

struct Summary
{
    qint64 bytes = 0; // of the backup file
    QStringList names;
};

// (bytes done, bytes in all) of the current stage; the store's copy counts as its first part.
using Progress = std::function<void(qint64 done, qint64 total)>;

// Who can open a backup: the public half of a key pair the passphrase gives (argon2id, then X25519), with
// the salt and limits to derive it again. Slow by design (a few tenths of a second); a device may keep it
// for its automatic backups, as it opens nothing. An Error names "passphrase" when it is too short.
[[nodiscard]] Result<QByteArray> recipientFor(const QString &passphrase);

// Writes `target` (through a temporary file, renamed at the end) from the store at `storePath` and the
// `extra` files that exist, for `recipient`. Errors name "passphrase" or "file"; a cancelled run leaves no file.
[[nodiscard]] Result<Summary> write(const QString &storePath, const QList<Entry> &extra, const QString &target,
                                    const QByteArray &recipient, const Progress &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

// Opens `file` with `passphrase` and writes its files into `folder` (which must not exist yet), the store
// checked by SQLite. Errors name "passphrase" (wrong, or the file's start damaged) or "file" (damaged or
// cut off, not a backup); on an error `folder` is removed again.
[[nodiscard]] Result<QStringList> unpack(const QString &file, const QString &passphrase, const QString &folder);

// The name of the automatic backup of `day` (China time) in its folder, and the removal of the oldest
// automatic ones beyond `keep` (files of other names, a backup made by hand, are left alone).
QString automaticName(const QDate &day);
void pruneAutomatic(const QString &folder, int keep);

struct Restored
{
    QString keptIn;    // where the store it replaced was moved; empty when there was none
    QStringList extra; // the other files of the backup, unpacked into `extraFolder`
    QString extraFolder;
};

// Restores the workspace in `dataDir` from `file`: unpacks and checks it beside the workspace first, then
// moves the current store into before-restore-<time>/ and the restored store in. Nothing is replaced when
// the passphrase is wrong or the backup damaged. The store must not be open.
[[nodiscard]] Result<Restored> restore(const QString &file, const QString &passphrase, const QString &dataDir);

} // namespace device_backup
} // namespace lianxin
