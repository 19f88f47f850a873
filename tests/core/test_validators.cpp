#include "core/validation/Validators.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Mobile and landline numbers are normalized", "[validation]")
{
    CHECK(*normalizePhone(QStringLiteral("phone"), QStringLiteral("139 1234 5678")) == QStringLiteral("13912345678"));
    CHECK(*normalizePhone(QStringLiteral("phone"), QStringLiteral("+86 139-1234-5678")) == QStringLiteral("13912345678"));
    CHECK(*normalizePhone(QStringLiteral("phone"), QStringLiteral("05568123456")) == QStringLiteral("0556-8123456"));
    CHECK(*normalizePhone(QStringLiteral("phone"), QStringLiteral("0556-8123456")) == QStringLiteral("0556-8123456"));
    CHECK(normalizePhone(QStringLiteral("phone"), QStringLiteral("  ")).value().isEmpty());
    CHECK(isMobileNumber(QStringLiteral("13912345678")));
    CHECK_FALSE(isMobileNumber(QStringLiteral("12912345678")));
}

TEST_CASE("Bad phone numbers are refused naming the field", "[validation]")
{
    const auto shortMobile = normalizePhone(QStringLiteral("phone"), QStringLiteral("1391234567"));
    REQUIRE_FALSE(shortMobile.ok());
    CHECK(shortMobile.error().field == QStringLiteral("phone"));
    CHECK(shortMobile.error().message.contains(QStringLiteral("11 digits")));

    const auto letters = normalizePhone(QStringLiteral("member_phone"), QStringLiteral("call me"));
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error().field == QStringLiteral("member_phone"));
    CHECK(letters.error().message.contains(QStringLiteral("not valid")));
}

TEST_CASE("Required and bounded texts", "[validation]")
{
    const Status blank = checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("   "), 10);
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().field == QStringLiteral("name"));
    CHECK(blank.error().message == QStringLiteral("Name is required."));

    const Status tooLong = checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), QString(11, QLatin1Char('a')), 10);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("at most 10")));

    CHECK(checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("王芳"), 10).ok());
    CHECK(checkTextLength(QStringLiteral("notes"), QStringLiteral("Notes"), QString(), 10).ok());
}
