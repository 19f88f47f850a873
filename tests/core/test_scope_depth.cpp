#include "core/demo/DemoGenerator.h"
#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/MediationReport.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/RegionRepository.h"
#include "core/search/RegisterSearch.h"
#include "tests/support/Disputes.h"

#include <QSqlQuery>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

namespace {
QString idOf(Database &db, const QString &code)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id FROM regions WHERE code = ?"));
    query.addBindValue(code);
    REQUIRE(db.exec(query).ok());
    return query.next() ? query.value(0).toString() : QString();
}

// Every region's ancestors as the table holds them, "region<ancestor" by code.
QStringList ancestry(Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT r.code || '<' || a.code FROM region_ancestors x JOIN regions r ON r.id = x.region_id "
        "JOIN regions a ON a.id = x.ancestor_id WHERE r.id <> a.id ORDER BY 1"));
    REQUIRE(db.exec(query).ok());
    QStringList pairs;
    while (query.next())
        pairs.append(query.value(0).toString());
    return pairs;
}

// The first household's head of a township, by the township's code prefix of its grid.
QString personIn(Database &db, const QString &townshipCode)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT p.name FROM persons p JOIN households h ON h.id = p.household_id "
                                                "JOIN regions g ON g.id = h.grid_id WHERE g.code LIKE ? || '%' ORDER BY p.id LIMIT 1"));
    query.addBindValue(townshipCode);
    REQUIRE(db.exec(query).ok());
    return query.next() ? query.value(0).toString() : QString();
}
} // namespace

TEST_CASE("A county account over a demo of two townships sees every township's households and cases", "[scope]")
{
    TestStore store;
    REQUIRE(DemoGenerator(store.db(), {1, 120, QStringLiteral("340828101")}).run().ok());
    REQUIRE(DemoGenerator(store.db(), {2, 80, QStringLiteral("340828102")}).run().ok());
    const Scope county = QStringList{idOf(store.db(), QStringLiteral("340828"))};
    const Scope township = QStringList{idOf(store.db(), QStringLiteral("340828102"))};

    HouseholdRepository households(store.db());
    HouseholdFilter filter;
    filter.scope = county;
    CHECK(households.count(filter) == 200);
    filter.scope = township;
    CHECK(households.count(filter) == 80);

    // Search finds people of both townships for the county, one for the township.
    for (const QString &code : {QStringLiteral("340828101"), QStringLiteral("340828102")}) {
        const QString name = personIn(store.db(), code);
        REQUIRE_FALSE(name.isEmpty());
        CHECK_FALSE(RegisterSearch(store.db(), county).find(name).isEmpty());
    }

    RegionRepository regions(store.db());
    const auto gridsOf = [&](const Scope &scope) {
        QSet<QString> townships;
        for (const Region &grid : regions.gridsWithin(scope))
            townships.insert(grid.code.left(9));
        return townships;
    };
    CHECK(gridsOf(county) == QSet<QString>{QStringLiteral("340828101"), QStringLiteral("340828102")});
    CHECK(gridsOf(township) == QSet<QString>{QStringLiteral("340828102")});
    CHECK(regions.villagesWithin(county).size() > regions.villagesWithin(township).size());

    // A case in a grid of each township: the county lists, counts and reports both.
    const QString gridA = regions.gridsWithin(QStringList{idOf(store.db(), QStringLiteral("340828101"))}).first().id;
    const QString gridB = regions.gridsWithin(township).first().id;
    const QString caseA = registerCase(store, QDate(2026, 10, 5), gridA);
    const QString caseB = registerCase(store, QDate(2026, 10, 6), gridB);
    DisputeFilter cases;
    cases.scope = county;
    CHECK(DisputeList(store.db()).count(cases) == 2);
    cases.regionId = idOf(store.db(), QStringLiteral("340828"));
    CHECK(DisputeList(store.db()).count(cases) == 2);
    cases.scope = township;
    cases.regionId.clear();
    CHECK(DisputeList(store.db()).count(cases) == 1);
    const auto isPlace = [&](const QString &id, const Scope &scope) {
        const QList<Region> places = DisputeRepository(store.db()).places(scope);
        return std::any_of(places.cbegin(), places.cend(), [&](const Region &r) { return r.id == id; });
    };
    CHECK(isPlace(gridA, county));
    CHECK_FALSE(isPlace(gridA, township));
    const auto [from, to] = MediationReport::month(2026, 10);
    CHECK(MediationReport(store.db()).compute(from, to, idOf(store.db(), QStringLiteral("340828")), county).total.received == 2);
    CHECK(MediationReport(store.db()).compute(from, to, QString(), township).total.received == 1);

    // The county's figures are the sum of its townships' (J9): one case agreed, the other still open.
    walkCase(store, caseA, QStringLiteral("agreement"));
    walkCase(store, caseB, QStringLiteral("session"));
    const auto [q4from, q4to] = MediationReport::quarter(2026, 4);
    const ReportLine whole =
        MediationReport(store.db()).compute(q4from, q4to, idOf(store.db(), QStringLiteral("340828")), county).total;
    ReportLine sum;
    for (const QString &code : {QStringLiteral("340828101"), QStringLiteral("340828102")})
        sum.add(MediationReport(store.db()).compute(q4from, q4to, idOf(store.db(), code), county).total);
    CHECK(whole.received == 2);
    CHECK(whole.agreed == 1);
    CHECK(sum.received == whole.received);
    CHECK(sum.agreed == whole.agreed);
    CHECK(sum.mediated() == whole.mediated());
    CHECK(sum.agreedAmountFen == whole.agreedAmountFen);
}

TEST_CASE("Each region keeps its ancestors whatever order regions arrive and move in", "[scope]")
{
    TestStore store;
    Database &db = store.db();
    const auto insert = [&](const QString &id, const QString &parent, const QString &code, const QString &kind) {
        QSqlQuery query = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO regions (id, parent_id, code, name, kind, created_at, updated_at, updated_by_device) "
            "VALUES (?, ?, ?, ?, ?, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'd')"));
        query.addBindValue(id);
        query.addBindValue(parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(parent));
        query.addBindValue(code);
        query.addBindValue(code);
        query.addBindValue(kind);
        REQUIRE(db.exec(query).ok());
    };
    REQUIRE(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    // A grid first, then its village, then the township and the county (a sync page may run leaf first).
    insert(QStringLiteral("g"), QStringLiteral("v"), QStringLiteral("G"), QStringLiteral("grid"));
    insert(QStringLiteral("v"), QStringLiteral("t"), QStringLiteral("V"), QStringLiteral("village"));
    insert(QStringLiteral("t2"), QStringLiteral("c"), QStringLiteral("T2"), QStringLiteral("town"));
    insert(QStringLiteral("c"), QString(), QStringLiteral("C"), QStringLiteral("county"));
    insert(QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("T"), QStringLiteral("town"));
    CHECK(ancestry(db) == QStringList{QStringLiteral("G<C"), QStringLiteral("G<T"), QStringLiteral("G<V"),
                                      QStringLiteral("T2<C"), QStringLiteral("T<C"), QStringLiteral("V<C"), QStringLiteral("V<T")});

    // The village moves to the other township, by update and by replacement; its grid goes with it.
    REQUIRE(db.exec(QStringLiteral("UPDATE regions SET parent_id = 't2' WHERE id = 'v'")).ok());
    CHECK(ancestry(db) == QStringList{QStringLiteral("G<C"), QStringLiteral("G<T2"), QStringLiteral("G<V"),
                                      QStringLiteral("T2<C"), QStringLiteral("T<C"), QStringLiteral("V<C"), QStringLiteral("V<T2")});
    insert(QStringLiteral("v"), QStringLiteral("t"), QStringLiteral("V"), QStringLiteral("village"));
    CHECK(ancestry(db).contains(QStringLiteral("G<T")));
    CHECK_FALSE(ancestry(db).contains(QStringLiteral("G<T2")));

    // A removed region leaves no trace.
    REQUIRE(db.exec(QStringLiteral("DELETE FROM regions WHERE id = 'g'")).ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM region_ancestors WHERE region_id = 'g' OR ancestor_id = 'g'")).toInt() == 0);
}
