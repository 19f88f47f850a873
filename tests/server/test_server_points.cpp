#include "ServerFixture.h"

#include "core/files/FileStore.h"
#include "core/mediation/Deadlines.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsEvidence.h"
#include "core/points/PointsLedger.h"
#include "core/points/Supermarket.h"
#include "core/register/HouseholdRepository.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {
QString regionByCode(Database &db, const QString &code)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id FROM regions WHERE code = ?"));
    query.addBindValue(code);
    REQUIRE(db.exec(query).ok());
    REQUIRE(query.next());
    return query.value(0).toString();
}
} // namespace

TEST_CASE("Two devices redeeming offline against one balance and the last item both stand after sync, and both show the overdraft")
{
    ServerProcess server;
    seedCounty(server);
    // The township sets up the village's catalogue and supermarket.
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    Database &town = *township.database;
    const QString village = regionByCode(town, QStringLiteral("340828101201"));
    REQUIRE(PointsCatalogue(town).installDefault(village).ok());
    Supermarket townShop(town);
    const QString rice = *townShop.addItem({{}, village, QStringLiteral("大米"), QStringLiteral("袋"), 6, true, 0});
    REQUIRE(townShop.moveStock(rice, 1, QStringLiteral("乡镇配送")).ok());
    township.sync();

    // The grid officer's devices get the village's catalogue and supermarket, though their scope is one grid.
    SyncDevice laptop(server, QStringLiteral("officer_a"));
    laptop.sync();
    REQUIRE(PointsCatalogue(*laptop.database).current(village).size() == 30);
    REQUIRE(Supermarket(*laptop.database).stock(rice) == 1);
    Household h;
    h.gridId = regionByCode(*laptop.database, QStringLiteral("34082810120101"));
    h.address = QStringLiteral("甲村一组");
    const QString household = *HouseholdRepository(*laptop.database).create(h);
    PointsEntry entry;
    entry.householdId = household;
    for (const Indicator &i : PointsCatalogue(*laptop.database).current(village)) {
        if (i.code == QLatin1String("ZY02"))
            entry.indicatorId = i.id;
    }
    entry.points = 2;
    entry.deedOn = deadlines::today(laptop.database->clock()).addDays(-12);
    entry.proposedBy = QStringLiteral("测试officer_a");
    const QString entryId = *PointsLedger(*laptop.database).propose(entry);
    CHECK(laptop.sync().rejected == 0);

    // The township's meeting (ten days ago) approves it; the notice has ended, so it is confirmed.
    township.sync();
    PointsLedger townLedger(town);
    const QString meeting = *townLedger.holdMeeting(village, deadlines::today(town.clock()).addDays(-10), QStringLiteral("评议会七人"), {});
    REQUIRE(townLedger.decide(entryId, meeting, 7, 0, true).ok());
    REQUIRE(*townLedger.confirmDue(village) == 1);
    CHECK(township.sync().rejected == 0);

    SyncDevice office(server, QStringLiteral("officer_a"));
    office.sync();
    laptop.sync();
    REQUIRE(PointsLedger(*laptop.database).balance(household) == 2);
    REQUIRE(PointsLedger(*office.database).balance(household) == 2);
    // The price went up to 2 points a bag so that each device can afford the last bag on its own.
    SupermarketItem item = Supermarket(town).items(village).first();
    item.price = 2;
    REQUIRE(Supermarket(town).updateItem(item).ok());
    township.sync();
    laptop.sync();
    office.sync();

    // Offline, each device hands the household the last bag for its 2 points.
    REQUIRE(Supermarket(*laptop.database).redeem(household, rice, 1).ok());
    REQUIRE(Supermarket(*office.database).redeem(household, rice, 1).ok());
    CHECK(Supermarket(*laptop.database).redeem(household, rice, 1).error().field == QStringLiteral("quantity"));
    CHECK(laptop.sync().rejected == 0);
    CHECK(office.sync().rejected == 0);
    laptop.sync();
    township.sync();

    for (SyncDevice *device : {&laptop, &office, &township}) {
        Supermarket shop(*device->database);
        CHECK(PointsLedger(*device->database).balance(household) == -2);
        const QList<Overdraft> households = shop.overdrawnHouseholds(village);
        REQUIRE(households.size() == 1);
        CHECK(households.first().amount == 2);
        const QList<Overdraft> items = shop.overdrawnItems(village);
        REQUIRE(items.size() == 1);
        CHECK(items.first().amount == 1);
    }
    // An overdrawn household cannot redeem again until it is settled.
    REQUIRE(Supermarket(town).moveStock(rice, 5, QStringLiteral("补货")).ok());
    CHECK_FALSE(Supermarket(town).redeem(household, rice, 1).ok());
}

TEST_CASE("The server refuses points outside the indicator version's range, and a member of another household")
{
    ServerProcess server;
    seedCounty(server);
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    const QString village = regionByCode(*township.database, QStringLiteral("340828101201"));
    REQUIRE(PointsCatalogue(*township.database).installDefault(village).ok());
    Household h;
    h.gridId = regionByCode(*township.database, QStringLiteral("34082810120101"));
    h.address = QStringLiteral("甲村二组");
    const QString household = *HouseholdRepository(*township.database).create(h);
    township.sync();
    QString indicator;
    for (const Indicator &i : PointsCatalogue(*township.database).current(village)) {
        if (i.code == QLatin1String("HJ02"))
            indicator = i.id; // exactly 1 point
    }
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const HttpReply reply = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(newId(), {insertRow(QStringLiteral("points_entries"), newId(),
                                     {{QStringLiteral("village_id"), village}, {QStringLiteral("household_id"), household},
                                      {QStringLiteral("indicator_id"), indicator}, {QStringLiteral("points"), 50},
                                      {QStringLiteral("deed_on"), QStringLiteral("2026-11-01")},
                                      {QStringLiteral("proposed_by"), QStringLiteral("x")}})}),
        {}, token);
    REQUIRE(reply.status == 200);
    const QJsonObject result = reply.json().value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(result.value(QStringLiteral("field")).toString() == QStringLiteral("points"));

    // A member named must belong to the household.
    const HttpReply stranger = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(newId(), {insertRow(QStringLiteral("points_entries"), newId(),
                                     {{QStringLiteral("village_id"), village}, {QStringLiteral("household_id"), household},
                                      {QStringLiteral("person_id"), newId()}, {QStringLiteral("indicator_id"), indicator},
                                      {QStringLiteral("points"), 1}, {QStringLiteral("deed_on"), QStringLiteral("2026-11-01")},
                                      {QStringLiteral("proposed_by"), QStringLiteral("x")}})}),
        {}, token);
    REQUIRE(stranger.status == 200);
    const QJsonObject refused = stranger.json().value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(refused.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(refused.value(QStringLiteral("field")).toString() == QStringLiteral("person_id"));
}

TEST_CASE("A township's template catalogue reaches the village devices, which copy it")
{
    ServerProcess server;
    seedCounty(server);
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    Database &town = *township.database;
    const QString townshipId = regionByCode(town, QStringLiteral("340828101"));
    const QString village = regionByCode(town, QStringLiteral("340828101201"));
    REQUIRE(PointsCatalogue(town).installDefault(townshipId).ok());
    CHECK(township.sync().rejected == 0);

    // The grid officer's device holds the template though its scope is one grid, and makes it the village's.
    SyncDevice laptop(server, QStringLiteral("officer_a"));
    laptop.sync();
    Database &db = *laptop.database;
    REQUIRE(PointsCatalogue(db).current(townshipId).size() == 30);
    const auto copied = PointsCatalogue(db).copyFrom(townshipId, village);
    REQUIRE(copied.ok());
    CHECK(*copied == 30);
    CHECK(laptop.sync().rejected == 0);
    township.sync();
    CHECK(PointsCatalogue(town).current(village).size() == 30);

    // The template itself is the township's: a grid officer's change of it is refused.
    Indicator changed = PointsCatalogue(db).current(townshipId).first();
    changed.name += QStringLiteral("（改）");
    REQUIRE(PointsCatalogue(db).revise(changed.key, changed).ok());
    CHECK(laptop.sync().rejected == 1);
}

TEST_CASE("An entry's evidence photo travels to the township by its hash, and to no other township")
{
    ServerProcess server;
    seedCounty(server);
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    const QString village = regionByCode(*township.database, QStringLiteral("340828101201"));
    REQUIRE(PointsCatalogue(*township.database).installDefault(village).ok());
    township.sync();

    SyncDevice laptop(server, QStringLiteral("officer_a"));
    laptop.sync();
    Database &db = *laptop.database;
    Household h;
    h.gridId = regionByCode(db, QStringLiteral("34082810120101"));
    h.address = QStringLiteral("甲村三组");
    PointsEntry entry;
    entry.householdId = *HouseholdRepository(db).create(h);
    for (const Indicator &i : PointsCatalogue(db).current(village)) {
        if (i.code == QLatin1String("ZF02")) // 见义勇为: evidence required
            entry.indicatorId = i.id;
    }
    entry.points = 6;
    entry.deedOn = deadlines::today(db.clock()).addDays(-3);
    entry.evidence = QStringLiteral("救起落水儿童，见照片");
    entry.proposedBy = QStringLiteral("测试officer_a");
    const QString entryId = *PointsLedger(db).propose(entry);
    const QByteArray photo = QByteArray("\xff\xd8\xff\xe0 a photo of the river bank", 32);
    const auto evidence = PointsEvidence(db).add(entryId, QStringLiteral("河边.jpg"), photo);
    REQUIRE(evidence.ok());
    CHECK(laptop.sync().rejected == 0);

    township.sync();
    const QList<EvidenceFile> files = PointsEvidence(*township.database).list(entryId);
    REQUIRE(files.size() == 1);
    CHECK(files.first().fileName == QStringLiteral("河边.jpg"));
    CHECK(files.first().present);
    CHECK(FileStore(*township.database).content(files.first().sha256) == photo);
    const QString path = QStringLiteral("/api/v1/blobs/") + files.first().sha256;
    CHECK(server.request("GET", path, {}, {}, server.signIn(QStringLiteral("town_b"))).status == 404);
    CHECK(server.request("GET", path, {}, {}, server.signIn(QStringLiteral("town_a"))).status == 200);
}
