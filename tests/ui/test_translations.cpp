#include "core/validation/IdNumber.h"
#include "ui/register/HouseholdTableModel.h"
#include "tests/support/TestStore.h"

#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("The zh_CN translation is built in and covers core and widgets", "[ui][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("lianxin"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);

    test::TestStore store;
    HouseholdTableModel model(store.db());
    CHECK(model.headerData(HouseholdTableModel::Address, Qt::Horizontal).toString() == QStringLiteral("地址"));
    const auto id = parseIdNumber(QStringLiteral("340828199003071235"), QDate(2026, 11, 29));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message == QStringLiteral("身份证号码校验位错误：最后一位应为 4。请对照证件核对各位数字。"));
    CHECK(QCoreApplication::translate("lianxin::RegisterPage", "%n household(s)", nullptr, 5) == QStringLiteral("共 5 户"));

    QCoreApplication::removeTranslator(&translator);
    CHECK(model.headerData(HouseholdTableModel::Address, Qt::Horizontal).toString() == QStringLiteral("Address"));
}
