#include "core/register/RegionImporter.h"
#include "core/register/RegionRepository.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;

namespace {
QString writeCsv(const TestStore &store, const QString &text)
{
    const QString path = store.dir() + QStringLiteral("/regions.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("The built-in seed holds Yuexi County and its 24 townships", "[regions]")
{
    TestStore store;
    const auto summary = importRegionsCsv(store.db(), builtinRegionSeedPath());
    REQUIRE(summary.ok());
    CHECK(summary->created == 25);
    RegionRepository regions(store.db());
    const auto county = regions.findByCode(QStringLiteral("340828"));
    REQUIRE(county);
    CHECK(county->name == QStringLiteral("岳西县"));
    const QList<Region> townships = regions.children(county->id);
    CHECK(townships.size() == 24);
    CHECK(regions.listByLevel(RegionLevel::Township).size() == 24);
    CHECK(townships.first().name == QStringLiteral("天堂镇"));
    CHECK(townships.first().kind == RegionKind::Town);
    CHECK(townships.last().kind == RegionKind::Township);

    // Importing again changes nothing; an edited name is updated in place.
    const auto again = importRegionsCsv(store.db(), builtinRegionSeedPath());
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->unchanged == 25);
    const QString edited = writeCsv(store, QStringLiteral("code,name,kind,parent_code,sort_order\n"
                                                          "340828,岳西县,county,,0\n"
                                                          "340828207,姚河镇,town,340828,20\n"));
    const auto renamed = importRegionsCsv(store.db(), edited);
    REQUIRE(renamed.ok());
    CHECK(renamed->updated == 1);
    const auto yaohe = regions.findByCode(QStringLiteral("340828207"));
    REQUIRE(yaohe);
    CHECK(yaohe->name == QStringLiteral("姚河镇"));
    CHECK(yaohe->kind == RegionKind::Town);
    CHECK(yaohe->sortOrder == 20);
}

TEST_CASE("A bad line stops the import, names the line and leaves the store as it was", "[regions]")
{
    TestStore store;
    const QString path = writeCsv(store, QStringLiteral("# comment\n"
                                                        "code,name,kind,parent_code,sort_order\n"
                                                        "340828,岳西县,county,,0\n"
                                                        "340828101,天堂镇,town,340828,1\n"
                                                        "340828102,店前镇,hamlet,340828,2\n"));
    const auto result = importRegionsCsv(store.db(), path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QStringLiteral("kind"));
    CHECK(result.error().message.startsWith(QStringLiteral("Line 5:")));
    CHECK(RegionRepository(store.db()).findByCode(QStringLiteral("340828")) == std::nullopt);

    const QString orphan = writeCsv(store, QStringLiteral("code,name,kind,parent_code,sort_order\n"
                                                          "340828101,天堂镇,town,340828,1\n"));
    const auto orphanResult = importRegionsCsv(store.db(), orphan);
    REQUIRE_FALSE(orphanResult.ok());
    CHECK(orphanResult.error().field == QStringLiteral("parent_code"));
}

TEST_CASE("Regions sit one level under their parent", "[regions]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    RegionRepository regions(store.db());

    const auto underGrid = regions.create({{}, grid, QStringLiteral("X1"), QStringLiteral("组"), RegionKind::Village, 0});
    REQUIRE_FALSE(underGrid.ok());
    CHECK(underGrid.error().field == QStringLiteral("parent_id"));
    CHECK(underGrid.error().message.contains(QStringLiteral("cannot be placed under")));

    const auto orphanGrid = regions.create({{}, {}, QStringLiteral("X2"), QStringLiteral("网格"), RegionKind::Grid, 0});
    REQUIRE_FALSE(orphanGrid.ok());
    CHECK(orphanGrid.error().field == QStringLiteral("parent_id"));

    const auto badCode = regions.create({{}, store.villageId(), QStringLiteral("no spaces"), QStringLiteral("网格"),
                                         RegionKind::Grid, 0});
    REQUIRE_FALSE(badCode.ok());
    CHECK(badCode.error().field == QStringLiteral("code"));

    const auto duplicate = regions.create({{}, store.villageId(), QStringLiteral("34082810120101"),
                                           QStringLiteral("重复"), RegionKind::Grid, 0});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("code"));
    CHECK(duplicate.error().message.contains(QStringLiteral("already used by another region")));
}

TEST_CASE("A region in use cannot be removed - an empty one is tombstoned", "[regions]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    RegionRepository regions(store.db());
    const Status villageInUse = regions.remove(store.villageId());
    REQUIRE_FALSE(villageInUse.ok());
    CHECK(villageInUse.error().message.contains(QStringLiteral("1 region")));

    REQUIRE(regions.remove(grid).ok());
    CHECK(regions.get(grid) == std::nullopt);
    QSqlQuery row = store.db().prepare(QStringLiteral("SELECT deleted FROM regions WHERE id = ?"));
    row.addBindValue(grid);
    REQUIRE(store.db().exec(row).ok());
    REQUIRE(row.next());
    CHECK(row.value(0).toInt() == 1);
    // The code of a removed region can be used again.
    CHECK(regions.create({{}, store.villageId(), QStringLiteral("34082810120101"), QStringLiteral("新网格"),
                          RegionKind::Grid, 0})
              .ok());
}
