#include "core/backup/DeviceBackup.h"
#include "core/demo/DemoGenerator.h"
#include "core/files/FileStore.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "tests/support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::scalar;
using lianxin::test::TestStore;

namespace {
const QString kPassphrase = QStringLiteral("岳西连心 backup 2026");

// The statement counting the rows of one of the tables these tests compare.
QString countOf(const QString &table)
{
    static const QHash<QString, QString> statements{
        {QStringLiteral("households"), QStringLiteral("SELECT count(*) FROM households")},
        {QStringLiteral("persons"), QStringLiteral("SELECT count(*) FROM persons")},
        {QStringLiteral("blobs"), QStringLiteral("SELECT count(*) FROM blobs")},
        {QStringLiteral("change_log"), QStringLiteral("SELECT count(*) FROM change_log")},
    };
    REQUIRE(statements.contains(table));
    return statements.value(table);
}

// A workspace folder with a store that holds a small township and one attachment's content.
struct Workspace
{
    QTemporaryDir dir;
    QString store() const { return databasePath(dir.path()); }

    Workspace(quint64 seed = 3)
    {
        auto database = Database::open({store()});
        REQUIRE(database.ok());
        REQUIRE(DemoGenerator(**database, {seed, 40}).run().ok());
        REQUIRE(FileStore(**database).storeContent(QStringLiteral("scan.jpg"), QByteArray(70000, 'j')).ok());
    }
    QString count(const QString &table) const
    {
        auto database = Database::open({store()});
        REQUIRE(database.ok());
        return scalar(**database, countOf(table)).toString();
    }
};

// The public half of the passphrase's key pair: what writes a backup.
QByteArray recipient()
{
    const auto made = device_backup::recipientFor(kPassphrase);
    REQUIRE(made.ok());
    return *made;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}
} // namespace

TEST_CASE("A workspace backed up and restored elsewhere holds the same records, attachments and settings", "[backup]")
{
    Workspace source;
    QTemporaryDir out;
    const QString settings = out.filePath(QStringLiteral("my-settings.ini"));
    writeBytes(settings, "[general]\nlanguage=zh_CN\n");
    const QString file = out.filePath(QStringLiteral("township.lxbackup"));
    QList<qint64> progress;
    const auto written = device_backup::write(source.store(), {{QStringLiteral("settings.ini"), settings}}, file,
                                              recipient(), [&](qint64 done, qint64) { progress.append(done); });
    REQUIRE(written.ok());
    CHECK(written->names == QStringList{QStringLiteral("lianxin.db"), QStringLiteral("settings.ini")});
    CHECK(written->bytes == QFileInfo(file).size());
    CHECK(progress.size() > 1);
    // Nothing of the store is readable in the file.
    CHECK_FALSE(bytesOf(file).contains("SQLite format 3"));
    CHECK_FALSE(bytesOf(file).contains(QStringLiteral("岳西").toUtf8()));

    QTemporaryDir target;
    const auto restored = device_backup::restore(file, kPassphrase, target.path());
    REQUIRE(restored.ok());
    CHECK(restored->keptIn.isEmpty());
    CHECK(restored->extra == QStringList{QStringLiteral("settings.ini")});
    CHECK(bytesOf(QDir(restored->extraFolder).filePath(QStringLiteral("settings.ini"))) == bytesOf(settings));
    auto database = Database::open({databasePath(target.path())});
    REQUIRE(database.ok());
    for (const QString &table : {QStringLiteral("households"), QStringLiteral("persons"), QStringLiteral("blobs"),
                                 QStringLiteral("change_log")})
        CHECK(scalar(**database, countOf(table)).toString() == source.count(table));
    CHECK(FileStore(**database).content(FileStore::hashOf(QByteArray(70000, 'j'))).has_value());
}

TEST_CASE("A restore keeps the store it replaces, and refuses a wrong passphrase, a damaged or cut-off file "
          "without replacing anything",
          "[backup]")
{
    Workspace backedUp(3);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.lxbackup"));
    REQUIRE(device_backup::write(backedUp.store(), {}, file, recipient()).ok());
    Workspace current(4);
    const QByteArray before = bytesOf(current.store());
    const auto nothingReplaced = [&] {
        CHECK(bytesOf(current.store()) == before);
        CHECK(QDir(current.dir.path())
                  .entryList({QStringLiteral("before-restore-*"), QStringLiteral("restoring-*")}, QDir::Dirs)
                  .isEmpty());
    };

    SECTION("a wrong passphrase")
    {
        const auto restored = device_backup::restore(file, QStringLiteral("not the passphrase"), current.dir.path());
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().field == QStringLiteral("passphrase"));
        nothingReplaced();
    }
    SECTION("a byte changed in the middle")
    {
        QByteArray bytes = bytesOf(file);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        writeBytes(file, bytes);
        const auto restored = device_backup::restore(file, kPassphrase, current.dir.path());
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().field == QStringLiteral("file"));
        CHECK(restored.error().message.contains(QStringLiteral("damaged")));
        nothingReplaced();
    }
    SECTION("the file cut off")
    {
        writeBytes(file, bytesOf(file).chopped(100));
        const auto restored = device_backup::restore(file, kPassphrase, current.dir.path());
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().field == QStringLiteral("file"));
        nothingReplaced();
    }
    SECTION("not a backup at all")
    {
        const auto restored = device_backup::restore(current.store(), kPassphrase, current.dir.path());
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().message.contains(QStringLiteral("not a Lianxin backup")));
        nothingReplaced();
    }
    SECTION("Lianxin open on the workspace")
    {
        QLockFile open(workspaceLockPath(current.dir.path()));
        REQUIRE(open.tryLock(0));
        const auto restored = device_backup::restore(file, kPassphrase, current.dir.path());
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().field == QStringLiteral("workspace"));
        nothingReplaced();
    }
    SECTION("no passphrase, or a wrong one into a new folder: no folder is left behind")
    {
        QTemporaryDir parent;
        const QString fresh = parent.filePath(QStringLiteral("new-laptop"));
        CHECK(device_backup::restore(file, QString(), fresh).error().field == QStringLiteral("passphrase"));
        CHECK(device_backup::restore(file, QStringLiteral("not the passphrase"), fresh).error().field ==
              QStringLiteral("passphrase"));
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
    SECTION("the right passphrase: the store before is kept aside")
    {
        const auto restored = device_backup::restore(file, kPassphrase, current.dir.path());
        REQUIRE(restored.ok());
        REQUIRE_FALSE(restored->keptIn.isEmpty());
        CHECK(bytesOf(QDir(restored->keptIn).filePath(QStringLiteral("lianxin.db"))) == before);
        CHECK(current.count(QStringLiteral("households")) == backedUp.count(QStringLiteral("households")));
        CHECK(bytesOf(current.store()) != before);
    }
}

TEST_CASE("Backups for one recipient open with its passphrase, each with a key of its own", "[backup]")
{
    // What an automatic backup keeps: the recipient only. Two backups for it differ, and both open.
    Workspace source;
    QTemporaryDir out;
    const QByteArray keptByTheDevice = recipient();
    CHECK_FALSE(keptByTheDevice.contains(kPassphrase.toUtf8()));
    for (const QString &name : {QStringLiteral("monday.lxbackup"), QStringLiteral("tuesday.lxbackup")})
        REQUIRE(device_backup::write(source.store(), {}, out.filePath(name), keptByTheDevice).ok());
    CHECK(bytesOf(out.filePath(QStringLiteral("monday.lxbackup"))).mid(0, 200) !=
          bytesOf(out.filePath(QStringLiteral("tuesday.lxbackup"))).mid(0, 200));
    for (const QString &name : {QStringLiteral("monday"), QStringLiteral("tuesday")})
        CHECK(device_backup::unpack(out.filePath(name + QStringLiteral(".lxbackup")), kPassphrase, out.filePath(name))
                  .ok());
}

TEST_CASE("A backup needs a passphrase of eight characters and writes nothing without one", "[backup]")
{
    Workspace source;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.lxbackup"));
    const auto tooShort = device_backup::recipientFor(QStringLiteral("1234567"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().field == QStringLiteral("passphrase"));
    const auto written = device_backup::write(source.store(), {}, file, QByteArray());
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().field == QStringLiteral("passphrase"));
    CHECK_FALSE(QFile::exists(file));
    std::atomic_bool cancel = true;
    const auto cancelled = device_backup::write(source.store(), {}, file, recipient(), {}, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK_FALSE(QFile::exists(file));
}
