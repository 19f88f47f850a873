#include "ui/Format.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Dates read the Chinese way in Chinese", "[ui][i18n]")
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(formatDate(QDate(2026, 11, 29)) == QStringLiteral("2026年11月29日"));
    CHECK(formatDate(QDate(2026, 3, 7)) == QStringLiteral("2026年3月7日"));
    CHECK(formatDate(QDate()).isEmpty());
    // Moments read in China's time whatever the machine's zone: 21:11 UTC is 05:11 the next day there.
    CHECK(formatDateTime(QDateTime(QDate(2026, 11, 29), QTime(2, 30), Qt::UTC)) == QStringLiteral("2026年11月29日 10:30"));
    CHECK(formatDateTime(QDateTime(QDate(2026, 12, 2), QTime(21, 11), Qt::UTC)) == QStringLiteral("2026年12月3日 05:11"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(formatDate(QDate(2026, 11, 29)) == QStringLiteral("11/29/26"));
    QLocale::setDefault(QLocale::c());
}
