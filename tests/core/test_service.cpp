#include "core/common/ChinaTime.h"
#include "core/register/HouseholdRepository.h"
#include "core/service/RequestLifecycle.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/VisitPlan.h"
#include "core/service/Visits.h"
#include "core/service/WorkingCalendar.h"
#include "tests/support/TestStore.h"

using namespace lianxin;
using namespace lianxin::test;
namespace lifecycle = lianxin::request_lifecycle;

namespace {
// A township with the default catalogue, one grid and its households; the clock at a China time.
struct Township
{
    TestStore store;
    QString grid = store.makeGrid();
    QString township = store.townshipId();

    Township()
    {
        setChinaTime(QDate(2026, 12, 7), QTime(10, 0));
        REQUIRE(ServiceCatalogue(store.db()).addDefaults(township).ok());
    }
    void setChinaTime(const QDate &date, const QTime &time)
    {
        store.clock().set(QDateTime(date, time, Qt::UTC).addSecs(-kChinaUtcOffsetSeconds));
    }
    QString household(const QString &address, const QStringList &tags = {})
    {
        Household h;
        h.gridId = grid;
        h.address = address;
        h.tags = tags;
        const auto id = HouseholdRepository(store.db()).create(h);
        REQUIRE(id.ok());
        return *id;
    }
    ServiceKind kind(const QString &code)
    {
        for (const ServiceKind &k : ServiceCatalogue(store.db()).kinds(township)) {
            if (k.code == code)
                return k;
        }
        FAIL("no kind " << code.toStdString());
        return {};
    }
    QString take(const QString &code, const QString &householdId = {})
    {
        ServiceRequest r;
        r.regionId = grid;
        r.householdId = householdId;
        r.kindId = kind(code).id;
        r.description = QStringLiteral("申请临时救助");
        r.contactName = QStringLiteral("王秀英");
        r.contactPhone = QStringLiteral("13955660001");
        const auto id = ServiceRequests(store.db()).take(r, QStringLiteral("grid_officer"));
        REQUIRE(id.ok());
        return *id;
    }
    QString department(const QString &name)
    {
        for (const Department &d : ServiceCatalogue(store.db()).departments(township)) {
            if (d.name == name)
                return d.id;
        }
        FAIL("no department");
        return {};
    }
};
} // namespace

TEST_CASE("Working days skip weekends and holidays and count make-up workdays")
{
    WorkingCalendar calendar;
    // Friday 2026-09-25; National Day week 1–7 October is a holiday, Sunday 27 September and Saturday
    // 10 October are make-up workdays.
    for (int day = 1; day <= 7; ++day)
        calendar.add(QDate(2026, 10, day), false);
    calendar.add(QDate(2026, 9, 27), true);
    calendar.add(QDate(2026, 10, 10), true);

    CHECK(calendar.isWorkingDay(QDate(2026, 9, 25)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 9, 26))); // Saturday
    CHECK(calendar.isWorkingDay(QDate(2026, 9, 27)));       // make-up Sunday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2026, 10, 1))); // Thursday, holiday
    CHECK(calendar.isWorkingDay(QDate(2026, 10, 10)));      // make-up Saturday

    // Three working days from Friday 25 September: Sunday 27, Monday 28, Tuesday 29.
    CHECK(calendar.addWorkingDays(QDate(2026, 9, 25), 3) == QDate(2026, 9, 29));
    // Five from Tuesday 29 September: 30 September, then the holiday week, then 8, 9, 10 (make-up Saturday), 12.
    CHECK(calendar.addWorkingDays(QDate(2026, 9, 29), 5) == QDate(2026, 10, 12));
    // Same day taken on a holiday: the next working day.
    CHECK(calendar.addWorkingDays(QDate(2026, 10, 3), 0) == QDate(2026, 10, 8));
    CHECK(calendar.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 12)) == 4);
}

TEST_CASE("The holiday calendar is read from the store and a date has one entry")
{
    Township t;
    HolidayCalendar holidays(t.store.db());
    REQUIRE(holidays.set(t.township, QDate(2026, 12, 8), false, QStringLiteral("测试假日")).ok());
    REQUIRE(holidays.set(t.township, QDate(2026, 12, 8), true, QStringLiteral("调休")).ok());
    REQUIRE(holidays.year(2026).size() == 1);
    CHECK(holidays.year(2026).first().working);
    CHECK(WorkingCalendar::load(t.store.db()).isWorkingDay(QDate(2026, 12, 12)) == false);
    REQUIRE(holidays.set(t.township, QDate(2026, 12, 12), true, QString()).ok());
    CHECK(WorkingCalendar::load(t.store.db()).isWorkingDay(QDate(2026, 12, 12)));
    CHECK(holidays.set(t.township, QDate(), true, QString()).error().field == QStringLiteral("on_date"));
}

TEST_CASE("Every transition of a request is allowed to its actors and refused otherwise")
{
    using A = lifecycle::Actor;
    const QVariantMap none;
    const QVariantMap reason{{QStringLiteral("reason"), QStringLiteral("材料不全")}};
    struct Case
    {
        const char *from;
        const char *action;
        QVariantMap data;
        A actor;
        const char *to;
    };
    const QVariantMap dept{{QStringLiteral("department_id"), QStringLiteral("d1")}};
    const QVariantMap result{{QStringLiteral("result"), QStringLiteral("已办结")}};
    const QVariantMap satisfied{{QStringLiteral("satisfaction"), QStringLiteral("satisfied")},
                                {QStringLiteral("settled"), true}};
    const QVariantMap unhappy{{QStringLiteral("satisfaction"), QStringLiteral("dissatisfied")},
                              {QStringLiteral("settled"), true}};
    const QVariantMap unsettled{{QStringLiteral("satisfaction"), QStringLiteral("fair")},
                                {QStringLiteral("settled"), false}};
    const QList<Case> allowed{
        {"", "take", none, A::Officer, "taken"},
        {"taken", "accept", none, A::SubCentre, "accepted"},
        {"taken", "return", reason, A::SubCentre, "returned"},
        {"returned", "resubmit", none, A::Officer, "taken"},
        {"accepted", "assign", dept, A::SubCentre, "assigned"},
        {"assigned", "assign", dept, A::SubCentre, "assigned"},
        {"escalated", "assign", dept, A::SubCentre, "assigned"},
        {"assigned", "claim", none, A::Department, "claimed"},
        {"claimed", "done", result, A::Department, "done"},
        {"done", "tell", none, A::Officer, "told"},
        {"told", "revisit", satisfied, A::Officer, "settled"},
        {"told", "revisit", unhappy, A::Officer, "accepted"},
        {"done", "revisit", unsettled, A::SubCentre, "accepted"},
        {"taken", "cancel", reason, A::Officer, "cancelled"},
        {"assigned", "cancel", reason, A::SubCentre, "cancelled"},
        {"claimed", "escalate", reason, A::SubCentre, "escalated"},
    };
    for (const Case &c : allowed) {
        INFO(c.from << " " << c.action);
        const auto next = lifecycle::next(QLatin1String(c.from), QLatin1String(c.action), c.data, c.actor);
        REQUIRE(next.ok());
        CHECK(*next == QLatin1String(c.to));
    }
    struct Refusal
    {
        const char *from;
        const char *action;
        QVariantMap data;
        A actor;
        const char *field;
    };
    const QList<Refusal> refused{
        {"taken", "accept", none, A::Officer, "action"},       // only the sub-centre accepts
        {"taken", "claim", none, A::Department, "action"},     // not yet assigned
        {"assigned", "done", result, A::Department, "action"}, // claim first
        {"taken", "return", none, A::SubCentre, "reason"},     // a return says why
        {"accepted", "assign", none, A::SubCentre, "department_id"},
        {"claimed", "done", none, A::Department, "result"},
        {"told", "revisit", none, A::Officer, "satisfaction"},
        {"settled", "cancel", reason, A::SubCentre, "action"}, // closed
        {"cancelled", "resubmit", none, A::Officer, "action"},
        {"assigned", "cancel", reason, A::Department, "action"},
        {"accepted", "cancel", reason, A::Officer, "action"}, // accepted: only the sub-centre withdraws it
        {"taken", "take", none, A::Officer, "action"},
        {"taken", "fly", none, A::SubCentre, "action"},
        {"done", "tell", none, A::Nobody, "action"},
    };
    for (const Refusal &r : refused) {
        INFO(r.from << " " << r.action);
        const auto next = lifecycle::next(QLatin1String(r.from), QLatin1String(r.action), r.data, r.actor);
        REQUIRE_FALSE(next.ok());
        CHECK(next.error().field == QLatin1String(r.field));
        CHECK_FALSE(next.error().message.isEmpty());
    }
    CHECK(lifecycle::actions(QStringLiteral("taken"), A::SubCentre) ==
          QStringList({QStringLiteral("accept"), QStringLiteral("return"), QStringLiteral("cancel")}));
    CHECK(lifecycle::actions(QStringLiteral("assigned"), A::Department) == QStringList{QStringLiteral("claim")});
    CHECK(lifecycle::actorOf(QStringLiteral("legal_adviser")) == A::Nobody);
}

TEST_CASE("A request's limit comes from its kind and the calendar, and its cards from the clock")
{
    Township t;
    // Monday 2026-12-07; S04 临时救助 is 3 working days: Thursday 10 December. A holiday on Wednesday moves it.
    REQUIRE(HolidayCalendar(t.store.db()).set(t.township, QDate(2026, 12, 9), false, QStringLiteral("假日")).ok());
    const QString id = t.take(QStringLiteral("S04"));
    ServiceRequests requests(t.store.db());
    auto request = requests.get(id);
    REQUIRE(request);
    CHECK(request->state == QStringLiteral("taken"));
    CHECK(request->takenOn == QDate(2026, 12, 7));
    CHECK(request->dueOn == QDate(2026, 12, 11));
    CHECK(request->number.startsWith(QStringLiteral("FW20261207-")));
    CHECK(request->contactPhone == QStringLiteral("13955660001"));
    CHECK(t.take(QStringLiteral("S04")) != id);

    const WorkingCalendar calendar = WorkingCalendar::load(t.store.db());
    CHECK(ServiceRequests::card(*request, QDate(2026, 12, 7), calendar) == Card::None);
    CHECK(ServiceRequests::card(*request, QDate(2026, 12, 10), calendar) == Card::Yellow); // due the next working day
    CHECK(ServiceRequests::card(*request, QDate(2026, 12, 11), calendar) == Card::Yellow);
    CHECK(ServiceRequests::card(*request, QDate(2026, 12, 12), calendar) == Card::Red);

    // Counted from the store with the same rule.
    t.setChinaTime(QDate(2026, 12, 12), QTime(9, 0));
    const auto counts = RequestList(t.store.db()).counts(std::nullopt, QString(), QDate(2026, 12, 12), calendar);
    REQUIRE(counts.ok());
    CHECK(counts->red == 2); // both taken on the 7th, due the 11th
    CHECK(counts->byState.value(QStringLiteral("taken")) == 2);
}

TEST_CASE("A request goes through the whole route, and an unsatisfied revisit reopens it")
{
    Township t;
    const QString household = t.household(QStringLiteral("菖蒲村 3 组"));
    const QString id = t.take(QStringLiteral("S03"), household);
    ServiceRequests requests(t.store.db());
    const QString civil = t.department(QStringLiteral("民政办"));
    REQUIRE(requests.act(id, QStringLiteral("accept"), {}, QStringLiteral("township_admin")).ok());
    const auto wrong = requests.act(id, QStringLiteral("claim"), {}, QStringLiteral("department"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QStringLiteral("action"));
    const auto noDepartment =
        requests.act(id, QStringLiteral("assign"), {{QStringLiteral("department_id"), QStringLiteral("nowhere")}},
                     QStringLiteral("township_admin"));
    CHECK(noDepartment.error().field == QStringLiteral("department_id"));
    REQUIRE(requests
                .act(id, QStringLiteral("assign"), {{QStringLiteral("department_id"), civil}},
                     QStringLiteral("township_admin"))
                .ok());
    REQUIRE(requests.act(id, QStringLiteral("claim"), {}, QStringLiteral("department")).ok());
    REQUIRE(requests
                .act(id, QStringLiteral("done"), {{QStringLiteral("result"), QStringLiteral("已批准临时救助 800 元")}},
                     QStringLiteral("department"))
                .ok());
    REQUIRE(requests.act(id, QStringLiteral("tell"), {}, QStringLiteral("grid_officer")).ok());
    REQUIRE(
        requests
            .act(id, QStringLiteral("revisit"),
                 {{QStringLiteral("satisfaction"), QStringLiteral("dissatisfied")}, {QStringLiteral("settled"), false}},
                 QStringLiteral("grid_officer"))
            .ok());
    auto request = requests.get(id);
    CHECK(request->state == QStringLiteral("accepted"));
    CHECK(request->reopened == 1);
    CHECK(request->departmentId.isEmpty());
    CHECK(request->routedTo == QStringList{civil});
    REQUIRE(requests
                .act(id, QStringLiteral("assign"), {{QStringLiteral("department_id"), civil}},
                     QStringLiteral("township_admin"))
                .ok());
    REQUIRE(requests.act(id, QStringLiteral("claim"), {}, QStringLiteral("department")).ok());
    REQUIRE(requests
                .act(id, QStringLiteral("done"), {{QStringLiteral("result"), QStringLiteral("补发")}},
                     QStringLiteral("department"))
                .ok());
    REQUIRE(requests
                .act(id, QStringLiteral("revisit"),
                     {{QStringLiteral("satisfaction"), QStringLiteral("satisfied")}, {QStringLiteral("settled"), true}},
                     QStringLiteral("grid_officer"))
                .ok());
    request = requests.get(id);
    CHECK(request->state == QStringLiteral("settled"));
    CHECK(request->closedOn == QDate(2026, 12, 7));
    CHECK(request->satisfaction == QStringLiteral("satisfied"));
    const QList<ServiceStep> steps = requests.steps(id);
    CHECK(steps.size() == 11);
    CHECK(std::all_of(steps.cbegin(), steps.cend(), [](const ServiceStep &s) { return s.applied; }));

    const WorkingCalendar calendar;
    const auto closed = RequestList(t.store.db())
                            .page(std::nullopt, RequestList::Filter::Closed, QString(), QDate(2026, 12, 7), calendar);
    REQUIRE(closed.ok());
    REQUIRE(closed->rows.size() == 1);
    CHECK(closed->rows.first().kindName == QStringLiteral("低保特困申请"));
    CHECK(RequestList(t.store.db()).ofHousehold(household, QDate(2026, 12, 7), calendar).size() == 1);
    // The department list shows only its own.
    const auto mine =
        RequestList(t.store.db()).page(std::nullopt, RequestList::Filter::All, civil, QDate(2026, 12, 7), calendar);
    const auto theirs = RequestList(t.store.db())
                            .page(std::nullopt, RequestList::Filter::All, t.department(QStringLiteral("残联")),
                                  QDate(2026, 12, 7), calendar);
    CHECK(mine->rows.size() == 1);
    CHECK(theirs->rows.isEmpty());
}

TEST_CASE("Two devices acting on the same state: both steps kept, the earlier stands")
{
    Township t;
    const QString id = t.take(QStringLiteral("S01"));
    ServiceRequests requests(t.store.db());
    t.store.clock().advanceSeconds(120);
    REQUIRE(requests.act(id, QStringLiteral("accept"), {}, QStringLiteral("township_admin")).ok());
    // Another device returned the request a minute before this one accepted it: its step arrives by sync.
    const QString returned = t.store.db().newId();
    QSqlQuery insert = t.store.db().prepare(QStringLiteral(
        "INSERT INTO service_steps (id, request_id, action, occurred, data, created_at, updated_at, updated_by_device) "
        "VALUES (?, ?, 'return', ?, '{\"reason\":\"材料不全\"}', ?, ?, 'other-device')"));
    const QString earlier = toStoredTimestamp(t.store.clock().nowUtc().addSecs(-60));
    for (const QString &value : {returned, id, earlier, earlier, earlier})
        insert.addBindValue(value);
    REQUIRE(t.store.db().exec(insert).ok());
    REQUIRE(requests.rebuild(id).ok());
    CHECK(requests.get(id)->state == QStringLiteral("returned"));
    const QList<ServiceStep> steps = requests.steps(id);
    REQUIRE(steps.size() == 3);
    CHECK(steps.at(1).action == QStringLiteral("return"));
    CHECK(steps.at(1).applied);
    CHECK(steps.at(2).action == QStringLiteral("accept"));
    CHECK_FALSE(steps.at(2).applied);
    // Resubmitted, it can be accepted again.
    REQUIRE(requests.act(id, QStringLiteral("resubmit"), {}, QStringLiteral("grid_officer")).ok());
    REQUIRE(requests.act(id, QStringLiteral("accept"), {}, QStringLiteral("township_admin")).ok());
    CHECK(requests.get(id)->state == QStringLiteral("accepted"));
}

TEST_CASE("Taking a request checks its fields")
{
    Township t;
    ServiceRequests requests(t.store.db());
    ServiceRequest r;
    r.regionId = t.grid;
    r.kindId = t.kind(QStringLiteral("S01")).id;
    CHECK(requests.take(r, QStringLiteral("grid_officer")).error().field == QStringLiteral("description"));
    r.description = QStringLiteral("养老保险认证");
    r.contactPhone = QStringLiteral("12345");
    CHECK(requests.take(r, QStringLiteral("grid_officer")).error().field == QStringLiteral("contact_phone"));
    r.contactPhone.clear();
    CHECK(requests.take(r, QStringLiteral("legal_adviser")).error().field == QStringLiteral("action"));
    r.kindId = QStringLiteral("nope");
    CHECK(requests.take(r, QStringLiteral("grid_officer")).error().field == QStringLiteral("kind_id"));
    CHECK(scalar(t.store.db(), QStringLiteral("SELECT count(*) FROM service_requests")).toInt() == 0);
}

TEST_CASE("A problem not answered by the end of its day is late")
{
    Township t;
    const QString household = t.household(QStringLiteral("菖蒲村 1 组"));
    VisitRepository visits(t.store.db());
    Visit visit;
    visit.householdId = household;
    visit.workers = {QStringLiteral("李网格")};
    visit.situation = QStringLiteral("老人独居，身体尚可");
    Problem open;
    open.category = QStringLiteral("housing");
    open.description = QStringLiteral("屋顶漏雨");
    Problem solved;
    solved.category = QStringLiteral("policy");
    solved.description = QStringLiteral("咨询医保缴费");
    solved.answer = QStringLiteral("explained");
    const auto id = visits.record(visit, {open, solved});
    REQUIRE(id.ok());
    QList<ProblemRow> rows = visits.openProblems(std::nullopt, QDate(2026, 12, 7));
    REQUIRE(rows.size() == 1);
    CHECK_FALSE(rows.first().late);
    // After midnight China time it is late (不过夜 broken), on the officer's list and the sub-centre's.
    t.setChinaTime(QDate(2026, 12, 8), QTime(0, 5));
    rows = visits.openProblems(std::nullopt, chinaToday(t.store.clock()));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().late);
    CHECK(visits.lateCount(std::nullopt, chinaToday(t.store.clock())) == 1);
    CHECK(visits.lateCount(QStringList{QStringLiteral("elsewhere")}, chinaToday(t.store.clock())) == 0);
    CHECK(visits.answer(rows.first().problem.id, QStringLiteral("explained"), QString()).error().field ==
          QStringLiteral("answer_note"));
    CHECK(visits.answer(rows.first().problem.id, QStringLiteral("handed_on"), QString()).error().field ==
          QStringLiteral("request_id"));
    REQUIRE(visits.answer(rows.first().problem.id, QStringLiteral("solved"), QStringLiteral("已联系维修")).ok());
    rows = visits.openProblems(std::nullopt, QDate(2026, 12, 8));
    REQUIRE(rows.size() == 1); // answered, but a day late: still shown as late
    CHECK(rows.first().late);
    CHECK(visits.problemsOf(*id).size() == 2);
}

TEST_CASE("A visit's fields are checked and nothing is half-written")
{
    Township t;
    const QString household = t.household(QStringLiteral("菖蒲村 2 组"));
    VisitRepository visits(t.store.db());
    Visit visit;
    visit.householdId = household;
    CHECK(visits.record(visit, {}).error().field == QStringLiteral("workers"));
    visit.workers = {QStringLiteral("甲")};
    CHECK(visits.record(visit, {}).error().field == QStringLiteral("situation"));
    visit.situation = QStringLiteral("家中正常");
    visit.workers = {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")};
    CHECK(visits.record(visit, {}).error().field == QStringLiteral("workers"));
    visit.workers = {QStringLiteral("甲")};
    visit.latitude = QStringLiteral("120");
    CHECK(visits.record(visit, {}).error().field == QStringLiteral("latitude"));
    visit.latitude = QStringLiteral("30.85");
    visit.visitedOn = QDate(2026, 12, 8);
    CHECK(visits.record(visit, {}).error().field == QStringLiteral("visited_on"));
    visit.visitedOn = {};
    Problem bad;
    bad.category = QStringLiteral("housing");
    CHECK(visits.record(visit, {bad}).error().field == QStringLiteral("problems.0.description"));
    CHECK(scalar(t.store.db(), QStringLiteral("SELECT count(*) FROM visits")).toInt() == 0);
    REQUIRE(visits.record(visit, {}).ok());
    CHECK(visits.ofHousehold(household).size() == 1);
}

TEST_CASE("Coverage counts a grid's households visited in the period, and key households by their interval")
{
    Township t;
    const QString a = t.household(QStringLiteral("一组 1 号"));
    const QString b = t.household(QStringLiteral("一组 2 号"));
    const QString key = t.household(QStringLiteral("一组 3 号"), {QStringLiteral("elderly_alone")});
    const QString d = t.household(QStringLiteral("一组 4 号"));
    VisitRepository visits(t.store.db());
    const auto visitOn = [&](const QString &household, const QDate &day) {
        Visit v;
        v.householdId = household;
        v.visitedOn = day;
        v.workers = {QStringLiteral("李网格")};
        v.situation = QStringLiteral("家中正常");
        REQUIRE(visits.record(v, {}).ok());
    };
    visitOn(a, QDate(2026, 11, 30)); // last month
    visitOn(b, QDate(2026, 12, 1));
    visitOn(key, QDate(2026, 12, 2));
    visitOn(d, QDate(2026, 10, 15)); // two months ago: overdue
    ServiceCatalogue catalogue(t.store.db());
    VisitPlan monthly(t.store.db(), catalogue.visitSettings(t.township));
    auto coverage = monthly.coverage(std::nullopt, QDate(2026, 12, 7));
    REQUIRE(coverage.ok());
    REQUIRE(coverage->size() == 1);
    CHECK(coverage->first().households == 4);
    CHECK(coverage->first().visited == 2);
    CHECK(coverage->first().keyHouseholds == 1);
    CHECK(coverage->first().keyOverdue == 0);
    CHECK(coverage->first().percent() == Approx(50.0));

    // Across the period boundary: on 1 January nobody has been visited this month.
    coverage = monthly.coverage(std::nullopt, QDate(2027, 1, 1));
    CHECK(coverage->first().visited == 0);
    // Quarterly: 30 November and 1 December fall in the same quarter, 15 October too.
    VisitSettings quarterly = catalogue.visitSettings(t.township);
    quarterly.period = QStringLiteral("quarter");
    REQUIRE(catalogue.saveVisitSettings(quarterly).ok());
    VisitPlan plan(t.store.db(), catalogue.visitSettings(t.township));
    CHECK(plan.coverage(std::nullopt, QDate(2026, 12, 7))->first().visited == 4);
    CHECK(plan.period(QDate(2026, 12, 7)).first == QDate(2026, 10, 1));

    // The key household is due again 14 days after its visit; the others are not due this quarter.
    auto due = plan.due(std::nullopt, QDate(2026, 12, 17));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().householdId == key);
    CHECK(due->first().key);
    CHECK(due->first().overdue);
    CHECK(plan.coverage(std::nullopt, QDate(2026, 12, 17))->first().keyOverdue == 1);

    // Monthly on 7 December: a (November) is due, d (October, nothing in November) is overdue and first.
    due = monthly.due(std::nullopt, QDate(2026, 12, 7));
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).householdId == d);
    CHECK(due->at(0).overdue);
    CHECK(due->at(1).householdId == a);
    CHECK_FALSE(due->at(1).overdue);
    CHECK(due->at(1).lastVisit == QDate(2026, 11, 30));
    const auto counts = monthly.dueCounts(std::nullopt, QDate(2026, 12, 7));
    REQUIRE(counts.ok());
    CHECK(counts->due == 2);
    CHECK(counts->overdue == 1);
    // Out of scope: nothing.
    CHECK(monthly.due(QStringList{QStringLiteral("elsewhere")}, QDate(2026, 12, 7))->isEmpty());
    CHECK(catalogue.saveVisitSettings({{}, t.township, QStringLiteral("week"), {}, 14}).error().field ==
          QStringLiteral("period"));
}
