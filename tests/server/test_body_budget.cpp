#include "server/http/BodyBudget.h"

#include <catch2/catch.hpp>

using lianxin::server::BodyBudget;
using Outcome = BodyBudget::Outcome;

TEST_CASE("Bodies in flight are bounded per address and in all, and what is released can be reserved again")
{
    BodyBudget budget({100, 60});
    const QString a = QStringLiteral("10.0.0.1");
    const QString b = QStringLiteral("10.0.0.2");
    const QString c = QStringLiteral("10.0.0.3");
    CHECK(budget.reserve(a, 40) == Outcome::Reserved);
    CHECK(budget.reserve(a, 30) == Outcome::AddressFull);
    CHECK(budget.reserve(b, 50) == Outcome::Reserved);
    CHECK(budget.reserve(c, 20) == Outcome::ServerFull);
    CHECK(budget.reserve(c, 10) == Outcome::Reserved);
    budget.release(a, 40);
    CHECK(budget.reserve(c, 40) == Outcome::Reserved);
    CHECK(budget.reserve(a, 1) == Outcome::ServerFull);
    budget.release(b, 50);
    budget.release(c, 50);
    CHECK(budget.reserve(a, 60) == Outcome::Reserved);
}
