#include "core/common/NaturalSort.h"
#include "core/demo/DemoGenerator.h"
#include "core/register/RegionRepository.h"
#include "tests/support/TestStore.h"
#include "ui/register/HouseholdTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;

TEST_CASE("The household model pages from SQL and never loads everything", "[ui]")
{
    TestStore store;
    REQUIRE(DemoGenerator(store.db(), {5, 650}).run().ok());
    HouseholdTableModel model(store.db());
    CHECK(model.totalCount() == 650);
    CHECK(model.rowCount() == HouseholdTableModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * HouseholdTableModel::kPageSize);

    // The tester fetches on its own while checking; every household still appears exactly once.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 650);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.householdId(row));
    CHECK(ids.size() == 650);

    // Rows are in address order (as people count: 9组 before 10组) and show the head and member count.
    for (int row = 1; row < model.rowCount(); ++row) {
        CHECK(naturalSortKey(model.index(row - 1, HouseholdTableModel::Address).data().toString()) <=
              naturalSortKey(model.index(row, HouseholdTableModel::Address).data().toString()));
    }
    CHECK_FALSE(model.index(0, HouseholdTableModel::Head).data().toString().isEmpty());
    CHECK(model.index(0, HouseholdTableModel::Members).data().toInt() >= 1);
    CHECK(model.headerData(HouseholdTableModel::Address, Qt::Horizontal).toString() == QStringLiteral("Address"));
}

TEST_CASE("Filtering and sorting the household model re-query the store", "[ui]")
{
    TestStore store;
    REQUIRE(DemoGenerator(store.db(), {5, 650}).run().ok());
    HouseholdTableModel model(store.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy totals(&model, &HouseholdTableModel::totalCountChanged);

    const QList<Region> villages = RegionRepository(store.db()).listByLevel(RegionLevel::Village);
    REQUIRE(villages.size() == 2);
    HouseholdFilter filter;
    filter.villageId = villages.first().id;
    model.setFilter(filter);
    REQUIRE(totals.count() == 1);
    CHECK(totals.first().first().toInt() == 400);
    CHECK(model.totalCount() == 400);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, HouseholdTableModel::Village).data().toString() == villages.first().name);

    model.sort(HouseholdTableModel::Address, Qt::DescendingOrder);
    CHECK(model.index(0, HouseholdTableModel::Address).data().toString() >=
          model.index(1, HouseholdTableModel::Address).data().toString());
    CHECK(model.filter().villageId == villages.first().id);
}
