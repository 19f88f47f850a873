#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/MediationReport.h"

#include <QSqlQuery>
#include "tests/support/Disputes.h"

using namespace lianxin;
using namespace lianxin::test;

namespace {
QString add(TestStore &store, const QString &grid, const QDate &received, const QString &category, const QString &source,
            bool violence = false, int people = 2)
{
    DisputeCase d = sampleCase(store, received, grid);
    d.category = category;
    d.source = source;
    d.violenceRisk = violence;
    d.peopleCount = people;
    const auto id = DisputeRepository(store.db()).create(d);
    REQUIRE(id.ok());
    return *id;
}

const ReportLine &lineOf(const QList<ReportLine> &lines, const char *key)
{
    for (const ReportLine &line : lines) {
        if (line.key == QLatin1String(key))
            return line;
    }
    FAIL("no line " << key);
    return lines.first();
}
} // namespace

// The fixture, by hand: in October 2026 three cases were received in grid 1 — a homestead case settled by
// agreement (500 yuan), a neighbours' case of six people at risk of violence settled by agreement (500
// yuan), and a neighbours' case whose mediation ended. Grid 2 has a contract case received and settled in
// September and a neighbours' case received in November.
TEST_CASE("The mediation report's figures match a hand-built fixture")
{
    TestStore store;
    const QString grid1 = store.makeGrid(QStringLiteral("01"));
    const QString grid2 = store.makeGrid(QStringLiteral("02"));
    const QString homestead = add(store, grid1, QDate(2026, 10, 5), QStringLiteral("housing_land"), QStringLiteral("applied"));
    walkCase(store, homestead, QStringLiteral("agreement"));
    const QString group = add(store, grid1, QDate(2026, 10, 10), QStringLiteral("neighbours"), QStringLiteral("visit"), true, 6);
    walkCase(store, group, QStringLiteral("performance"));
    const QString ended = add(store, grid1, QDate(2026, 10, 20), QStringLiteral("neighbours"), QStringLiteral("applied"));
    walkCase(store, ended, QStringLiteral("session"));
    REQUIRE(CaseSteps(store.db())
                .add(ended, QStringLiteral("mediation_ended"),
                     {{QStringLiteral("date"), QStringLiteral("2026-10-22")}, {QStringLiteral("reason"), QStringLiteral("分歧过大")},
                      {QStringLiteral("routes"), QStringList{QStringLiteral("litigation")}}})
                .ok());
    const QString september = add(store, grid2, QDate(2026, 9, 28), QStringLiteral("contract"), QStringLiteral("referred_court"));
    walkCase(store, september, QStringLiteral("agreement"));
    add(store, grid2, QDate(2026, 11, 2), QStringLiteral("neighbours"), QStringLiteral("applied"));

    MediationReport reports(store.db());
    const auto [from, to] = MediationReport::month(2026, 10);
    CHECK(from == QDate(2026, 10, 1));
    CHECK(to == QDate(2026, 10, 31));
    const MediationReportData october = reports.compute(from, to, store.townshipId(), std::nullopt);
    REQUIRE(october.byCategory.size() == 15);
    const ReportLine &housing = lineOf(october.byCategory, "housing_land");
    CHECK(housing.received == 1);
    CHECK(housing.agreed == 1);
    CHECK(housing.agreedAmountFen == 50000);
    const ReportLine &neighbours = lineOf(october.byCategory, "neighbours");
    CHECK(neighbours.received == 2);
    CHECK(neighbours.agreed == 1);
    CHECK(neighbours.failed == 1);
    CHECK(*neighbours.successRate() == Approx(50.0));
    CHECK(neighbours.keptFromViolence == 1);
    CHECK(neighbours.groupCases == 1);
    CHECK(lineOf(october.byCategory, "contract").agreed == 0);
    CHECK(october.total.received == 3);
    CHECK(october.total.agreed == 2);
    CHECK(october.total.failed == 1);
    CHECK(october.total.agreedAmountFen == 100000);
    CHECK(*october.total.successRate() == Approx(200.0 / 3));
    CHECK(october.total.mediated() == 3);
    CHECK(october.total.keptFromViolencePeople == 6);
    CHECK(october.total.groupPeople == 6);
    CHECK(lineOf(october.bySource, "applied").received == 2);
    CHECK(lineOf(october.bySource, "visit").received == 1);
    CHECK(lineOf(october.bySource, "referred_court").received == 0);

    const auto [q3from, q3to] = MediationReport::quarter(2026, 3);
    CHECK(q3to == QDate(2026, 9, 30));
    const MediationReportData third = reports.compute(q3from, q3to, store.townshipId(), std::nullopt);
    CHECK(third.total.received == 1);
    CHECK(third.total.agreed == 1);
    const auto [q4from, q4to] = MediationReport::quarter(2026, 4);
    CHECK(reports.compute(q4from, q4to, store.townshipId(), std::nullopt).total.received == 4);
    // A grid, or a scope, sees only its own cases.
    CHECK(reports.compute(q4from, q4to, grid2, std::nullopt).total.received == 1);
    CHECK(reports.compute(q4from, q4to, store.townshipId(), QStringList{grid2}).total.received == 1);
    CHECK(reports.compute(q4from, q4to, {}, QStringList{grid1}).total.received == 3);

    const QByteArray bytes = MediationReport::toCsv(october, QStringLiteral("天堂镇"));
    const QString csv = QString::fromUtf8(bytes);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    // It names its region and period, and totals both breakdowns.
    CHECK(csv.contains(QStringLiteral("\"Mediation report: 天堂镇, 2026-10-01 to 2026-10-31\"\r\n")));
    CHECK(csv.contains(QStringLiteral("Neighbours,2,0,0,1,1,0,0,2,50.0%,500.00,1,6,1,6\r\n")));
    CHECK(csv.count(QStringLiteral("Total,3,0,0,2,1,0,0,3,66.7%,1000.00,1,6,1,6\r\n")) == 2);
    CHECK(csv.contains(QStringLiteral("Found on a household visit,1,0,0,1,0,0,0,1,100.0%,500.00,1,6,1,6\r\n")));
}

TEST_CASE("A declined case (不予受理) is not counted as received (受理)")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    add(store, grid, QDate(2026, 10, 5), QStringLiteral("neighbours"), QStringLiteral("applied"));
    const QString declined = add(store, grid, QDate(2026, 10, 6), QStringLiteral("neighbours"), QStringLiteral("applied"));
    REQUIRE(CaseSteps(store.db())
                .add(declined, QStringLiteral("decline"),
                     {{QStringLiteral("date"), QStringLiteral("2026-10-07")}, {QStringLiteral("reason"), QStringLiteral("已起诉至法院")}})
                .ok());
    const auto [from, to] = MediationReport::month(2026, 10);
    const MediationReportData october = MediationReport(store.db()).compute(from, to, store.townshipId(), std::nullopt);
    CHECK(october.total.received == 1);
    CHECK(lineOf(october.byCategory, "neighbours").received == 1);
}

TEST_CASE("A category this version does not know counts under other, never dropped from the totals")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    add(store, grid, QDate(2026, 10, 5), QStringLiteral("neighbours"), QStringLiteral("applied"));
    const QString newer = add(store, grid, QDate(2026, 10, 6), QStringLiteral("neighbours"), QStringLiteral("applied"));
    // As a pull from a newer device's version would bring it.
    QSqlQuery newerCodes = store.db().prepare(QStringLiteral("UPDATE disputes SET category = 'online_fraud', source = 'hotline' WHERE id = ?"));
    newerCodes.addBindValue(newer);
    REQUIRE(store.db().exec(newerCodes).ok());
    const auto [from, to] = MediationReport::month(2026, 10);
    const MediationReportData october = MediationReport(store.db()).compute(from, to, store.townshipId(), std::nullopt);
    CHECK(october.total.received == 2);
    CHECK(lineOf(october.byCategory, "other").received == 1);
    CHECK(october.foldedIntoOther > 0);
    int bySource = 0;
    for (const ReportLine &line : october.bySource)
        bySource += line.received;
    CHECK(bySource == 2);
}
