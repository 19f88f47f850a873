#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;
using lianxin::test::scalar;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A migrations folder with the shipped migrations and, optionally, one more script.
QString migrationsWith(const QTemporaryDir &dir, const QString &folder, const QString &extraName = {},
                       const QString &extraSql = {})
{
    const QString path = dir.filePath(folder);
    REQUIRE(QDir().mkpath(path));
    for (const QString &name : QDir(QStringLiteral(":/lianxin/migrations")).entryList(QDir::Files)) {
        QFile::remove(path + QLatin1Char('/') + name);
        REQUIRE(QFile::copy(QStringLiteral(":/lianxin/migrations/") + name, path + QLatin1Char('/') + name));
    }
    if (!extraName.isEmpty()) {
        QFile file(path + QLatin1Char('/') + extraName);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(extraSql.toUtf8());
    }
    return path;
}

} // namespace

TEST_CASE("A new store is created with every migration and the connection settings", "[storage]")
{
    TestStore store;
    Database &db = store.db();
    const auto migrations = scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt();
    CHECK(migrations >= 1);
    CHECK(db.schemaVersion() == migrations);
    CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == migrations);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    CHECK(QUuid::fromString(db.deviceId()).version() == QUuid::Random);
    CHECK(db.connection().connectionName() != QLatin1String(QSqlDatabase::defaultConnection));
}

TEST_CASE("Reopening a store keeps its data, its device id and applies nothing twice", "[storage]")
{
    TestStore store;
    const QString device = store.db().deviceId();
    REQUIRE(store.db().setMetaValue(QStringLiteral("probe"), QStringLiteral("kept")).ok());
    store.reopen();
    CHECK(store.db().deviceId() == device);
    CHECK(store.db().metaValue(QStringLiteral("probe")) == QStringLiteral("kept"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt() ==
          store.db().schemaVersion());
}

TEST_CASE("The data folder is the one given, or the platform's", "[storage]")
{
    CHECK(resolveDataDir(QStringLiteral("/tmp/somewhere")) == QStringLiteral("/tmp/somewhere"));
    CHECK_FALSE(resolveDataDir({}).isEmpty());
    CHECK(databasePath(QStringLiteral("/tmp/w")) == QStringLiteral("/tmp/w/lianxin.db"));
}

TEST_CASE("A store written by a newer program is refused with a clear message", "[storage]")
{
    QTemporaryDir dir;
    const QString file = databasePath(dir.path());
    {
        auto db = Database::open({file});
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    const QByteArray before = fileHash(file);
    auto refused = Database::open({file});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("newer version of Lianxin")));
    CHECK(refused.error().message.contains(QStringLiteral("99")));
    CHECK(fileHash(file) == before);
}

TEST_CASE("A failing migration leaves the file exactly as it was", "[storage]")
{
    QTemporaryDir dir;
    const QString file = databasePath(dir.path());
    int shipped = 0;
    {
        auto db = Database::open({file, migrationsWith(dir, QStringLiteral("shipped"))});
        REQUIRE(db.ok());
        shipped = (*db)->schemaVersion();
    }
    const QByteArray before = fileHash(file);

    const QString next = QStringLiteral("%1_broken.sql").arg(shipped + 1, 4, 10, QLatin1Char('0'));
    const QString broken = migrationsWith(dir, QStringLiteral("broken"), next,
                                          QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                                         "INSERT INTO half_done VALUES (1);\n"
                                                         "INSERT INTO no_such_table VALUES (1);\n"));
    {
        auto failed = Database::open({file, broken});
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().message.contains(QStringLiteral("nothing was changed")));
        CHECK(failed.error().message.contains(QStringLiteral("no_such_table")));
    }
    CHECK(fileHash(file) == before);

    auto reopened = Database::open({file, migrationsWith(dir, QStringLiteral("shipped"))});
    REQUIRE(reopened.ok());
    CHECK((*reopened)->schemaVersion() == shipped);
    CHECK(scalar(**reopened, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt() == 0);
}

TEST_CASE("A file that is not a database gets a clear message", "[storage]")
{
    QTemporaryDir dir;
    const QString file = databasePath(dir.path());
    {
        QFile garbage(file);
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
    }
    auto db = Database::open({file});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("damaged or is not a Lianxin database")));
}

TEST_CASE("Transactions commit, roll back, and nest as savepoints", "[storage]")
{
    TestStore store;
    Database &db = store.db();
    {
        Transaction outer = db.transaction();
        REQUIRE(outer.begun().ok());
        REQUIRE(db.setMetaValue(QStringLiteral("outer"), QStringLiteral("1")).ok());
        {
            Transaction inner = db.transaction();
            REQUIRE(inner.begun().ok());
            REQUIRE(db.setMetaValue(QStringLiteral("inner"), QStringLiteral("1")).ok());
            // Leaving without commit rolls the savepoint back only.
        }
        CHECK(db.metaValue(QStringLiteral("inner")).isEmpty());
        CHECK(db.metaValue(QStringLiteral("outer")) == QStringLiteral("1"));
        REQUIRE(outer.commit().ok());
    }
    CHECK(db.metaValue(QStringLiteral("outer")) == QStringLiteral("1"));
    CHECK_FALSE(db.inTransaction());
    {
        Transaction dropped = db.transaction();
        REQUIRE(db.setMetaValue(QStringLiteral("dropped"), QStringLiteral("1")).ok());
    }
    CHECK(db.metaValue(QStringLiteral("dropped")).isEmpty());
}

TEST_CASE("Upgrading a schema-2 store fills the households' sort keys", "[storage]")
{
    QTemporaryDir dir;
    const QString file = databasePath(dir.path());
    // A store as the program of schema 2 left it.
    const QString upTo2 = dir.filePath(QStringLiteral("upto2"));
    REQUIRE(QDir().mkpath(upTo2));
    for (const char *name : {"0001_register.sql", "0002_accounts.sql"})
        REQUIRE(QFile::copy(QStringLiteral(":/lianxin/migrations/") + QLatin1String(name),
                            upTo2 + QLatin1Char('/') + QLatin1String(name)));
    {
        auto old = Database::open({file, upTo2});
        REQUIRE(old.ok());
        REQUIRE((*old)->schemaVersion() == 2);
        const QStringList statements{
            QStringLiteral("INSERT INTO regions(id, code, name, kind, created_at, updated_at, updated_by_device) "
                           "VALUES ('g', 'G1', '网格', 'grid', 'x', 'x', 'd')"),
            QStringLiteral("INSERT INTO households(id, grid_id, address, house_number, created_at, updated_at, "
                           "updated_by_device) VALUES ('h', 'g', '菖蒲村2组', '9号', 'x', 'x', 'd')")};
        REQUIRE((*old)->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        for (const QString &statement : statements)
            REQUIRE((*old)->exec(statement).ok());
    }
    auto upgraded = Database::open({file});
    REQUIRE(upgraded.ok());
    CHECK((*upgraded)->schemaVersion() >= 3);
    CHECK(scalar(**upgraded, QStringLiteral("SELECT sort_key FROM households WHERE id = 'h'")).toString() ==
          householdSortKey(QStringLiteral("菖蒲村2组"), QStringLiteral("9号")));
}
