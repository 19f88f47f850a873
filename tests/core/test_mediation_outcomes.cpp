// The mediation report against hand-built histories where devices disagree (docs/MEDIATION.md, "Statistics"):
// one outcome per case, agreements counted when they take effect, escalations counted where mediated, and
// months that add up to their quarter and quarters to their year over random histories with forks.
#include "core/mediation/CaseOutcome.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/MediationReport.h"
#include "core/register/RegionRepository.h"

#include <random>

#include "tests/support/Disputes.h"

using namespace lianxin;
using namespace lianxin::test;

namespace {
QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QVariantMap agreement(const QDate &day, bool signedNow, qint64 amountFen,
                      const QString &form = QStringLiteral("written"))
{
    return {{QStringLiteral("date"), iso(day)},
            {QStringLiteral("form"), form},
            {QStringLiteral("disputed_points"), QStringLiteral("院墙越界。")},
            {QStringLiteral("terms"), QStringLiteral("拆除越界部分。")},
            {QStringLiteral("manner"), QStringLiteral("现场拆除")},
            {QStringLiteral("performance_deadline"), iso(day.addDays(10))},
            {QStringLiteral("amount"), amountFen},
            {QStringLiteral("signed"), signedNow}};
}

QVariantMap ended(const QDate &day)
{
    return {{QStringLiteral("date"), iso(day)},
            {QStringLiteral("reason"), QStringLiteral("分歧过大")},
            {QStringLiteral("routes"), QStringList{QStringLiteral("litigation")}}};
}

QVariantMap closure(const QDate &day, const QString &kind)
{
    QVariantMap data{{QStringLiteral("date"), iso(day)},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("summary"), QStringLiteral("当事人撤回申请。")}};
    if (kind == QLatin1String("transferred"))
        data.insert(QStringLiteral("transferred_to"), QStringLiteral("县人民法院"));
    return data;
}

QVariantMap escalation(const QDate &day, const QString &level)
{
    return {{QStringLiteral("date"), iso(day)},
            {QStringLiteral("to_level"), level},
            {QStringLiteral("reason"), QStringLiteral("涉及多个村，村级难以化解。")}};
}

QVariantMap choice(const QString &stepId)
{
    return {{QStringLiteral("date"), QStringLiteral("2026-11-29")},
            {QStringLiteral("step_id"), stepId},
            {QStringLiteral("reason"), QStringLiteral("经核实，以此为准。")}};
}

QString step(TestStore &store, const QString &disputeId, const QString &kind, const QVariantMap &data)
{
    store.clock().advanceSeconds(1);
    const auto id = CaseSteps(store.db()).add(disputeId, kind, data);
    if (!id)
        FAIL((kind + QStringLiteral(": ") + id.error().field + QLatin1Char(' ') + id.error().message).toStdString());
    return *id;
}

// A case received on `day` in `grid`, given its rights notice and one session the day after.
QString mediating(TestStore &store, const QString &grid, const QDate &day)
{
    const QString id = registerCase(store, day, grid);
    walkCase(store, id, QStringLiteral("session"));
    return id;
}

MediationReportData month(TestStore &store, int m, const QString &region)
{
    const auto [from, to] = MediationReport::month(2026, m);
    return MediationReport(store.db()).compute(from, to, region, std::nullopt);
}

MediationReportData quarter(TestStore &store, int q, const QString &region)
{
    const auto [from, to] = MediationReport::quarter(2026, q);
    return MediationReport(store.db()).compute(from, to, region, std::nullopt);
}
} // namespace

TEST_CASE("Two agreements of one case recorded on two devices count once, in one month, until one is chosen")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    const QString id = mediating(store, grid, QDate(2026, 10, 5));
    step(store, id, QStringLiteral("agreement"), agreement(QDate(2026, 10, 28), true, 50000));
    const QString november =
        recordOnAnotherDevice(store, id, QStringLiteral("agreement"), agreement(QDate(2026, 11, 3), true, 80000));

    const QString township = store.townshipId();
    CHECK(month(store, 10, township).total.agreed == 1);
    CHECK(month(store, 10, township).total.agreedAmountFen == 50000);
    CHECK(month(store, 10, township).unresolvedOutcomes == 1);
    CHECK(month(store, 11, township).total.agreed == 0);
    CHECK(month(store, 11, township).total.agreedAmountFen == 0);
    CHECK(quarter(store, 4, township).total.agreed == 1);
    CHECK(quarter(store, 4, township).total.agreedAmountFen == 50000);

    // Nothing more is recorded on the case until its mediator chooses.
    const auto blocked = CaseSteps(store.db())
                             .add(id, QStringLiteral("performance"),
                                  {{QStringLiteral("date"), QStringLiteral("2026-11-10")},
                                   {QStringLiteral("result"), QStringLiteral("done")}});
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().field == QStringLiteral("kind"));
    CHECK(outcome::unresolvedFork(CaseSteps(store.db()).list(id)));

    step(store, id, QLatin1String(outcome::kChosenKind), choice(november));
    CHECK_FALSE(outcome::unresolvedFork(CaseSteps(store.db()).list(id)));
    CHECK(month(store, 10, township).total.agreed == 0);
    CHECK(month(store, 11, township).total.agreed == 1);
    CHECK(month(store, 11, township).total.agreedAmountFen == 80000);
    CHECK(month(store, 11, township).unresolvedOutcomes == 0);
    CHECK(quarter(store, 4, township).total.agreed == 1);
    const auto d = DisputeRepository(store.db()).get(id);
    CHECK(d->status == QStringLiteral("agreed"));
    CHECK(d->agreementAmountFen == 80000);
    CHECK(d->agreementEffectiveOn == QDate(2026, 11, 3));
    CHECK(d->performanceDeadline == QDate(2026, 11, 13));
}

TEST_CASE("Mediation ended on one device and an agreement on another: the case has one outcome, the one chosen")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    const QString id = mediating(store, grid, QDate(2026, 10, 5));
    step(store, id, QStringLiteral("mediation_ended"), ended(QDate(2026, 10, 20)));
    const QString agreed = recordOnAnotherDevice(store, id, QStringLiteral("agreement"),
                                                 agreement(QDate(2026, 10, 22), false, 0, QStringLiteral("oral")));

    MediationReportData october = month(store, 10, store.townshipId());
    CHECK(october.total.failed == 1);
    CHECK(october.total.agreed == 0);
    CHECK(october.total.mediated() == 1);
    CHECK(MediationReport::rateText(october.total) == QStringLiteral("0.0%"));

    // Only a decisive step of this very case can be chosen.
    const QString other = mediating(store, grid, QDate(2026, 10, 6));
    const QString otherAgreement =
        step(store, other, QStringLiteral("agreement"), agreement(QDate(2026, 10, 9), true, 0));
    const auto wrong = CaseSteps(store.db()).add(id, QLatin1String(outcome::kChosenKind), choice(otherAgreement));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("step_id"));

    step(store, id, QLatin1String(outcome::kChosenKind), choice(agreed));
    october = month(store, 10, store.townshipId());
    CHECK(october.total.failed == 0);
    CHECK(october.total.agreed == 2);
    CHECK(MediationReport::rateText(october.total) == QStringLiteral("100.0%"));
    const auto d = DisputeRepository(store.db()).get(id);
    CHECK(d->status == QStringLiteral("agreed"));
    CHECK(d->agreementForm == QStringLiteral("oral"));
    CHECK(d->agreementEffectiveOn == QDate(2026, 10, 22));
    // The case goes on from the outcome that stands.
    step(store, id, QStringLiteral("performance"),
         {{QStringLiteral("date"), QStringLiteral("2026-11-01")}, {QStringLiteral("result"), QStringLiteral("done")}});
    CHECK(DisputeRepository(store.db()).get(id)->status == QStringLiteral("performed"));
}

TEST_CASE("A written agreement counts as a success when every signature is in, not when first recorded")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    const QString id = mediating(store, grid, QDate(2026, 10, 5));
    step(store, id, QStringLiteral("agreement"), agreement(QDate(2026, 10, 28), false, 30000));
    MediationReportData october = month(store, 10, store.townshipId());
    CHECK(october.total.agreed == 0);
    CHECK(october.total.mediated() == 0);
    CHECK_FALSE(october.total.successRate().has_value());
    CHECK(MediationReport::rateText(october.total) == QStringLiteral("—"));
    step(store, id, QStringLiteral("agreement_signed"), {{QStringLiteral("date"), QStringLiteral("2026-11-02")}});
    CHECK(month(store, 10, store.townshipId()).total.agreed == 0);
    CHECK(month(store, 11, store.townshipId()).total.agreed == 1);
    CHECK(month(store, 11, store.townshipId()).total.agreedAmountFen == 30000);
}

TEST_CASE("Withdrawals and transfers count among the disputes mediated and never raise the success rate")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    step(store, mediating(store, grid, QDate(2026, 10, 5)), QStringLiteral("agreement"),
         agreement(QDate(2026, 10, 9), true, 0));
    step(store, mediating(store, grid, QDate(2026, 10, 5)), QStringLiteral("closure"),
         closure(QDate(2026, 10, 9), QStringLiteral("withdrawn")));
    step(store, mediating(store, grid, QDate(2026, 10, 5)), QStringLiteral("closure"),
         closure(QDate(2026, 10, 9), QStringLiteral("transferred")));
    const MediationReportData october = month(store, 10, store.townshipId());
    CHECK(october.total.received == 3);
    CHECK(october.total.agreed == 1);
    CHECK(october.total.withdrawn == 1);
    CHECK(october.total.transferred == 1);
    CHECK(october.total.mediated() == 3);
    CHECK(*october.total.successRate() == Approx(100.0 / 3));
}

TEST_CASE("An escalated case counts for the committee that mediated it, with referred-in and referred-out lines")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    const auto village2 = RegionRepository(store.db())
                              .create({{},
                                       store.townshipId(),
                                       QStringLiteral("340828101202"),
                                       QStringLiteral("河图村"),
                                       RegionKind::Village,
                                       0});
    REQUIRE(village2.ok());

    // Received in a grid of 菖蒲村, taken up by the township on 8 October and settled there on the 10th.
    const QString up = mediating(store, grid, QDate(2026, 10, 5));
    step(store, up, QStringLiteral("escalation"), escalation(QDate(2026, 10, 8), QStringLiteral("township")));
    step(store, up, QStringLiteral("agreement"), agreement(QDate(2026, 10, 10), true, 20000));
    // Received in 河图村 and passed to the county, which ended mediation.
    const QString county = registerCase(store, QDate(2026, 10, 6), *village2);
    walkCase(store, county, QStringLiteral("session"));
    step(store, county, QStringLiteral("escalation"), escalation(QDate(2026, 10, 12), QStringLiteral("county")));
    step(store, county, QStringLiteral("mediation_ended"), ended(QDate(2026, 10, 20)));

    const MediationReportData village = month(store, 10, store.villageId());
    CHECK(village.total.received == 1);
    CHECK(village.total.referredOut == 1);
    CHECK(village.total.referredIn == 0);
    CHECK(village.total.agreed == 0);
    CHECK(village.total.mediated() == 0);

    const MediationReportData other = month(store, 10, *village2);
    CHECK(other.total.received == 1);
    CHECK(other.total.referredOut == 1);
    CHECK(other.total.failed == 0);

    const MediationReportData township = month(store, 10, store.townshipId());
    CHECK(township.total.received == 2);
    CHECK(township.total.referredIn == 1);  // from 菖蒲村
    CHECK(township.total.referredOut == 1); // to the county
    CHECK(township.total.agreed == 1);
    CHECK(township.total.agreedAmountFen == 20000);
    CHECK(township.total.failed == 0);

    const QString countyId =
        scalar(store.db(), QStringLiteral("SELECT id FROM regions WHERE kind = 'county'")).toString();
    const MediationReportData whole = month(store, 10, countyId);
    CHECK(whole.total.received == 2);
    CHECK(whole.total.referredIn == 1); // the county committee took one up
    CHECK(whole.total.referredOut == 0);
    CHECK(whole.total.agreed == 1);
    CHECK(whole.total.failed == 1);
}

TEST_CASE("A year is its four quarters and its twelve months")
{
    const auto [from, to] = MediationReport::year(2026);
    CHECK(from == QDate(2026, 1, 1));
    CHECK(to == QDate(2026, 12, 31));
}

namespace {
void checkSum(const ReportLine &sum, const ReportLine &whole)
{
    CHECK(sum.received == whole.received);
    CHECK(sum.referredIn == whole.referredIn);
    CHECK(sum.referredOut == whole.referredOut);
    CHECK(sum.agreed == whole.agreed);
    CHECK(sum.failed == whole.failed);
    CHECK(sum.withdrawn == whole.withdrawn);
    CHECK(sum.transferred == whole.transferred);
    CHECK(sum.agreedAmountFen == whole.agreedAmountFen);
    CHECK(sum.keptFromViolence == whole.keptFromViolence);
    CHECK(sum.keptFromViolencePeople == whole.keptFromViolencePeople);
    CHECK(sum.groupCases == whole.groupCases);
    CHECK(sum.groupPeople == whole.groupPeople);
}
} // namespace

// Random histories, as devices of a village and its township make them offline: cases received through
// the year, mediated to each possible end, some escalated, some with a second outcome from another device
// (some of those chosen). Months must add up to quarters and quarters to the year in every line, and the
// year's outcomes must be those the case page reads (CaseOutcome over the timeline).
TEST_CASE("Months add up to their quarter and quarters to the year, over random histories with forked steps")
{
    const unsigned seed = GENERATE(1u, 2u, 3u);
    std::mt19937 random(seed);
    const auto chance = [&random](int percent) { return int(random() % 100) < percent; };
    TestStore store;
    const QString grids[] = {store.makeGrid(QStringLiteral("01")), store.makeGrid(QStringLiteral("02"))};
    const QStringList categories{QStringLiteral("neighbours"), QStringLiteral("marriage_family"),
                                 QStringLiteral("contract")};
    QStringList cases;
    for (int n = 0; n < 40; ++n) {
        const QDate received = QDate(2026, 1, 1).addDays(int(random() % 300));
        DisputeCase d = sampleCase(store, received, grids[random() % 2]);
        d.category = categories.at(int(random() % categories.size()));
        d.peopleCount = 2 + int(random() % 6);
        d.violenceRisk = chance(30);
        const auto id = DisputeRepository(store.db()).create(d);
        REQUIRE(id.ok());
        cases.append(*id);
        QDate day = received;
        const auto later = [&] {
            day = std::min(day.addDays(1 + int(random() % 25)), QDate(2026, 11, 29));
            return day;
        };
        if (chance(8)) {
            step(store, *id, QStringLiteral("decline"),
                 {{QStringLiteral("date"), iso(later())}, {QStringLiteral("reason"), QStringLiteral("已起诉")}});
            continue;
        }
        step(store, *id, QStringLiteral("rights_notice"),
             {{QStringLiteral("date"), iso(day)}, {QStringLiteral("method"), QStringLiteral("written")}});
        if (chance(10))
            continue; // still open
        if (chance(20))
            step(store, *id, QStringLiteral("escalation"),
                 escalation(later(), chance(70) ? QStringLiteral("township") : QStringLiteral("county")));
        step(store, *id, QStringLiteral("session"),
             {{QStringLiteral("date"), iso(later()) + QStringLiteral("T09:00")},
              {QStringLiteral("place"), QStringLiteral("调解室")},
              {QStringLiteral("present"), QStringLiteral("双方")},
              {QStringLiteral("record"), QStringLiteral("记录")},
              {QStringLiteral("outcome"), QStringLiteral("agreed")}});
        const int end = int(random() % 5);
        QString first;
        if (end == 0) {
            const bool signedNow = chance(60);
            first = step(store, *id, QStringLiteral("agreement"),
                         agreement(later(), signedNow, qint64(random() % 100) * 10000));
            if (!signedNow && chance(70))
                step(store, *id, QStringLiteral("agreement_signed"), {{QStringLiteral("date"), iso(later())}});
        } else if (end == 1) {
            first = step(store, *id, QStringLiteral("agreement"), agreement(later(), false, 0, QStringLiteral("oral")));
        } else if (end == 2) {
            first = step(store, *id, QStringLiteral("mediation_ended"), ended(later()));
        } else if (end == 3) {
            step(store, *id, QStringLiteral("closure"),
                 closure(later(), chance(50) ? QStringLiteral("withdrawn") : QStringLiteral("transferred")));
        }
        if (!first.isEmpty() && chance(40)) {
            // Another device recorded its own outcome of the same case, on a day around this one's.
            const QDate other = std::min(day.addDays(int(random() % 40) - 10), QDate(2026, 11, 29));
            const QDate when = std::max(other, received.addDays(1));
            const QString second =
                chance(50)
                    ? recordOnAnotherDevice(store, *id, QStringLiteral("mediation_ended"), ended(when))
                    : recordOnAnotherDevice(store, *id, QStringLiteral("agreement"), agreement(when, true, 70000));
            if (chance(50))
                step(store, *id, QLatin1String(outcome::kChosenKind), choice(chance(50) ? first : second));
        }
    }

    for (const QString &region : {store.townshipId(), store.villageId(), grids[0]}) {
        MediationReportData year;
        {
            const auto [from, to] = MediationReport::year(2026);
            year = MediationReport(store.db()).compute(from, to, region, std::nullopt);
        }
        ReportLine quarters;
        int quarterUnresolved = 0;
        for (int q = 1; q <= 4; ++q) {
            const MediationReportData three = quarter(store, q, region);
            ReportLine months;
            for (int m = q * 3 - 2; m <= q * 3; ++m)
                months.add(month(store, m, region).total);
            checkSum(months, three.total);
            quarters.add(three.total);
            quarterUnresolved += three.unresolvedOutcomes;
            // Each breakdown totals to the same line.
            ReportLine bySource;
            for (const ReportLine &line : three.bySource)
                bySource.add(line);
            checkSum(bySource, three.total);
        }
        checkSum(quarters, year.total);
        CHECK(quarterUnresolved >= year.unresolvedOutcomes);
    }

    // The year's outcomes over the county (some cases went up to it) are those of each case's timeline as the case page
    // reads it.
    int agreed = 0, failed = 0, unresolved = 0;
    for (const QString &id : cases) {
        const QList<DisputeStep> steps = CaseSteps(store.db()).list(id);
        const QString standing = outcome::standingStepId(steps);
        for (const DisputeStep &s : steps) {
            if (s.id != standing)
                continue;
            const bool inEffect =
                s.kind == QLatin1String("agreement") &&
                (s.data.value(QStringLiteral("form")) == QStringLiteral("oral") ||
                 s.data.value(QStringLiteral("signed")).toBool() ||
                 std::any_of(steps.cbegin(), steps.cend(), [&s](const DisputeStep &t) {
                     return t.kind == QLatin1String("agreement_signed") && t.occurred >= s.occurred.left(10);
                 }));
            agreed += inEffect ? 1 : 0;
            failed += s.kind == QLatin1String("mediation_ended") ? 1 : 0;
        }
        unresolved += outcome::unresolvedFork(steps) ? 1 : 0;
    }
    const auto [from, to] = MediationReport::year(2026);
    const QString county =
        scalar(store.db(), QStringLiteral("SELECT id FROM regions WHERE kind = 'county'")).toString();
    const MediationReportData year = MediationReport(store.db()).compute(from, to, county, std::nullopt);
    CHECK(year.total.agreed == agreed);
    CHECK(year.total.failed == failed);
    CHECK(year.unresolvedOutcomes == unresolved);
}
