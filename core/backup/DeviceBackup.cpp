#include "core/backup/DeviceBackup.h"

#include "core/common/ChinaTime.h"
#include "core/common/Clock.h"
#include "core/storage/DataDir.h"
#include "core/storage/StoreCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <array>
#include <optional>

namespace lianxin::device_backup {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeviceBackup)
};

// The file: magic, format version, the recipient (argon2id limits and salt, the public key) and the file's
// own key sealed to that public key, the secret stream's header; then records of a 4-byte big-endian length
// and that many bytes of ciphertext. The first record is the manifest (with the file's head as additional
// data), the others the files' bytes in order, the last tagged FINAL. The passphrase gives the key pair
// (argon2id → seed → X25519), so that a device keeps only the public key for its automatic backups.
constexpr char kMagic[8] = {'L', 'X', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr quint8 kVersion = 1;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kRecipientBytes = 8 + 8 + crypto_pwhash_SALTBYTES + crypto_box_PUBLICKEYBYTES;
constexpr qsizetype kSealedKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_box_SEALBYTES;
constexpr qsizetype kHeadBytes =
    sizeof kMagic + 1 + kRecipientBytes + kSealedKeyBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr quint32 kMaxRecord = 1024 * 1024 + crypto_secretstream_xchacha20poly1305_ABYTES;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

Error fileError(const QString &message)
{
    return Error{QStringLiteral("file"), message};
}

struct KeyPair
{
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> publicKey;
    std::array<unsigned char, crypto_box_SECRETKEYBYTES> secretKey;
    ~KeyPair() { sodium_memzero(secretKey.data(), secretKey.size()); }
};

bool deriveKeyPair(KeyPair &pair, const QString &passphrase, const unsigned char *salt, quint64 opslimit,
                   quint64 memlimit)
{
    const QByteArray utf8 = passphrase.toUtf8();
    std::array<unsigned char, crypto_box_SEEDBYTES> seed;
    if (crypto_pwhash(seed.data(), seed.size(), utf8.constData(), quint64(utf8.size()), salt, opslimit,
                      size_t(memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    crypto_box_seed_keypair(pair.publicKey.data(), pair.secretKey.data(), seed.data());
    sodium_memzero(seed.data(), seed.size());
    return true;
}

class Writer
{
public:
    explicit Writer(QIODevice &out) : m_out(out) {}
    crypto_secretstream_xchacha20poly1305_state state;

    bool record(const QByteArray &plain, unsigned char tag, const QByteArray &additional = {})
    {
        QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), &length,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(additional.constData()), quint64(additional.size()), tag);
        const quint32 size = qToBigEndian(quint32(length));
        return m_out.write(reinterpret_cast<const char *>(&size), 4) == 4 &&
               m_out.write(cipher.constData(), qint64(length)) == qint64(length);
    }

private:
    QIODevice &m_out;
};

class Reader
{
public:
    explicit Reader(QIODevice &in) : m_in(in) {}
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char tag = 0;

    // The next record's plaintext; nullopt when the file ends, is cut off or does not decrypt.
    std::optional<QByteArray> record(const QByteArray &additional = {})
    {
        quint32 size = 0;
        if (m_in.read(reinterpret_cast<char *>(&size), 4) != 4)
            return std::nullopt;
        size = qFromBigEndian(size);
        if (size < crypto_secretstream_xchacha20poly1305_ABYTES || size > kMaxRecord)
            return std::nullopt;
        const QByteArray cipher = m_in.read(size);
        if (cipher.size() != qsizetype(size))
            return std::nullopt;
        QByteArray plain(cipher.size() - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long length = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
                reinterpret_cast<const unsigned char *>(additional.constData()), quint64(additional.size())) != 0)
            return std::nullopt;
        plain.truncate(qsizetype(length));
        return plain;
    }

private:
    QIODevice &m_in;
};
} // namespace

Result<QByteArray> recipientFor(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphrase)
        return Error{QStringLiteral("passphrase"),
                     Tr::tr("The passphrase must have at least %n character(s).", nullptr, kMinPassphrase)};
    if (sodium_init() < 0)
        return fileError(Tr::tr("The encryption library cannot start."));
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt;
    randombytes_buf(salt.data(), salt.size());
    const quint64 limits[] = {qToBigEndian(quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE)),
                              qToBigEndian(quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE))};
    KeyPair pair;
    if (!deriveKeyPair(pair, passphrase, salt.data(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                       crypto_pwhash_MEMLIMIT_INTERACTIVE))
        return fileError(Tr::tr("Not enough memory to derive the key from the passphrase."));
    QByteArray recipient(reinterpret_cast<const char *>(limits), sizeof limits);
    recipient.append(reinterpret_cast<const char *>(salt.data()), qsizetype(salt.size()));
    recipient.append(reinterpret_cast<const char *>(pair.publicKey.data()), qsizetype(pair.publicKey.size()));
    return recipient;
}

Result<Summary> write(const QString &storePath, const QList<Entry> &extra, const QString &target,
                      const QByteArray &recipient, const Progress &progress, const std::atomic_bool *cancel)
{
    if (recipient.size() != kRecipientBytes)
        return Error{QStringLiteral("passphrase"), Tr::tr("Set the backup passphrase first.")};
    if (sodium_init() < 0)
        return fileError(Tr::tr("The encryption library cannot start."));
    QTemporaryDir work;
    if (!work.isValid())
        return fileError(Tr::tr("Cannot make a temporary folder: %1").arg(work.errorString()));

    // The store first, copied consistently while it may be in use.
    const QString storeCopy = work.filePath(QStringLiteral("lianxin.db"));
    const qint64 storeBytes = QFileInfo(storePath).size();
    if (Status copied = copyStore(
            storePath, storeCopy,
            [&](int done, int total) {
                if (progress && total > 0)
                    progress(storeBytes * done / total, storeBytes * 2);
            },
            cancel);
        !copied)
        return copied.error();
    QList<Entry> entries{{QStringLiteral("lianxin.db"), storeCopy}};
    for (const Entry &entry : extra) {
        if (QFileInfo(entry.path).isFile())
            entries.append(entry);
    }
    QJsonArray files;
    qint64 total = 0;
    for (const Entry &entry : std::as_const(entries)) {
        const qint64 size = QFileInfo(entry.path).size();
        files.append(QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("size"), size}});
        total += size;
    }
    const QByteArray manifest =
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("lianxin-backup")},
                                  {QStringLiteral("version"), int(kVersion)},
                                  {QStringLiteral("created_at"), SystemClock().nowUtc().toString(Qt::ISODate)},
                                  {QStringLiteral("files"), files}})
            .toJson(QJsonDocument::Compact);

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fileError(Tr::tr("Cannot write %1: %2").arg(target, out.errorString()));
    // A key of its own for each file, sealed to the recipient's public key.
    Key key;
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    std::array<unsigned char, kSealedKeyBytes> sealed;
    const auto *publicKey =
        reinterpret_cast<const unsigned char *>(recipient.constData()) + 16 + crypto_pwhash_SALTBYTES;
    crypto_box_seal(sealed.data(), key.data(), key.size(), publicKey);
    Writer writer(out);
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> streamHeader;
    crypto_secretstream_xchacha20poly1305_init_push(&writer.state, streamHeader.data(), key.data());
    sodium_memzero(key.data(), key.size());
    QByteArray head(kMagic, sizeof kMagic);
    head.append(char(kVersion));
    head.append(recipient);
    head.append(reinterpret_cast<const char *>(sealed.data()), qsizetype(sealed.size()));
    head.append(reinterpret_cast<const char *>(streamHeader.data()), qsizetype(streamHeader.size()));
    bool ok = out.write(head) == head.size() &&
              writer.record(manifest, total == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0, head);

    // The files' bytes, one chunk behind so that the last one carries the FINAL tag.
    qint64 done = 0;
    QByteArray pending;
    for (const Entry &entry : std::as_const(entries)) {
        QFile in(entry.path);
        if (!in.open(QIODevice::ReadOnly))
            return fileError(Tr::tr("Cannot read %1: %2").arg(entry.path, in.errorString()));
        while (ok && !in.atEnd()) {
            if (cancel && cancel->load())
                return Error{QStringLiteral("cancelled"), Tr::tr("Cancelled; nothing was written.")};
            const QByteArray chunk = in.read(kChunk);
            if (chunk.isEmpty())
                return fileError(Tr::tr("Cannot read %1: %2").arg(entry.path, in.errorString()));
            if (!pending.isEmpty())
                ok = writer.record(pending, 0);
            pending = chunk;
            done += chunk.size();
            if (progress)
                progress(storeBytes + done * storeBytes / qMax<qint64>(1, total), storeBytes * 2);
        }
    }
    if (ok && !pending.isEmpty())
        ok = writer.record(pending, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    if (!ok || !out.commit())
        return fileError(Tr::tr("Cannot write %1: %2").arg(target, out.errorString()));
    Summary summary{QFileInfo(target).size(), {}};
    for (const Entry &entry : std::as_const(entries))
        summary.names.append(entry.name);
    return summary;
}

Result<QStringList> unpack(const QString &file, const QString &passphrase, const QString &folder)
{
    if (sodium_init() < 0)
        return fileError(Tr::tr("The encryption library cannot start."));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fileError(Tr::tr("Cannot read %1: %2").arg(file, in.errorString()));
    const QByteArray head = in.read(kHeadBytes);
    if (head.size() != kHeadBytes || !head.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return fileError(Tr::tr("%1 is not a Lianxin backup.").arg(file));
    if (quint8(head.at(sizeof kMagic)) != kVersion)
        return fileError(Tr::tr("%1 was written by a newer Lianxin; update Lianxin to restore it.").arg(file));
    quint64 limits[2];
    memcpy(limits, head.constData() + sizeof kMagic + 1, sizeof limits);
    const quint64 opslimit = qFromBigEndian(limits[0]);
    const quint64 memlimit = qFromBigEndian(limits[1]);
    // Limits beyond the library's strongest come from a damaged (or forged) head: not worth the memory.
    if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return fileError(Tr::tr("%1 is damaged: its head is not readable.").arg(file));
    const auto *salt = reinterpret_cast<const unsigned char *>(head.constData()) + sizeof kMagic + 1 + 16;
    const auto *publicKey = salt + crypto_pwhash_SALTBYTES;
    const auto *sealed = publicKey + crypto_box_PUBLICKEYBYTES;
    const auto *streamHeader = sealed + kSealedKeyBytes;
    KeyPair pair;
    if (!deriveKeyPair(pair, passphrase, salt, opslimit, memlimit))
        return fileError(Tr::tr("Not enough memory to derive the key from the passphrase."));
    Key key;
    const bool opened =
        crypto_box_seal_open(key.data(), sealed, kSealedKeyBytes, publicKey, pair.secretKey.data()) == 0;
    Reader reader(in);
    const bool started =
        opened && crypto_secretstream_xchacha20poly1305_init_pull(&reader.state, streamHeader, key.data()) == 0;
    sodium_memzero(key.data(), key.size());
    const auto manifestText = started ? reader.record(head) : std::nullopt;
    if (!manifestText)
        return Error{QStringLiteral("passphrase"),
                     Tr::tr("The passphrase does not open this backup (or the start of the file is damaged).")};
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestText).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String("lianxin-backup"))
        return fileError(Tr::tr("%1 is not a Lianxin backup.").arg(file));

    if (QFileInfo::exists(folder) || !QDir().mkpath(folder))
        return fileError(Tr::tr("Cannot make the folder %1.").arg(folder));
    const auto fail = [&](const QString &message) -> Error {
        QDir(folder).removeRecursively();
        return fileError(message);
    };
    const QString damaged = Tr::tr("%1 is damaged or cut off; nothing was restored.").arg(file);
    QStringList names;
    QByteArray buffer;
    bool final = reader.tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    for (const QJsonValue &value : manifest.value(QStringLiteral("files")).toArray()) {
        const QString name = value[QStringLiteral("name")].toString();
        const qint64 size = value[QStringLiteral("size")].toInteger(-1);
        // A name is a plain file name: nothing may be written outside the folder.
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.startsWith(QLatin1Char('.')) || size < 0)
            return fail(damaged);
        QFile out(QDir(folder).filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return fail(Tr::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        qint64 left = size;
        while (left > 0) {
            if (buffer.isEmpty()) {
                if (final)
                    return fail(damaged);
                const auto chunk = reader.record();
                if (!chunk)
                    return fail(damaged);
                buffer = *chunk;
                final = reader.tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            }
            const qsizetype take = qsizetype(qMin<qint64>(left, buffer.size()));
            if (out.write(buffer.constData(), take) != take)
                return fail(Tr::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
            buffer.remove(0, take);
            left -= take;
        }
        names.append(name);
    }
    // Everything read, the stream ended where the writer ended it, and nothing follows.
    if (!final || !buffer.isEmpty() || !in.atEnd())
        return fail(damaged);
    if (!names.contains(QStringLiteral("lianxin.db")))
        return fail(Tr::tr("%1 holds no store.").arg(file));
    if (Status sound = checkStoreIntegrity(QDir(folder).filePath(QStringLiteral("lianxin.db"))); !sound)
        return fail(sound.error().message);
    return names;
}

QString automaticName(const QDate &day)
{
    return QStringLiteral("lianxin-auto-%1.lxbackup").arg(day.toString(QStringLiteral("yyyyMMdd")));
}

void pruneAutomatic(const QString &folder, int keep)
{
    const QDir dir(folder);
    // The names carry the day: by name, newest first.
    const QStringList names =
        dir.entryList({QStringLiteral("lianxin-auto-????????.lxbackup")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = qMax(1, keep); i < names.size(); ++i)
        QFile::remove(dir.filePath(names.at(i)));
}

Result<Restored> restore(const QString &file, const QString &passphrase, const QString &dataDir)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("passphrase"), Tr::tr("No passphrase was given.")};
    const bool existed = QFileInfo::exists(dataDir);
    if (!QDir().mkpath(dataDir))
        return fileError(Tr::tr("Cannot make the folder %1.").arg(dataDir));
    // Not under a window of Lianxin that has the store open: it would go on writing into the copy moved aside.
    QLockFile lock(workspaceLockPath(dataDir));
    if (!lock.tryLock(0))
        return Error{QStringLiteral("workspace"),
                     Tr::tr("Lianxin is open on %1: quit it first. Nothing was restored.").arg(dataDir)};
    const auto removeIfMadeHere = [&] {
        if (!existed) {
            lock.unlock();
            QDir(dataDir).removeRecursively();
        }
    };
    const QString stamp = chinaNow(SystemClock()).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString unpacked = QDir(dataDir).filePath(QStringLiteral("restoring-") + stamp);
    auto names = unpack(file, passphrase, unpacked);
    if (!names) {
        removeIfMadeHere();
        return names.error();
    }
    const QString store = databasePath(dataDir);
    Restored restored;
    if (QFileInfo::exists(store)) {
        restored.keptIn = QDir(dataDir).filePath(QStringLiteral("before-restore-") + stamp);
        if (!QDir().mkpath(restored.keptIn))
            return fileError(Tr::tr("Cannot make the folder %1.").arg(restored.keptIn));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(store + suffix) &&
                !QFile::rename(store + suffix, QDir(restored.keptIn).filePath(QFileInfo(store).fileName() + suffix)))
                return fileError(Tr::tr("Cannot move %1 aside; nothing was restored.").arg(store + suffix));
        }
    }
    if (!QFile::rename(QDir(unpacked).filePath(QStringLiteral("lianxin.db")), store))
        return fileError(
            Tr::tr("Cannot move the restored store into %1; the store before is in %2.").arg(dataDir, restored.keptIn));
    restored.extra = names.value();
    restored.extra.removeAll(QStringLiteral("lianxin.db"));
    restored.extraFolder = unpacked;
    if (restored.extra.isEmpty())
        QDir(unpacked).removeRecursively();
    return restored;
}

} // namespace lianxin::device_backup
