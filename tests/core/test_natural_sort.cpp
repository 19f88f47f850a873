#include "core/common/NaturalSort.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Natural sort keys order numbers by value", "[storage]")
{
    CHECK(naturalSortKey(QStringLiteral("2组")) < naturalSortKey(QStringLiteral("10组")));
    CHECK(naturalSortKey(QStringLiteral("9号")) < naturalSortKey(QStringLiteral("10号")));
    CHECK(naturalSortKey(QStringLiteral("007")) == naturalSortKey(QStringLiteral("7")));
    CHECK(naturalSortKey(QStringLiteral("村")) == QStringLiteral("村"));
    CHECK(naturalSortKey(QStringLiteral("a1b22")) == QStringLiteral("a0000000001b0000000022"));
    // Full-width digits are text, not numbers.
    CHECK(naturalSortKey(QStringLiteral("１组")) == QStringLiteral("１组"));
}
