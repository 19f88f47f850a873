#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;
using lianxin::test::makeIdNumber;

namespace {
struct Family
{
    TestStore store;
    QString householdId;
    HouseholdRepository households{store.db()};
    PersonRepository persons{store.db()};

    Family()
    {
        Household household;
        household.gridId = store.makeGrid();
        household.address = QStringLiteral("天堂镇菖蒲村3组");
        householdId = *households.create(household);
    }

    Person person(const QString &name) const
    {
        Person p;
        p.householdId = householdId;
        p.name = name;
        return p;
    }
};

QStringList fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    return fields;
}
} // namespace

TEST_CASE("Sex and birth date are taken from the ID number", "[persons]")
{
    Family family;
    Person person = family.person(QStringLiteral("汪秀英"));
    person.idNumber = makeIdNumber(QStringLiteral("340828"), QDate(1958, 6, 1), 124).toLower();
    const auto id = family.persons.create(person);
    REQUIRE(id.ok());
    const auto stored = family.persons.get(*id);
    REQUIRE(stored);
    CHECK(stored->sex == Sex::Female);
    CHECK(stored->birthDate == QDate(1958, 6, 1));
    CHECK(stored->idNumber == makeIdNumber(QStringLiteral("340828"), QDate(1958, 6, 1), 124));
}

TEST_CASE("A 15-digit ID number is stored in its 18-digit form", "[persons]")
{
    Family family;
    Person person = family.person(QStringLiteral("程建国"));
    person.idNumber = QStringLiteral("130503670401001");
    const auto id = family.persons.create(person);
    REQUIRE(id.ok());
    CHECK(family.persons.get(*id)->idNumber == QStringLiteral("130503196704010016"));
}

TEST_CASE("Entered sex and birth date must agree with the ID number", "[persons]")
{
    Family family;
    Person person = family.person(QStringLiteral("储强"));
    person.idNumber = makeIdNumber(QStringLiteral("340828"), QDate(1980, 1, 15), 123);
    person.sex = Sex::Female;
    person.birthDate = QDate(1980, 1, 16);
    const QList<Error> errors = family.persons.validate(person);
    CHECK(fieldsOf(errors) == QStringList{QStringLiteral("sex"), QStringLiteral("birth_date")});
    CHECK(errors[0].message.contains(QStringLiteral("Male")));
    CHECK(errors[1].message.contains(QStringLiteral("1980-01-15")));
}

TEST_CASE("Person validation names each bad field", "[persons]")
{
    Family family;
    Person person = family.person(QString());
    person.householdId = QStringLiteral("missing");
    person.idNumber = QStringLiteral("340828198001151230");
    person.phone = QStringLiteral("123");
    person.relation = QStringLiteral("cousin");
    person.tags = {QStringLiteral("vip")};
    person.ethnicity = QStringLiteral("火星族");
    CHECK(fieldsOf(family.persons.validate(person)) ==
          QStringList{QStringLiteral("name"), QStringLiteral("household_id"), QStringLiteral("id_number"),
                      QStringLiteral("phone"), QStringLiteral("ethnicity"), QStringLiteral("relation"),
                      QStringLiteral("tags")});

    Person future = family.person(QStringLiteral("未来"));
    future.birthDate = QDate(2030, 1, 1);
    CHECK(fieldsOf(family.persons.validate(future)) == QStringList{QStringLiteral("birth_date")});
}

TEST_CASE("An ID number belongs to one live person only", "[persons]")
{
    Family family;
    const QString number = makeIdNumber(QStringLiteral("340828"), QDate(1990, 3, 7), 123);
    Person first = family.person(QStringLiteral("王伟"));
    first.idNumber = number;
    const auto firstId = family.persons.create(first);
    REQUIRE(firstId.ok());
    Person second = family.person(QStringLiteral("王伟"));
    second.idNumber = number;
    const auto refused = family.persons.create(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("id_number"));
    CHECK(refused.error().message.contains(QStringLiteral("already has this ID number")));
    // Saving the first person again is not a duplicate of itself; once removed, the number is free.
    CHECK(family.persons.update(*family.persons.get(*firstId)).ok());
    REQUIRE(family.persons.remove(*firstId).ok());
    CHECK(family.persons.create(second).ok());
}

TEST_CASE("Members list the head first - removing the head leaves the household headless", "[persons]")
{
    Family family;
    Person child = family.person(QStringLiteral("储子轩"));
    child.relation = QStringLiteral("son");
    child.birthDate = QDate(2010, 5, 1);
    REQUIRE(family.persons.create(child).ok());
    Person head = family.person(QStringLiteral("储国华"));
    head.relation = QStringLiteral("head");
    head.birthDate = QDate(1975, 5, 1);
    const auto headId = family.persons.create(head);
    REQUIRE(headId.ok());
    Household household = *family.households.get(family.householdId);
    household.headPersonId = *headId;
    REQUIRE(family.households.update(household).ok());

    const QList<Person> members = family.persons.members(family.householdId);
    REQUIRE(members.size() == 2);
    CHECK(members[0].id == *headId);

    REQUIRE(family.persons.remove(*headId).ok());
    CHECK(family.households.get(family.householdId)->headPersonId.isEmpty());
    CHECK(family.persons.members(family.householdId).size() == 1);
}

TEST_CASE("A member saved as head becomes the household's head - a household has one head", "[persons]")
{
    Family family;
    // The first member of an empty household starts as its head; the next ones do not.
    CHECK(family.persons.newMember(family.householdId).relation == QStringLiteral("head"));
    Person head = family.person(QStringLiteral("储国华"));
    head.relation = QStringLiteral("head");
    const auto headId = family.persons.create(head);
    REQUIRE(headId.ok());
    CHECK(family.households.get(family.householdId)->headPersonId == *headId);
    CHECK(family.persons.newMember(family.householdId).relation == QStringLiteral("other"));

    // A second head is refused, naming the field and the head there is; nothing is written.
    Person son = family.person(QStringLiteral("储子轩"));
    son.relation = QStringLiteral("head");
    const auto second = family.persons.create(son);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().field == QStringLiteral("relation"));
    CHECK(second.error().message.contains(QStringLiteral("储国华")));
    CHECK(family.persons.members(family.householdId).size() == 1);
    son.relation = QStringLiteral("son");
    const auto sonId = family.persons.create(son);
    REQUIRE(sonId.ok());
    CHECK(family.households.get(family.householdId)->headPersonId == *headId);

    // The head given another relation leaves the household without a head; then the son can be made head.
    Person father = *family.persons.get(*headId);
    father.relation = QStringLiteral("father");
    REQUIRE(family.persons.update(father).ok());
    CHECK(family.households.get(family.householdId)->headPersonId.isEmpty());
    Person newHead = *family.persons.get(*sonId);
    newHead.relation = QStringLiteral("head");
    REQUIRE(family.persons.update(newHead).ok());
    CHECK(family.households.get(family.householdId)->headPersonId == *sonId);
    CHECK(family.persons.members(family.householdId).first().id == *sonId);
    // Saving the head again (another field) changes nothing about the head.
    newHead.occupation = QStringLiteral("务农");
    REQUIRE(family.persons.update(newHead).ok());
    CHECK(family.households.get(family.householdId)->headPersonId == *sonId);
}

TEST_CASE("Person lists page by name and filter", "[persons]")
{
    Family family;
    for (int i = 0; i < 30; ++i) {
        Person person = family.person(QStringLiteral("王%1").arg(QChar(0x4E00 + i)));
        person.residenceStatus = i % 3 == 0 ? QStringLiteral("away") : QStringLiteral("registered");
        REQUIRE(family.persons.create(person).ok());
    }
    PersonFilter filter;
    filter.householdId = family.householdId;
    const Page<Person> first = family.persons.list(filter, {}, 20);
    CHECK(first.rows.size() == 20);
    CHECK(first.hasMore);
    const Page<Person> second = family.persons.list(filter, first.next, 20);
    CHECK(second.rows.size() == 10);
    CHECK_FALSE(second.hasMore);
    CHECK(first.rows.last().name < second.rows.first().name);

    filter.residenceStatus = QStringLiteral("away");
    CHECK(family.persons.list(filter, {}, 100).rows.size() == 10);
    filter = {};
    filter.villageId = family.store.villageId();
    CHECK(family.persons.list(filter, {}, 100).rows.size() == 30);
}
