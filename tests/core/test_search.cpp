#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/search/RegisterSearch.h"
#include "core/search/SearchIndex.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;
using lianxin::test::makeIdNumber;

namespace {
struct Register
{
    TestStore store;
    HouseholdRepository households{store.db()};
    PersonRepository persons{store.db()};
    RegisterSearch search{store.db()};
    QString grid = store.makeGrid();

    QString household(const QString &address, const QString &number = {})
    {
        Household h;
        h.gridId = grid;
        h.address = address;
        h.houseNumber = number;
        return *households.create(h);
    }
    QString person(const QString &householdId, const QString &name, const QString &idNumber = {},
                   const QString &phone = {})
    {
        Person p;
        p.householdId = householdId;
        p.name = name;
        p.idNumber = idNumber;
        p.phone = phone;
        const auto id = persons.create(p);
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }
    QStringList ids(const QString &text) const
    {
        QStringList found;
        for (const SearchHit &hit : search.find(text))
            found.append(hit.id);
        return found;
    }
};
} // namespace

TEST_CASE("Search finds persons by Chinese substrings, ID parts and phone parts", "[search]")
{
    Register reg;
    const QString home = reg.household(QStringLiteral("天堂镇菖蒲村3组"), QStringLiteral("12号"));
    const QString ouyang = reg.person(home, QStringLiteral("欧阳小明"),
                                      makeIdNumber(QStringLiteral("340828"), QDate(1985, 9, 17), 351),
                                      QStringLiteral("13905561234"));
    const QString other = reg.person(home, QStringLiteral("王芳"), makeIdNumber(QStringLiteral("340828"), QDate(1990, 1, 2), 222),
                                     QStringLiteral("18655667788"));

    CHECK(reg.ids(QStringLiteral("阳小明")) == QStringList{ouyang});    // inside a name
    CHECK(reg.ids(QStringLiteral("19850917")) == QStringList{ouyang});  // the birth date part of the ID
    CHECK(reg.ids(QStringLiteral("5561234")) == QStringList{ouyang});   // part of the phone
    CHECK(reg.ids(QStringLiteral("王芳")) == QStringList{other});        // two characters: a whole name
    CHECK(reg.ids(QStringLiteral("芳")) == QStringList{other});          // one character: the given name
    CHECK(reg.ids(QStringLiteral("欧")) == QStringList{ouyang});         // one character: the surname
    CHECK(reg.ids(QStringLiteral("小明")) == QStringList{ouyang});        // two characters in the middle

    // Addresses find the household; several terms must all match.
    const QList<SearchHit> byAddress = reg.search.find(QStringLiteral("菖蒲村3组"));
    REQUIRE(byAddress.size() == 1);
    CHECK(byAddress[0].kind == SearchHit::Kind::Household);
    CHECK(byAddress[0].id == home);
    CHECK(byAddress[0].address == QStringLiteral("天堂镇菖蒲村3组 12号"));
    CHECK(reg.ids(QStringLiteral("蒲村")) == QStringList{home});           // two characters of an address
    CHECK(reg.ids(QStringLiteral("12")).contains(home));                   // two digits: the house number
    CHECK(reg.ids(QStringLiteral("欧阳小明 1234")) == QStringList{ouyang});
    CHECK(reg.ids(QStringLiteral("欧阳小明 7788")).isEmpty());

    // A person hit carries its household.
    const QList<SearchHit> hit = reg.search.find(QStringLiteral("欧阳小"));
    REQUIRE(hit.size() == 1);
    CHECK(hit[0].householdId == home);
    CHECK(hit[0].phone == QStringLiteral("13905561234"));

    // Quotes and operators are matched literally, not parsed.
    CHECK(reg.search.find(QStringLiteral("\"OR\" NEAR(")).isEmpty());
    CHECK(reg.search.find(QStringLiteral("%_")).isEmpty());
    CHECK(reg.search.find(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("Without the right to see numbers, search finds by name and address only, not by hidden digits", "[search][privacy]")
{
    Register reg;
    const QString home = reg.household(QStringLiteral("天堂镇菖蒲村3组"), QStringLiteral("12号"));
    const QString ouyang = reg.person(home, QStringLiteral("欧阳小明"),
                                      makeIdNumber(QStringLiteral("340828"), QDate(1986, 11, 5), 351),
                                      QStringLiteral("13905561234"));
    const RegisterSearch masked(reg.store.db(), std::nullopt, false);
    const auto ids = [&](const QString &text) {
        QStringList found;
        for (const SearchHit &hit : masked.find(text))
            found.append(hit.id);
        return found;
    };
    CHECK(ids(QStringLiteral("19861105")).isEmpty());    // the birth date inside the ID number
    CHECK(ids(QStringLiteral("13905561234")).isEmpty()); // a whole phone number
    CHECK(ids(QStringLiteral("56")).isEmpty());          // two digits of the phone
    CHECK(ids(QStringLiteral("欧阳小明 1234")).isEmpty());
    CHECK(ids(QStringLiteral("欧阳小明")) == QStringList{ouyang});
    CHECK(ids(QStringLiteral("菖蒲村")) == QStringList{home});
    // The same store, searched by a role that may see the numbers.
    CHECK(reg.ids(QStringLiteral("19861105")) == QStringList{ouyang});
}

TEST_CASE("Search follows edits and no longer finds tombstoned records", "[search]")
{
    Register reg;
    const QString home = reg.household(QStringLiteral("天堂镇菖蒲村5组"));
    const QString id = reg.person(home, QStringLiteral("储德福"));
    CHECK(reg.ids(QStringLiteral("储德福")) == QStringList{id});

    Person renamed = *reg.persons.get(id);
    renamed.name = QStringLiteral("储德贵");
    REQUIRE(reg.persons.update(renamed).ok());
    CHECK(reg.ids(QStringLiteral("储德福")).isEmpty());
    CHECK(reg.ids(QStringLiteral("储德贵")) == QStringList{id});

    REQUIRE(reg.persons.remove(id).ok());
    CHECK(reg.ids(QStringLiteral("储德贵")).isEmpty());
    CHECK(reg.ids(QStringLiteral("贵")).isEmpty());
    REQUIRE(reg.households.remove(home).ok());
    CHECK(reg.search.find(QStringLiteral("菖蒲村5组")).isEmpty());
}

TEST_CASE("A deferred index catches up with every row written meanwhile", "[search]")
{
    Register reg;
    const QString kept = reg.person(reg.household(QStringLiteral("甲村1组")), QStringLiteral("汪甲乙"));
    const QString removed = reg.person(reg.household(QStringLiteral("甲村2组")), QStringLiteral("汪丙丁"));
    reg.store.clock().advanceSeconds(10);
    {
        Transaction transaction = reg.store.db().transaction();
        REQUIRE(search_index::defer(reg.store.db()).ok());
        const QString added = reg.person(reg.household(QStringLiteral("乙村1组")), QStringLiteral("程戊己"));
        Person renamed = *reg.persons.get(kept);
        renamed.name = QStringLiteral("汪甲庚");
        REQUIRE(reg.persons.update(renamed).ok());
        REQUIRE(reg.persons.remove(removed).ok());
        // Paused: the index still shows the old state.
        CHECK(reg.ids(QStringLiteral("程戊己")).isEmpty());
        REQUIRE(search_index::catchUp(reg.store.db()).ok());
        REQUIRE(transaction.commit().ok());
        CHECK(reg.ids(QStringLiteral("程戊己")) == QStringList{added});
    }
    CHECK(reg.ids(QStringLiteral("汪甲庚")) == QStringList{kept});
    CHECK(reg.ids(QStringLiteral("汪甲乙")).isEmpty());
    CHECK(reg.ids(QStringLiteral("汪丙丁")).isEmpty());
    // Triggers are live again.
    const QString later = reg.person(reg.household(QStringLiteral("丙村1组")), QStringLiteral("储辛壬"));
    CHECK(reg.ids(QStringLiteral("储辛壬")) == QStringList{later});
}

TEST_CASE("Search keeps to the account's scope", "[search][scope]")
{
    Register reg;
    const QString otherGrid = reg.store.makeGrid(QStringLiteral("02"));
    const QString mine = reg.person(reg.household(QStringLiteral("菖蒲村1组")), QStringLiteral("储明亮"));
    Household theirs;
    theirs.gridId = otherGrid;
    theirs.address = QStringLiteral("菖蒲村9组");
    const QString theirsId = *reg.households.create(theirs);
    reg.person(theirsId, QStringLiteral("储明华"));

    RegisterSearch scoped(reg.store.db(), QStringList{reg.grid});
    auto ids = [&](const QString &text) {
        QStringList found;
        for (const SearchHit &hit : scoped.find(text))
            found.append(hit.id);
        return found;
    };
    CHECK(ids(QStringLiteral("储明")) == QStringList{mine});   // prefix path
    CHECK(ids(QStringLiteral("储明华")).isEmpty());            // trigram path
    CHECK(ids(QStringLiteral("9组")).isEmpty());               // scan path
    CHECK(reg.ids(QStringLiteral("储明")).size() == 2);        // unrestricted
    CHECK(RegisterSearch(reg.store.db(), QStringList{}).find(QStringLiteral("储明")).isEmpty());
}
