#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/storage/RecordWriter.h"
#include "tests/support/TestStore.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;

namespace {
QString addHousehold(HouseholdRepository &repository, const QString &grid, const QString &address,
                     const QStringList &tags = {})
{
    Household household;
    household.gridId = grid;
    household.address = address;
    household.tags = tags;
    const auto id = repository.create(household);
    if (!id)
        FAIL(id.error().message.toStdString());
    return *id;
}
} // namespace

TEST_CASE("Households are created, read, updated and tombstoned", "[households]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    HouseholdRepository households(store.db());
    const QString id = addHousehold(households, grid, QStringLiteral(" 天堂镇菖蒲村3组 "), {QStringLiteral("empty_nest")});

    auto household = households.get(id);
    REQUIRE(household);
    CHECK(household->address == QStringLiteral("天堂镇菖蒲村3组"));
    CHECK(household->tags == QStringList{QStringLiteral("empty_nest")});
    CHECK(QUuid::fromString(household->id).data3 >> 12 == 7); // a time-ordered UUID made here

    household->houseNumber = QStringLiteral("12号");
    household->tags.append(QStringLiteral("minimum_income"));
    REQUIRE(households.update(*household).ok());
    CHECK(households.get(id)->houseNumber == QStringLiteral("12号"));
    CHECK(households.get(id)->tags.size() == 2);

    PersonRepository persons(store.db());
    Person member;
    member.householdId = id;
    member.name = QStringLiteral("储明");
    const auto memberId = persons.create(member);
    REQUIRE(memberId.ok());

    REQUIRE(households.remove(id).ok());
    CHECK(households.get(id) == std::nullopt);
    CHECK(persons.get(*memberId) == std::nullopt);
    // The rows stay, as tombstones, for sync.
    RecordWriter writer(store.db());
    CHECK(writer.read(tables::households(), id)->value(QStringLiteral("deleted")).toInt() == 1);
    CHECK(writer.read(tables::persons(), *memberId)->value(QStringLiteral("deleted")).toInt() == 1);
    CHECK(households.count({}) == 0);
    // A removed household can no longer be edited.
    const Status late = households.update(*household);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(QStringLiteral("removed")));
}

TEST_CASE("Household validation names each bad field", "[households]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    HouseholdRepository households(store.db());
    Household household;
    household.gridId = store.villageId();
    household.address = QStringLiteral("   ");
    household.tags = {QStringLiteral("rich")};
    const QList<Error> errors = households.validate(household);
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    CHECK(fields == QStringList{QStringLiteral("grid_id"), QStringLiteral("address"), QStringLiteral("tags")});
    CHECK(errors[0].message.contains(QStringLiteral("belongs to a grid")));

    household.gridId = grid;
    household.address = QStringLiteral("天堂镇菖蒲村3组");
    household.tags.clear();
    household.headPersonId = QStringLiteral("not-a-member");
    const auto refused = households.create(household);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("head_person_id"));
}

TEST_CASE("The head chosen for a household takes the relation head - never beside a second one", "[households]")
{
    TestStore store;
    HouseholdRepository households(store.db());
    PersonRepository persons(store.db());
    const QString householdId = addHousehold(households, store.makeGrid(), QStringLiteral("天堂镇菖蒲村3组"));
    const auto member = [&](const QString &name, const QString &relation) {
        Person p;
        p.householdId = householdId;
        p.name = name;
        p.relation = relation;
        const auto id = persons.create(p);
        REQUIRE(id.ok());
        return *id;
    };
    // A household without a head: choosing a member as head records the relation too.
    const QString wife = member(QStringLiteral("汪春兰"), QStringLiteral("spouse"));
    const QString son = member(QStringLiteral("储子轩"), QStringLiteral("son"));
    Household household = *households.get(householdId);
    household.headPersonId = wife;
    REQUIRE(households.update(household).ok());
    CHECK(persons.get(wife)->relation == QStringLiteral("head"));

    // Another head while she is recorded as head is refused, naming her; so is leaving the household headless.
    household.headPersonId = son;
    const Status second = households.update(household);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().field == QStringLiteral("head_person_id"));
    CHECK(second.error().message.contains(QStringLiteral("汪春兰")));
    household.headPersonId.clear();
    CHECK(households.update(household).error().field == QStringLiteral("head_person_id"));
    CHECK(households.get(householdId)->headPersonId == wife);
    CHECK(persons.get(son)->relation == QStringLiteral("son"));
    // Editing the household without touching the head is not affected.
    household.headPersonId = wife;
    household.notes = QStringLiteral("低保户");
    REQUIRE(households.update(household).ok());
}

TEST_CASE("Foreign-key violations are refused with a message", "[households]")
{
    TestStore store;
    store.makeGrid();
    // Past validation, the database itself refuses a household in a grid that does not exist.
    RecordWriter writer(store.db());
    const auto orphan = writer.insert(tables::households(), {{QStringLiteral("grid_id"), QStringLiteral("no-such-grid")},
                                                             {QStringLiteral("address"), QStringLiteral("某地")}});
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message.contains(QStringLiteral("does not exist")));
    // Nothing half-written: neither the row nor its change-log entry.
    QSqlQuery count = store.db().prepare(QStringLiteral("SELECT (SELECT count(*) FROM households), "
                                                        "(SELECT count(*) FROM change_log WHERE table_name = 'households')"));
    REQUIRE(store.db().exec(count).ok());
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
    CHECK(count.value(1).toInt() == 0);
}

TEST_CASE("Household lists page by keyset and filter by region and tag", "[households]")
{
    TestStore store;
    const QString gridA = store.makeGrid(QStringLiteral("01"));
    const QString gridB = store.makeGrid(QStringLiteral("02"));
    HouseholdRepository households(store.db());
    for (int i = 0; i < 150; ++i)
        addHousehold(households, gridA, QStringLiteral("菖蒲村%1组").arg(i % 7 + 1),
                     i % 10 == 0 ? QStringList{QStringLiteral("elderly_alone")} : QStringList{});
    for (int i = 0; i < 60; ++i)
        addHousehold(households, gridB, QStringLiteral("菖蒲村%1组").arg(i % 5 + 1));

    // Every household exactly once across pages, in address order.
    QSet<QString> seen;
    PageCursor cursor;
    QString lastAddress;
    int pages = 0;
    for (;;) {
        const Page<HouseholdRow> page = households.list({}, cursor, 40);
        ++pages;
        for (const HouseholdRow &row : page.rows) {
            CHECK_FALSE(seen.contains(row.id));
            seen.insert(row.id);
            CHECK(row.address >= lastAddress);
            lastAddress = row.address;
            CHECK(row.villageName == QStringLiteral("菖蒲村"));
        }
        if (!page.hasMore)
            break;
        cursor = page.next;
    }
    CHECK(seen.size() == 210);
    CHECK(pages == 6);

    HouseholdFilter byGrid;
    byGrid.gridId = gridB;
    CHECK(households.count(byGrid) == 60);
    CHECK(households.list(byGrid, {}, 100).rows.size() == 60);
    HouseholdFilter byVillage;
    byVillage.villageId = store.villageId();
    CHECK(households.count(byVillage) == 210);
    HouseholdFilter byTownship;
    byTownship.townshipId = store.townshipId();
    CHECK(households.count(byTownship) == 210);
    HouseholdFilter byTag;
    byTag.tag = QStringLiteral("elderly_alone");
    CHECK(households.count(byTag) == 15);
    for (const HouseholdRow &row : households.list(byTag, {}, 100).rows)
        CHECK(row.tags.contains(QStringLiteral("elderly_alone")));

    HouseholdFilter descending;
    descending.descending = true;
    const auto first = households.list(descending, {}, 5);
    CHECK(first.rows.first().address == QStringLiteral("菖蒲村7组"));
    const auto second = households.list(descending, first.next, 500);
    CHECK(second.rows.size() == 205);
    CHECK_FALSE(second.hasMore);
}

TEST_CASE("Household lists keep to the account's scope", "[households][scope]")
{
    TestStore store;
    const QString gridA = store.makeGrid(QStringLiteral("01"));
    const QString gridB = store.makeGrid(QStringLiteral("02"));
    HouseholdRepository households(store.db());
    addHousehold(households, gridA, QStringLiteral("菖蒲村1组"));
    addHousehold(households, gridB, QStringLiteral("菖蒲村2组"));
    addHousehold(households, gridB, QStringLiteral("菖蒲村3组"));

    HouseholdFilter filter;
    filter.scope = QStringList{gridA};
    CHECK(households.count(filter) == 1);
    CHECK(households.list(filter).rows.first().address == QStringLiteral("菖蒲村1组"));
    filter.scope = QStringList{store.villageId()};
    CHECK(households.count(filter) == 3);
    filter.scope = QStringList{store.townshipId()};
    CHECK(households.count(filter) == 3);
    // An empty scope shows nothing rather than everything.
    filter.scope = QStringList{};
    CHECK(households.count(filter) == 0);
    CHECK(households.list(filter).rows.isEmpty());
    filter.scope = std::nullopt;
    CHECK(households.count(filter) == 3);
}

TEST_CASE("Households are listed in the order people count", "[households]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    HouseholdRepository households(store.db());
    auto add = [&](const QString &address, const QString &number) {
        Household household;
        household.gridId = grid;
        household.address = address;
        household.houseNumber = number;
        return *households.create(household);
    };
    const QString ten = add(QStringLiteral("菖蒲村10组"), QStringLiteral("1号"));
    const QString twoTen = add(QStringLiteral("菖蒲村2组"), QStringLiteral("10号"));
    const QString twoNine = add(QStringLiteral("菖蒲村2组"), QStringLiteral("9号"));
    const QString one = add(QStringLiteral("菖蒲村1组"), QString());
    QStringList order;
    for (const HouseholdRow &row : households.list({}).rows)
        order.append(row.id);
    CHECK(order == QStringList{one, twoNine, twoTen, ten});

    // Moving a house renumbers its place.
    Household moved = *households.get(ten);
    moved.address = QStringLiteral("菖蒲村1组");
    REQUIRE(households.update(moved).ok());
    order.clear();
    for (const HouseholdRow &row : households.list({}).rows)
        order.append(row.id);
    CHECK(order == QStringList{one, ten, twoNine, twoTen});
}

TEST_CASE("Sorting by house number counts too", "[households]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    HouseholdRepository households(store.db());
    for (const char *number : {"10号", "9号", "100号", "10号之1"}) {
        Household household;
        household.gridId = grid;
        household.address = QStringLiteral("菖蒲村1组");
        household.houseNumber = QString::fromUtf8(number);
        REQUIRE(households.create(household).ok());
    }
    HouseholdFilter filter;
    filter.sort = HouseholdSort::HouseNumber;
    QStringList order;
    PageCursor cursor;
    for (;;) { // two rows a page, to cross the keyset
        const auto page = households.list(filter, cursor, 2);
        for (const HouseholdRow &row : page.rows)
            order.append(row.houseNumber);
        if (!page.hasMore)
            break;
        cursor = page.next;
    }
    CHECK(order == QStringList{QStringLiteral("9号"), QStringLiteral("10号"), QStringLiteral("10号之1"),
                               QStringLiteral("100号")});
}
