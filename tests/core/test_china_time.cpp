#include "core/common/ChinaTime.h"
#include "core/mediation/Deadlines.h"
#include "tests/support/TimeZone.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Now in China is UTC+8 from the injected clock, whatever the machine's time zone")
{
    const lianxin::test::TimeZone newYork("America/New_York");
    // 21:11 UTC on 2 December is 05:11 on 3 December in China, and 16:11 on 2 December in New York.
    FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(21, 11), Qt::UTC));
    REQUIRE(clock.nowUtc().toLocalTime().time() == QTime(16, 11));

    const QDateTime now = chinaNow(clock);
    CHECK(now.date() == QDate(2026, 12, 3));
    CHECK(now.time() == QTime(5, 11));
    CHECK(now.offsetFromUtc() == 8 * 3600);
    CHECK(now == clock.nowUtc());
    CHECK(chinaToday(clock) == QDate(2026, 12, 3));
    // The rules' today is the same day.
    CHECK(deadlines::today(clock) == QDate(2026, 12, 3));
    CHECK(now.toString(QStringLiteral("yyyy-MM-dd HH:mm")) == QStringLiteral("2026-12-03 05:11"));

    clock.set(QDateTime(QDate(2026, 12, 2), QTime(15, 59), Qt::UTC));
    CHECK(chinaToday(clock) == QDate(2026, 12, 2));
}
