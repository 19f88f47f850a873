#include "ServerFixture.h"

#include "core/net/Gzip.h"
#include "core/storage/SyncedTable.h"
#include "server/admin/Maintenance.h"
#include "server/storage/DatabaseUrl.h"
#include "server/storage/ServerDatabase.h"
#include "server/storage/ServerSchema.h"
#include "server/sync/RegionPaths.h"

#include <QElapsedTimer>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::server;

namespace {

std::unique_ptr<ServerDatabase> openMigrated(const TestDatabase &test)
{
    const auto url = DatabaseUrl::parse(test.url());
    REQUIRE(url.ok());
    auto database = ServerDatabase::open(*url);
    INFO((database ? QString() : database.error().message).toStdString());
    REQUIRE(database.ok());
    const Status migrated = schema::migrate(**database);
    INFO((migrated ? QString() : migrated.error().message).toStdString());
    REQUIRE(migrated.ok());
    return std::move(database).value();
}

qint64 count(ServerDatabase &database, const QString &table)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(database.exec(query).ok());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("Database addresses are parsed, and their passwords never shown")
{
    const auto file = DatabaseUrl::parse(QStringLiteral("/var/lib/lianxin-server/s.db"));
    REQUIRE(file.ok());
    CHECK(file->backend == Backend::Sqlite);
    CHECK(DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/x.db"))->path == QStringLiteral("/tmp/x.db"));
    const auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://lianxin:secret@db.county:6543/lianxin"));
    REQUIRE(pg.ok());
    CHECK(pg->backend == Backend::Postgresql);
    CHECK(pg->port == 6543);
    CHECK(pg->password == QStringLiteral("secret"));
    CHECK_FALSE(pg->display().contains(QStringLiteral("secret")));
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("postgresql://host")).ok());
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("mysql://host/db")).ok());
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("  ")).ok());
}

TEST_CASE("The schema is made from the synced tables' one definition, and migrating again changes nothing")
{
    TestDatabase test;
    auto database = openMigrated(test);
    for (const SyncedTable *table : tables::all()) {
        INFO(table->name.toStdString());
        const QSqlRecord record = database->columnsOf(table->name);
        for (const QString &field : table->fields)
            CHECK(record.contains(field));
        for (const char *column : {"id", "server_version", "field_versions", "scope_township", "deleted"})
            CHECK(record.contains(QLatin1String(column)));
    }
    REQUIRE(schema::migrate(*database).ok());
    CHECK(*schema::version(*database) == schema::kVersion);
    // The sequence starts at one and never repeats.
    REQUIRE(database->beginWrite().ok());
    const qint64 first = *database->nextSequence();
    const qint64 second = *database->nextSequence();
    REQUIRE(database->commit().ok());
    CHECK(first == 1);
    CHECK(second == 2);
    CHECK(*database->lastSequence() == 2);
}

TEST_CASE("A column missing from an older server's table is added on the next start")
{
    TestDatabase test;
    auto database = openMigrated(test);
    REQUIRE(database->exec(QStringLiteral("ALTER TABLE members DROP COLUMN notes")).ok());
    CHECK_FALSE(database->columnsOf(QStringLiteral("members")).contains(QStringLiteral("notes")));
    REQUIRE(schema::migrate(*database).ok());
    CHECK(database->columnsOf(QStringLiteral("members")).contains(QStringLiteral("notes")));
}

TEST_CASE("A database written by a newer server is refused")
{
    TestDatabase test;
    auto database = openMigrated(test);
    REQUIRE(database->exec(QStringLiteral("UPDATE server_meta SET value = '99' WHERE key = 'schema_version'")).ok());
    const Status status = schema::migrate(*database);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("newer Lianxin server")));
}

TEST_CASE("Expired tokens, old failures and old batch answers are pruned - current ones stay")
{
    TestDatabase test;
    auto database = openMigrated(test);
    const auto insert = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery query = database->prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        REQUIRE(database->exec(query).ok());
    };
    const QString longAgo = ServerDatabase::timeAfter(-40 * 86400);
    const QString soon = ServerDatabase::timeAfter(3600);
    const QString sessions = QStringLiteral("INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)");
    insert(sessions, {QStringLiteral("old"), QStringLiteral("a"), longAgo, longAgo});
    insert(sessions, {QStringLiteral("live"), QStringLiteral("a"), longAgo, soon});
    const QString failures = QStringLiteral(
        "INSERT INTO sign_in_failures (attempt_key, failures, first_failure_at, last_failure_at) VALUES (?, 1, ?, ?)");
    insert(failures, {QStringLiteral("user:old"), longAgo, longAgo});
    insert(failures, {QStringLiteral("user:new"), soon, soon});
    const QString batches = QStringLiteral(
        "INSERT INTO push_batches (batch_id, account_id, device_id, received_at, result) VALUES (?, 'a', 'd', ?, '{}')");
    insert(batches, {QStringLiteral("old"), longAgo});
    insert(batches, {QStringLiteral("new"), ServerDatabase::now()});

    const auto pruned = pruneExpired(*database, 30);
    REQUIRE(pruned.ok());
    CHECK(pruned->sessions == 1);
    CHECK(pruned->failures == 1);
    CHECK(pruned->batches == 1);
    CHECK(count(*database, QStringLiteral("sessions")) == 1);
    CHECK(count(*database, QStringLiteral("sign_in_failures")) == 1);
    CHECK(count(*database, QStringLiteral("push_batches")) == 1);
}

TEST_CASE("Contents no record names are removed once last sent longer ago than the days set - named ones stay")
{
    TestDatabase test;
    auto database = openMigrated(test);
    const QString longAgo = ServerDatabase::timeAfter(-40 * 86400);
    const auto content = [&](const QString &sha, const QString &sentAt) {
        QSqlQuery blob = database->prepare(
            QStringLiteral("INSERT INTO blobs (sha256, size, content, received_at) VALUES (?, 4, 'dGVzdA==', ?)"));
        blob.addBindValue(sha);
        blob.addBindValue(longAgo);
        REQUIRE(database->exec(blob).ok());
        QSqlQuery sender = database->prepare(QStringLiteral(
            "INSERT INTO blob_uploads (sha256, account_id, device_id, uploaded_at) VALUES (?, 'a', 'd', ?)"));
        sender.addBindValue(sha);
        sender.addBindValue(sentAt);
        REQUIRE(database->exec(sender).ok());
    };
    content(QStringLiteral("unnamed-old"), longAgo);
    content(QStringLiteral("unnamed-sent-again-today"), ServerDatabase::now());
    content(QStringLiteral("named-old"), longAgo);
    QSqlQuery record =
        database->prepare(QStringLiteral("INSERT INTO attachments (id, sha256, created_at, updated_at, "
                                         "updated_by_device, server_version) VALUES ('r', 'named-old', ?, ?, 'd', 1)"));
    record.addBindValue(longAgo);
    record.addBindValue(longAgo);
    REQUIRE(database->exec(record).ok());

    const auto pruned = pruneExpired(*database, 30);
    REQUIRE(pruned.ok());
    CHECK(pruned->blobs == 1);
    CHECK(count(*database, QStringLiteral("blobs")) == 2);
    CHECK(count(*database, QStringLiteral("blob_uploads")) == 2);
    CHECK(pruneExpired(*database, 0)->blobs == 1); // 0 days: every unnamed content
    CHECK(count(*database, QStringLiteral("blobs")) == 1);
}

TEST_CASE("A database error tells the operator what failed, without the values of the statement")
{
    TestDatabase test;
    auto database = openMigrated(test);
    const QString secret = QStringLiteral("王芳-340828199001011234");
    const auto failure = [&](const QString &sql, const QString &value) {
        QSqlQuery query = database->prepare(sql);
        query.bindValue(QStringLiteral(":value"), value);
        const Status status = database->exec(query);
        REQUIRE_FALSE(status.ok());
        INFO(status.error().message.toStdString());
        CHECK(status.error().message.startsWith(QStringLiteral("The database failed (")));
        return status.error().message;
    };
    const QString insert = QStringLiteral("INSERT INTO server_meta (key, value) VALUES (:value, 'x')");
    QSqlQuery first = database->prepare(insert);
    first.bindValue(QStringLiteral(":value"), secret);
    REQUIRE(database->exec(first).ok());
    // A duplicate key: PostgreSQL names it after DETAIL.
    CHECK_FALSE(failure(insert, secret).contains(secret));
    if (test.isPostgres()) {
        // A value of the wrong type: quoted at the end of the first line, and in the statement on LINE 1.
        CHECK_FALSE(failure(QStringLiteral("SELECT CAST(:value AS BIGINT)"), secret).contains(QStringLiteral("王芳")));
        // A NUL: the statement Qt writes with the values in it ends there, unterminated.
        CHECK_FALSE(failure(insert, QStringLiteral("王芳") + QChar(0)).contains(QStringLiteral("王芳")));
    }
}

TEST_CASE("A writer waiting for the writers' lock gets 503 and Retry-After after a bounded wait - sign-ins go on")
{
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const QString grid = regionId(server, token, QStringLiteral("34082810120101"));
    const auto push = [&] {
        return server.request("POST", QStringLiteral("/api/v1/changes"),
                              pushBody(newId(), {insertRow(QStringLiteral("households"), newId(),
                                                           {{QStringLiteral("grid_id"), grid},
                                                            {QStringLiteral("address"), QStringLiteral("甲村")}})}),
                              {}, token);
    };
    // Another writer holds the lock, as a long push batch of another server process would.
    auto holder = openMigrated(server.database());
    REQUIRE(holder->beginWrite().ok());
    if (server.database().isPostgres()) {
        // Sign-ins write only the server's bookkeeping, which takes no part in the writers' lock there.
        QElapsedTimer signingIn;
        signingIn.start();
        CHECK(
            server
                .request("POST", QStringLiteral("/api/v1/session"), R"({"username":"town_a","password":"password-1"})")
                .status == 201);
        CHECK(signingIn.elapsed() < 5000);
    }
    QElapsedTimer waiting;
    waiting.start();
    const HttpReply refused = push();
    CHECK(refused.status == 503);
    CHECK(refused.header("Retry-After") == "10");
    CHECK(waiting.elapsed() < 20000);
    holder->rollback();
    CHECK(push().status == 200);
}

TEST_CASE("Region paths meet where they have a region in common")
{
    const RegionPath grid1{QStringLiteral("c"), QStringLiteral("t1"), QStringLiteral("v1"), QStringLiteral("g1")};
    const RegionPath grid2{QStringLiteral("c"), QStringLiteral("t1"), QStringLiteral("v1"), QStringLiteral("g2")};
    const RegionPath otherVillage{QStringLiteral("c"), QStringLiteral("t1"), QStringLiteral("v2"), QStringLiteral("g3")};
    const RegionPath otherTown{QStringLiteral("c"), QStringLiteral("t2"), QStringLiteral("v3"), QStringLiteral("g4")};
    CHECK(commonPath({grid1, grid2}) == RegionPath{QStringLiteral("c"), QStringLiteral("t1"), QStringLiteral("v1"), {}});
    CHECK(commonPath({grid1, otherVillage}) == RegionPath{QStringLiteral("c"), QStringLiteral("t1"), {}, {}});
    CHECK(commonPath({grid1, otherTown}) == RegionPath{QStringLiteral("c"), {}, {}, {}});
    CHECK(commonPath({grid1}) == grid1);

    const AccessScope village(QStringList{QStringLiteral("v1")});
    CHECK(village.contains(grid1));
    CHECK_FALSE(village.contains(otherVillage));
    CHECK_FALSE(village.contains(RegionPath{QStringLiteral("c"), QStringLiteral("t1"), {}, {}}));
    CHECK(AccessScope().condition() == QStringLiteral("(1 = 0)"));
}

TEST_CASE("gzip bodies round-trip, and truncated or oversized ones are refused")
{
    const QByteArray text = QByteArray("连心 sync page ").repeated(2000);
    const QByteArray zipped = gzip::compress(text);
    CHECK(zipped.size() < text.size() / 10);
    CHECK(gzip::decompress(zipped, text.size()) == text);
    CHECK_FALSE(gzip::decompress(zipped, text.size() - 1).has_value());
    CHECK_FALSE(gzip::decompress(zipped.chopped(4), text.size()).has_value());
    CHECK_FALSE(gzip::decompress("plain text", 1000).has_value());
    CHECK(gzip::decompress(gzip::compress({}), 10) == QByteArray());
}
