// Failures injected into the real store (a trigger that aborts a chosen statement) prove that multi-row
// work is one transaction: nothing is left half-written.
#include "core/demo/DemoGenerator.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/MemberRepository.h"
#include "core/register/PersonRepository.h"
#include "core/storage/ChangeLog.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;
using lianxin::test::scalar;

namespace {

void inject(Database &db, const QString &trigger)
{
    REQUIRE(db.exec(trigger).ok());
}
} // namespace

TEST_CASE("Removing a household fails as a whole when its last step fails", "[faults]")
{
    TestStore store;
    HouseholdRepository households(store.db());
    PersonRepository persons(store.db());
    Household household;
    household.gridId = store.makeGrid();
    household.address = QStringLiteral("菖蒲村1组");
    const QString id = *households.create(household);
    for (const char *name : {"储一", "储二", "储三"}) {
        Person person;
        person.householdId = id;
        person.name = QString::fromUtf8(name);
        REQUIRE(persons.create(person).ok());
    }
    REQUIRE(ChangeLog(store.db()).markSynced(ChangeLog(store.db()).pending()).ok());

    // The members are tombstoned first; the household's own tombstone then fails.
    inject(store.db(), QStringLiteral("CREATE TEMP TRIGGER fail_household BEFORE UPDATE OF deleted ON households "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    const Status removed = households.remove(id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("injected failure")));
    CHECK(persons.members(id).size() == 3);
    CHECK(households.get(id).has_value());
    CHECK(ChangeLog(store.db()).pending().isEmpty());

    REQUIRE(store.db().exec(QStringLiteral("DROP TRIGGER fail_household")).ok());
    REQUIRE(households.remove(id).ok());
    CHECK(persons.members(id).isEmpty());
}

TEST_CASE("A member whose grid assignment fails is not created at all", "[faults]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    inject(store.db(), QStringLiteral("CREATE TEMP TRIGGER fail_assignment BEFORE INSERT ON member_regions "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    Member member;
    member.name = QStringLiteral("汪海");
    member.roles = {QStringLiteral("grid_officer")};
    member.regionIds = {grid};
    REQUIRE_FALSE(MemberRepository(store.db()).create(member).ok());
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM members")).toInt() == 0);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members'")).toInt() == 0);
}

TEST_CASE("A demo run that fails halfway writes nothing", "[faults]")
{
    TestStore store;
    inject(store.db(), QStringLiteral("CREATE TEMP TRIGGER fail_later BEFORE INSERT ON persons "
                                      "WHEN (SELECT count(*) FROM persons) >= 500 "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    const auto result = DemoGenerator(store.db(), {1, 400}).run();
    REQUIRE_FALSE(result.ok());
    const QStringList tables{QStringLiteral("regions"),  QStringLiteral("members"),    QStringLiteral("households"),
                             QStringLiteral("persons"),  QStringLiteral("change_log"), QStringLiteral("search_rows")};
    for (const QString &table : tables)
        CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt() == 0);
    CHECK(store.db().metaValue(QStringLiteral("search_deferred_since")).isEmpty());
}
