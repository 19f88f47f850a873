#include "core/register/MemberRepository.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;

TEST_CASE("Grid members are kept with their roles and the grids they serve", "[members]")
{
    TestStore store;
    const QString gridA = store.makeGrid(QStringLiteral("01"));
    const QString gridB = store.makeGrid(QStringLiteral("02"));
    MemberRepository members(store.db());

    Member officer;
    officer.name = QStringLiteral("汪海");
    officer.phone = QStringLiteral("139 0556 1234");
    officer.roles = {QStringLiteral("grid_officer"), QStringLiteral("grid_head")};
    officer.regionIds = {gridA};
    const auto officerId = members.create(officer);
    REQUIRE(officerId.ok());
    Member mediator;
    mediator.name = QStringLiteral("程秀兰");
    mediator.roles = {QStringLiteral("mediator")};
    mediator.regionIds = {store.villageId()};
    REQUIRE(members.create(mediator).ok());

    auto stored = members.get(*officerId);
    REQUIRE(stored);
    CHECK(stored->phone == QStringLiteral("13905561234"));
    CHECK(stored->roles == QStringList{QStringLiteral("grid_officer"), QStringLiteral("grid_head")});
    CHECK(stored->regionIds == QStringList{gridA});

    // Reassigned from grid A to grid B.
    stored->regionIds = {gridB};
    REQUIRE(members.update(*stored).ok());
    CHECK(members.get(*officerId)->regionIds == QStringList{gridB});
    CHECK(members.list({gridA, {}}).rows.isEmpty());
    CHECK(members.list({gridB, {}}).rows.size() == 1);
    CHECK(members.list({{}, QStringLiteral("mediator")}).rows.first().name == QStringLiteral("程秀兰"));
    CHECK(members.list({}).rows.size() == 2);

    REQUIRE(members.remove(*officerId).ok());
    CHECK(members.get(*officerId) == std::nullopt);
    CHECK(members.list({gridB, {}}).rows.isEmpty());
}

TEST_CASE("A member needs a name, known roles and existing regions", "[members]")
{
    TestStore store;
    MemberRepository members(store.db());
    Member member;
    member.roles = {QStringLiteral("sheriff")};
    member.regionIds = {QStringLiteral("nowhere")};
    member.phone = QStringLiteral("555");
    const QList<Error> errors = members.validate(member);
    QStringList fields;
    for (const Error &error : errors)
        fields.append(error.field);
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("roles"),
                                QStringLiteral("region_ids")});
    member.roles.clear();
    member.name = QStringLiteral("某人");
    member.phone.clear();
    member.regionIds.clear();
    const auto refused = members.create(member);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("roles"));
}
