#include "core/demo/DemoGenerator.h"
#include "core/register/HouseholdRepository.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/SyncedTable.h"
#include "core/validation/IdNumber.h"
#include "tests/support/TestStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;
using lianxin::test::scalar;

namespace {
// A digest of every user-visible table, ids and timestamps included.
QByteArray digest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SyncedTable *table : tables::all()) {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table->name));
        REQUIRE(db.exec(query).ok());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                // The device id differs between stores by design.
                if (query.record().fieldName(i) != QLatin1String("updated_by_device"))
                    hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            }
        }
    }
    return hash.result();
}

} // namespace

TEST_CASE("The demo generator is deterministic for a seed", "[demo]")
{
    TestStore first;
    TestStore second;
    TestStore third;
    REQUIRE(DemoGenerator(first.db(), {7, 300}).run().ok());
    REQUIRE(DemoGenerator(second.db(), {7, 300}).run().ok());
    REQUIRE(DemoGenerator(third.db(), {8, 300}).run().ok());
    CHECK(digest(first.db()) == digest(second.db()));
    CHECK(digest(first.db()) != digest(third.db()));
}

TEST_CASE("Demo households are plausible and every ID number is valid", "[demo]")
{
    TestStore store;
    const auto summary = DemoGenerator(store.db(), {3, 500}).run();
    REQUIRE(summary.ok());
    CHECK(summary->households == 500);
    CHECK(summary->villages == 2);
    CHECK(summary->grids == 5);
    CHECK(summary->members >= summary->grids + 2 * summary->villages);
    const double perHousehold = double(summary->persons) / summary->households;
    CHECK(perHousehold > 2.5);
    CHECK(perHousehold < 5.5);
    CHECK(HouseholdRepository(store.db()).count({}) == 500);

    // Every household has a head who lives in it.
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM households h JOIN persons p ON p.id = h.head_person_id "
                                            "AND p.household_id = h.id AND p.relation = 'head'")).toInt() == 500);

    QSqlQuery persons = store.db().prepare(QStringLiteral("SELECT id_number, sex, birth_date FROM persons"));
    REQUIRE(store.db().exec(persons).ok());
    const QDate today = store.clock().nowUtc().date();
    int checked = 0;
    while (persons.next()) {
        const auto id = parseIdNumber(persons.value(0).toString(), today);
        REQUIRE(id.ok());
        CHECK(id->addressCode == QStringLiteral("340828"));
        CHECK((id->sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F")) == persons.value(1).toString());
        CHECK(id->birthDate.toString(Qt::ISODate) == persons.value(2).toString());
        ++checked;
    }
    CHECK(checked == summary->persons);
    // All of it waits in the outbox for the first sync.
    CHECK(ChangeLog(store.db()).pendingRowCount() >= summary->rows());
}

TEST_CASE("A cancelled demo run writes nothing", "[demo]")
{
    TestStore store;
    int calls = 0;
    const auto result = DemoGenerator(store.db(), {1, 1000}).run([&](int done, int) {
        ++calls;
        return done < 500;
    });
    REQUIRE_FALSE(result.ok());
    CHECK(calls == 2);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM households")).toInt() == 0);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM regions")).toInt() == 0);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM change_log")).toInt() == 0);
}
