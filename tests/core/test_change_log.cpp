#include "core/auth/AccountRepository.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/storage/ChangeLog.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;

namespace {
const RowChange *find(const QList<RowChange> &changes, const QString &rowId)
{
    for (const RowChange &change : changes) {
        if (change.rowId == rowId)
            return &change;
    }
    return nullptr;
}
} // namespace

TEST_CASE("Change tracking reports exactly the rows and fields changed since the last mark", "[sync]")
{
    TestStore store;
    Database &db = store.db();
    ChangeLog log(db);
    const QString grid = store.makeGrid();
    REQUIRE(log.markSynced(log.pending()).ok());
    CHECK(log.pending().isEmpty());
    CHECK(log.pendingRowCount() == 0);

    HouseholdRepository households(db);
    PersonRepository persons(db);
    Household household;
    household.gridId = grid;
    household.address = QStringLiteral("天堂镇菖蒲村3组");
    const auto householdId = households.create(household);
    REQUIRE(householdId.ok());
    Person person;
    person.householdId = *householdId;
    person.name = QStringLiteral("王芳");
    person.phone = QStringLiteral("13912345678");
    const auto personId = persons.create(person);
    REQUIRE(personId.ok());

    // New rows: both reported as inserts carrying every field, parents first.
    QList<RowChange> pending = log.pending();
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].table == QStringLiteral("households"));
    CHECK(pending[1].table == QStringLiteral("persons"));
    CHECK(pending[1].inserted);
    CHECK(pending[1].fields.size() == tables::persons().fields.size());
    CHECK(log.pendingRowCount() == 2);
    REQUIRE(log.markSynced(pending).ok());
    CHECK(log.pending().isEmpty());

    // Two fields of the person change, then one of them again: one row, those two fields.
    Person edited = *persons.get(*personId);
    edited.name = QStringLiteral("王芳芳");
    edited.phone = QStringLiteral("13800000000");
    REQUIRE(persons.update(edited).ok());
    edited.name = QStringLiteral("王芳华");
    REQUIRE(persons.update(edited).ok());
    // Saving without a change records nothing.
    REQUIRE(persons.update(edited).ok());
    pending = log.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].rowId == *personId);
    CHECK_FALSE(pending[0].inserted);
    CHECK_FALSE(pending[0].deleted);
    CHECK(pending[0].fields == QStringList{QStringLiteral("name"), QStringLiteral("phone")});

    // A change made after the pending list was read survives the mark.
    Household movedOn = *households.get(*householdId);
    movedOn.houseNumber = QStringLiteral("12号");
    REQUIRE(households.update(movedOn).ok());
    REQUIRE(log.markSynced(pending).ok());
    pending = log.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].table == QStringLiteral("households"));
    CHECK(pending[0].fields == QStringList{QStringLiteral("house_number")});
    REQUIRE(log.markSynced(pending).ok());

    // Removing the household tombstones it and its member.
    REQUIRE(households.remove(*householdId).ok());
    pending = log.pending();
    REQUIRE(pending.size() == 2);
    const RowChange *removedPerson = find(pending, *personId);
    REQUIRE(removedPerson);
    CHECK(removedPerson->deleted);
    CHECK(removedPerson->fields == QStringList{QStringLiteral("deleted")});
    const RowChange *removedHousehold = find(pending, *householdId);
    REQUIRE(removedHousehold);
    CHECK(removedHousehold->deleted);
}

TEST_CASE("Every write stamps the device, the account and the time", "[sync]")
{
    TestStore store;
    Database &db = store.db();
    db.setActor(QStringLiteral("account-7"));
    const QString grid = store.makeGrid();
    HouseholdRepository households(db);
    Household household;
    household.gridId = grid;
    household.address = QStringLiteral("天堂镇菖蒲村3组");
    const auto id = households.create(household);
    REQUIRE(id.ok());
    auto stored = households.get(*id);
    REQUIRE(stored);
    CHECK(stored->info.updatedByDevice == db.deviceId());
    CHECK(stored->info.updatedBy == QStringLiteral("account-7"));
    CHECK(stored->info.createdAt == store.clock().nowUtc());
    CHECK(stored->info.serverVersion == 0);

    store.clock().advanceSeconds(60);
    stored->notes = QStringLiteral("visited");
    REQUIRE(households.update(*stored).ok());
    const auto updated = households.get(*id);
    CHECK(updated->info.updatedAt == store.clock().nowUtc());
    CHECK(updated->info.createdAt == stored->info.createdAt);
}

TEST_CASE("The change log's version moves with every append and clear", "[sync]")
{
    TestStore store;
    ChangeLog log(store.db());
    const auto empty = log.version();
    CHECK(empty == std::pair<qint64, qint64>{0, 0});
    store.makeGrid();
    const auto afterWrites = log.version();
    CHECK(afterWrites != empty);
    CHECK(log.version() == afterWrites); // reading changes nothing
    REQUIRE(log.markSynced(log.pending()).ok());
    CHECK(log.version() != afterWrites);
}

TEST_CASE("Each change is kept with its author, so that it syncs under that person's own session", "[sync]")
{
    TestStore store;
    Database &db = store.db();
    const QString grid = store.makeGrid(); // written with nobody signed in
    const auto account = [&](const char *username) {
        Account a;
        a.username = QString::fromLatin1(username);
        a.displayName = a.username;
        a.role = QStringLiteral("grid_officer");
        a.scope = {grid};
        const auto id = AccountRepository(db).create(a, QStringLiteral("a long password"));
        REQUIRE(id.ok());
        return *id;
    };
    const QString officer = account("officer");
    const QString mediator = account("mediator");
    HouseholdRepository households(db);
    Household household;
    household.gridId = grid;
    household.address = QStringLiteral("甲村1组");
    db.setActor(officer);
    const auto first = households.create(household);
    REQUIRE(first.ok());
    db.setActor(mediator);
    auto edited = households.get(*first);
    edited->notes = QStringLiteral("调解员补记");
    REQUIRE(households.update(*edited).ok());

    ChangeLog log(db);
    // The officer's change to the household is his; the mediator's note hers; the rest nobody's yet.
    const QList<RowChange> officers = log.pushable(QStringLiteral("officer"));
    REQUIRE(officers.size() == 1);
    CHECK(officers.first().rowId == *first);
    CHECK(officers.first().inserted);
    const QList<RowChange> mediators = log.pushable(QStringLiteral("mediator"));
    REQUIRE(mediators.size() == 1);
    CHECK_FALSE(mediators.first().inserted);
    CHECK(mediators.first().fields == QStringList{QStringLiteral("notes")});
    QStringList authors;
    for (const PendingAuthor &author : log.pendingAuthors())
        authors.append(author.username);
    CHECK(authors == QStringList{QString(), QStringLiteral("officer"), QStringLiteral("mediator")});

    // What nobody signed in for is taken on by the first to sync; marking one person's rows synced leaves
    // the other's entries of the same row pending.
    REQUIRE(log.attributeUnowned(QStringLiteral("officer")).ok());
    CHECK(log.pendingAuthors().first().username == QStringLiteral("officer"));
    REQUIRE(log.markSynced(log.pushable(QStringLiteral("officer"))).ok());
    CHECK(log.pushable(QStringLiteral("officer")).isEmpty());
    CHECK(log.pushable(QStringLiteral("mediator")).size() == 1);
    CHECK(log.pendingRowCount() == 1);
}
