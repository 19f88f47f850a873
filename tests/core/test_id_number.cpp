#include "core/validation/IdNumber.h"

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {
const QDate kToday(2026, 11, 29);

QString errorOf(const QString &input)
{
    const auto result = parseIdNumber(input, kToday);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QStringLiteral("id_number"));
    return result.error().message;
}
} // namespace

TEST_CASE("A valid ID number yields its birth date and sex", "[id]")
{
    // The example number of GB 11643-1999, whose check character is X.
    const auto id = parseIdNumber(QStringLiteral("11010519491231002X"), kToday);
    REQUIRE(id.ok());
    CHECK(id->number == QStringLiteral("11010519491231002X"));
    CHECK(id->birthDate == QDate(1949, 12, 31));
    CHECK(id->sex == Sex::Female); // sequence 002 is even
    CHECK(id->addressCode == QStringLiteral("110105"));

    const auto male = parseIdNumber(QStringLiteral("340828199003071234"), kToday);
    REQUIRE(male.ok());
    CHECK(male->sex == Sex::Male);
    CHECK(male->birthDate == QDate(1990, 3, 7));
}

TEST_CASE("Spaces and a lower-case x are accepted and normalized", "[id]")
{
    const auto id = parseIdNumber(QStringLiteral("  11010519491231002x "), kToday);
    REQUIRE(id.ok());
    CHECK(id->number == QStringLiteral("11010519491231002X"));
}

TEST_CASE("A 15-digit legacy number converts to 18 digits", "[id]")
{
    CHECK(upgradeLegacyIdNumber(QStringLiteral("130503670401001")) == QStringLiteral("130503196704010016"));
    const auto id = parseIdNumber(QStringLiteral("130503670401001"), kToday);
    REQUIRE(id.ok());
    CHECK(id->number == QStringLiteral("130503196704010016"));
    CHECK(id->birthDate == QDate(1967, 4, 1));
    CHECK(id->sex == Sex::Male);
}

TEST_CASE("Each kind of invalid ID number is refused with its own reason", "[id]")
{
    CHECK(errorOf(QString()).contains(QStringLiteral("empty")));
    CHECK(errorOf(QStringLiteral("3408281990030712")).contains(QStringLiteral("16")));
    CHECK(errorOf(QStringLiteral("34082819900307123A")).contains(QStringLiteral("17 digits")));
    CHECK(errorOf(QStringLiteral("3408281990O3071234")).contains(QStringLiteral("17 digits")));
    CHECK(errorOf(QStringLiteral("12345a67890123")).contains(QStringLiteral("18 characters")));
    CHECK(errorOf(QStringLiteral("13050367040100A")).contains(QStringLiteral("digits only")));
    // 99 is no province.
    CHECK(errorOf(QStringLiteral("990828199003071236")).contains(QStringLiteral("province")));
    // 30 February does not exist.
    CHECK(errorOf(QStringLiteral("340828199002301234")).contains(QStringLiteral("not a real date")));
    CHECK(errorOf(QStringLiteral("340828202712011234")).contains(QStringLiteral("future")));
    CHECK(errorOf(QStringLiteral("340828189912011234")).contains(QStringLiteral("before 1900")));
    // The right check character for these 17 digits is 4.
    const QString wrongCheck = errorOf(QStringLiteral("340828199003071235"));
    CHECK(wrongCheck.contains(QStringLiteral("check character")));
    CHECK(wrongCheck.contains(QStringLiteral("should be 4")));
}

TEST_CASE("The check character follows ISO 7064 MOD 11-2", "[id]")
{
    CHECK(idNumberCheckChar(u"11010519491231002") == QLatin1Char('X'));
    CHECK(idNumberCheckChar(u"34082819900307123") == QLatin1Char('4'));
    CHECK(idNumberCheckChar(u"13050319670401001") == QLatin1Char('6'));
}
