#include "ServerFixture.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/AuditLog.h"
#include "core/register/HouseholdRepository.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/Visits.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {
QVariant value(Database &db, const QString &sql, const QString &bind = {})
{
    QSqlQuery query = db.prepare(sql);
    if (!bind.isNull())
        query.addBindValue(bind);
    REQUIRE(db.exec(query).ok());
    REQUIRE(query.next());
    return query.value(0);
}

QString regionByCode(Database &db, const QString &code)
{
    return value(db, QStringLiteral("SELECT id FROM regions WHERE code = ?"), code).toString();
}

QString departmentNamed(Database &db, const QString &name)
{
    return value(db, QStringLiteral("SELECT id FROM departments WHERE name = ?"), name).toString();
}

void addDepartmentAccount(const ServerProcess &server, const QString &username, const QString &department)
{
    REQUIRE(server.admin({QStringLiteral("add-user"), username, QStringLiteral("--name"), username,
                          QStringLiteral("--role"), QStringLiteral("department"), QStringLiteral("--scope"),
                          QStringLiteral("340828101")},
                         "password-1\n") == 0);
    REQUIRE(server.admin({QStringLiteral("set-department"), username, QStringLiteral("--department"), department}) ==
            0);
}

// Township A's service catalogue, a household of A's grid with a visit and a request taken at its door.
struct Scene
{
    ServerProcess &server;
    SyncDevice township{server, QStringLiteral("town_a")};
    SyncDevice officer{server, QStringLiteral("officer_a")};
    QString household;
    QString request;

    explicit Scene(ServerProcess &s) : server(s)
    {
        township.sync();
        const QString townshipId = regionByCode(*township.database, QStringLiteral("340828101"));
        REQUIRE(ServiceCatalogue(*township.database).addDefaults(townshipId).ok());
        REQUIRE(township.sync().rejected == 0);
        addDepartmentAccount(server, QStringLiteral("dept_civil"), QStringLiteral("民政办"));
        addDepartmentAccount(server, QStringLiteral("dept_police"), QStringLiteral("派出所"));

        officer.sync();
        Database &db = *officer.database;
        Household h;
        h.gridId = regionByCode(db, QStringLiteral("34082810120101"));
        h.address = QStringLiteral("甲村一组");
        household = *HouseholdRepository(db).create(h);
        Visit visit;
        visit.householdId = household;
        visit.workers = {QStringLiteral("测试officer_a")};
        visit.situation = QStringLiteral("家中失火后借住亲戚家");
        Problem problem;
        problem.category = QStringLiteral("livelihood");
        problem.description = QStringLiteral("家中失火，生活困难");
        const QString visitId = *VisitRepository(db).record(visit, {problem});
        ServiceRequest r;
        r.regionId = h.gridId;
        r.householdId = household;
        r.kindId = value(db, QStringLiteral("SELECT id FROM service_kinds WHERE code = 'S04'")).toString();
        r.description = QStringLiteral("申请临时救助");
        r.contactName = QStringLiteral("王秀英");
        r.address = h.address;
        r.problemId = VisitRepository(db).problemsOf(visitId).first().id;
        const auto taken = ServiceRequests(db).take(r, QStringLiteral("grid_officer"));
        REQUIRE(taken.ok());
        request = *taken;
        REQUIRE(VisitRepository(db).answer(r.problemId, QStringLiteral("handed_on"), QString()).ok());
        officer.sync();
        CHECK(value(db, QStringLiteral(
                            "SELECT group_concat(table_name || ' ' || coalesce(field, '') || ' ' || message, '; ') "
                            "FROM sync_rejections"))
                  .toString()
                  .toStdString() == std::string());
    }
};
} // namespace

TEST_CASE("A request goes from the door to the sub-centre to a department and back, and a department sees only its own")
{
    ServerProcess server;
    seedCounty(server);
    Scene scene(server);

    scene.township.sync();
    ServiceRequests town(*scene.township.database);
    const QString civil = departmentNamed(*scene.township.database, QStringLiteral("民政办"));
    REQUIRE(town.act(scene.request, QStringLiteral("accept"), {}, QStringLiteral("township_admin")).ok());
    REQUIRE(town.act(scene.request, QStringLiteral("assign"), {{QStringLiteral("department_id"), civil}},
                     QStringLiteral("township_admin"))
                .ok());
    REQUIRE(scene.township.sync().rejected == 0);

    SyncDevice department(server, QStringLiteral("dept_civil"));
    department.sync();
    Database &dept = *department.database;
    // The request and its steps, the township's departments and kinds; no household, person, visit or problem.
    CHECK(value(dept, QStringLiteral("SELECT count(*) FROM service_requests")).toInt() == 1);
    CHECK(value(dept, QStringLiteral("SELECT count(*) FROM service_steps")).toInt() == 3);
    CHECK(value(dept, QStringLiteral("SELECT contact_name FROM service_requests")).toString() ==
          QStringLiteral("王秀英"));
    CHECK(value(dept, QStringLiteral("SELECT count(*) FROM departments")).toInt() == 9);
    for (const char *table : {"households", "persons", "visits", "problems", "members", "audit_log"})
        CHECK(value(dept, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() == 0);
    CHECK(value(dept, QStringLiteral("SELECT count(*) FROM accounts")).toInt() == 1);
    ServiceRequests mine(dept);
    REQUIRE(mine.act(scene.request, QStringLiteral("claim"), {}, QStringLiteral("department")).ok());
    REQUIRE(mine.act(scene.request, QStringLiteral("done"),
                     {{QStringLiteral("result"), QStringLiteral("已发放临时救助金")}}, QStringLiteral("department"))
                .ok());
    // Seeing the household's phone to call it is recorded, and the record reaches the server.
    const auto civilAccount = AccountRepository(dept).findByUsername(QStringLiteral("dept_civil"));
    REQUIRE(civilAccount);
    REQUIRE(AuditLog(dept).recordReveal(*civilAccount, QStringLiteral("service_requests"), scene.request,
                                        QStringLiteral("contact_phone")).ok());
    const SyncReport pushed = department.sync();
    CHECK(pushed.rejected == 0);

    // Another department sees none of it, and its pushes about it are answered as about nothing.
    SyncDevice police(server, QStringLiteral("dept_police"));
    police.sync();
    CHECK(value(*police.database, QStringLiteral("SELECT count(*) FROM service_requests")).toInt() == 0);
    const QString token = server.signIn(QStringLiteral("dept_police"));
    const HttpReply claim = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(newId(), {insertRow(QStringLiteral("service_steps"), newId(),
                                     {{QStringLiteral("request_id"), scene.request},
                                      {QStringLiteral("action"), QStringLiteral("claim")},
                                      {QStringLiteral("occurred"), QStringLiteral("2026-12-07T02:00:00.000Z")},
                                      {QStringLiteral("data"), QStringLiteral("{}")}})}),
        {}, token);
    REQUIRE(claim.status == 200);
    const QJsonObject result = claim.json().value(QStringLiteral("rows")).toArray().first().toObject();
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(result.value(QStringLiteral("reason")).toString() == QStringLiteral("scope"));
    const HttpReply household = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(newId(), {insertRow(QStringLiteral("households"), newId(),
                                     {{QStringLiteral("grid_id"),
                                       regionByCode(*scene.officer.database, QStringLiteral("34082810120101"))},
                                      {QStringLiteral("address"), QStringLiteral("伪造")}})}),
        {}, token);
    CHECK(household.json()
              .value(QStringLiteral("rows"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("reason"))
              .toString() == QStringLiteral("scope"));
    // Nor can a department take the sub-centre's steps on its own requests.
    const QString civilToken = server.signIn(QStringLiteral("dept_civil"));
    const HttpReply accept = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(newId(), {insertRow(QStringLiteral("service_steps"), newId(),
                                     {{QStringLiteral("request_id"), scene.request},
                                      {QStringLiteral("action"), QStringLiteral("assign")},
                                      {QStringLiteral("occurred"), QStringLiteral("2026-12-07T02:00:00.000Z")},
                                      {QStringLiteral("data"), QStringLiteral("{}")}})}),
        {}, civilToken);
    const QJsonObject refused = accept.json().value(QStringLiteral("rows")).toArray().first().toObject();
    CHECK(refused.value(QStringLiteral("field")).toString() == QStringLiteral("action"));

    // The officer's device learns the result, tells the household and records the revisit.
    scene.officer.sync();
    ServiceRequests officer(*scene.officer.database);
    CHECK(officer.get(scene.request)->state == QStringLiteral("done"));
    CHECK(officer.get(scene.request)->result == QStringLiteral("已发放临时救助金"));
    REQUIRE(officer.act(scene.request, QStringLiteral("tell"), {}, QStringLiteral("grid_officer")).ok());
    REQUIRE(officer
                .act(scene.request, QStringLiteral("revisit"),
                     {{QStringLiteral("satisfaction"), QStringLiteral("satisfied")}, {QStringLiteral("settled"), true}},
                     QStringLiteral("grid_officer"))
                .ok());
    CHECK(scene.officer.sync().rejected == 0);
    department.sync();
    CHECK(ServiceRequests(dept).get(scene.request)->state == QStringLiteral("settled"));
}

TEST_CASE("Two offline devices changing one request's state keep both steps and agree on the state the rules give")
{
    ServerProcess server;
    seedCounty(server);
    Scene scene(server);
    SyncDevice office(server, QStringLiteral("town_a"));
    office.sync();
    scene.township.sync();
    // Offline, the laptop returns the request and the office PC accepts it.
    REQUIRE(ServiceRequests(*scene.township.database)
                .act(scene.request, QStringLiteral("return"),
                     {{QStringLiteral("reason"), QStringLiteral("缺少身份证复印件")}}, QStringLiteral("township_admin"))
                .ok());
    REQUIRE(ServiceRequests(*office.database)
                .act(scene.request, QStringLiteral("accept"), {}, QStringLiteral("township_admin"))
                .ok());
    CHECK(scene.township.sync().rejected == 0);
    CHECK(office.sync().rejected == 0);
    scene.township.sync();
    office.sync();
    // Both devices hold both steps in one order: the earlier stands, the later is shown as not applied.
    QStringList states;
    for (Database *db : {scene.township.database.get(), office.database.get()}) {
        ServiceRequests requests(*db);
        const QList<ServiceStep> steps = requests.steps(scene.request);
        REQUIRE(steps.size() == 3);
        CHECK(steps.at(1).applied);
        CHECK_FALSE(steps.at(2).applied);
        const QString stood =
            steps.at(1).action == QLatin1String("return") ? QStringLiteral("returned") : QStringLiteral("accepted");
        CHECK(requests.get(scene.request)->state == stood);
        states.append(stood);
    }
    CHECK(states.at(0) == states.at(1));
    // The server holds both steps, and the state the devices agreed on.
    scene.officer.sync();
    CHECK(ServiceRequests(*scene.officer.database).get(scene.request)->state == states.at(0));
}
