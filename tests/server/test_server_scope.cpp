#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace {

struct County
{
    QString gridA;
    QString gridB;
    QString householdA;
    QString personA;
    QString householdB;
};

QJsonObject firstRow(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("rows")).toArray().first().toObject();
}

HttpReply push(const ServerProcess &server, const QString &token, const QList<QJsonObject> &rows)
{
    return server.request("POST", QStringLiteral("/api/v1/changes"), pushBody(newId(), rows), {}, token);
}

QJsonObject household(const QString &gridId, const QString &address)
{
    return {{QStringLiteral("grid_id"), gridId}, {QStringLiteral("address"), address}, {QStringLiteral("tags"), QStringLiteral("[]")}};
}

// One household in each township (and a person in A's), written by their own township's users.
County makeCounty(const ServerProcess &server)
{
    seedCounty(server);
    const QString county = server.signIn(QStringLiteral("county"));
    County c{regionId(server, county, QStringLiteral("34082810120101")), regionId(server, county, QStringLiteral("34082810220101")),
             newId(), newId(), newId()};
    const HttpReply a = push(server, server.signIn(QStringLiteral("officer_a")),
                             {insertRow(QStringLiteral("households"), c.householdA, household(c.gridA, QStringLiteral("甲村1组"))),
                              insertRow(QStringLiteral("persons"), c.personA,
                                        {{QStringLiteral("household_id"), c.householdA}, {QStringLiteral("name"), QStringLiteral("王大伟")},
                                         {QStringLiteral("relation"), QStringLiteral("head")},
                                         {QStringLiteral("residence_status"), QStringLiteral("registered")}})});
    INFO(a.body.toStdString());
    REQUIRE(a.json().value(QStringLiteral("accepted")).toInt() == 2);
    const HttpReply b = push(server, server.signIn(QStringLiteral("town_b")),
                             {insertRow(QStringLiteral("households"), c.householdB, household(c.gridB, QStringLiteral("乙村2组")))});
    REQUIRE(b.json().value(QStringLiteral("accepted")).toInt() == 1);
    return c;
}

// Every row id a pull from 0 gives the token, by table.
QMultiHash<QString, QString> pulledIds(const ServerProcess &server, const QString &token)
{
    QMultiHash<QString, QString> ids;
    const HttpReply reply = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, token);
    REQUIRE(reply.status == 200);
    for (const QJsonValue &table : reply.json().value(QStringLiteral("tables")).toArray()) {
        for (const QJsonValue &row : table.toObject().value(QStringLiteral("rows")).toArray())
            ids.insert(table.toObject().value(QStringLiteral("table")).toString(), row.toArray().first().toString());
    }
    return ids;
}

} // namespace

TEST_CASE("Every route refuses a request without a valid token")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QByteArray body = pushBody(newId(), {insertRow(QStringLiteral("households"), newId(), household(c.gridA, QStringLiteral("x")))});
    struct Route
    {
        QByteArray method;
        QString path;
        QByteArray body;
    };
    const QList<Route> routes{{"GET", QStringLiteral("/api/v1/changes?after=0"), {}},
                              {"POST", QStringLiteral("/api/v1/changes"), body},
                              {"GET", QStringLiteral("/api/v1/regions"), {}},
                              {"GET", QStringLiteral("/api/v1/accounts"), {}},
                              {"DELETE", QStringLiteral("/api/v1/session"), {}}};
    const QString valid = server.signIn(QStringLiteral("town_a"));
    for (const Route &route : routes) {
        INFO(route.method.toStdString() << ' ' << route.path.toStdString());
        const HttpReply none = server.request(route.method, route.path, route.body);
        CHECK(none.status == 401);
        CHECK(none.errorCode() == QStringLiteral("token_missing"));
        const HttpReply forged = server.request(route.method, route.path, route.body, {}, QStringLiteral("forged-token"));
        CHECK(forged.status == 401);
        CHECK(forged.errorCode() == QStringLiteral("token_unknown"));
    }
    // With a valid token each route answers (the sign-out last, since it ends the session).
    for (const Route &route : routes) {
        INFO(route.method.toStdString() << ' ' << route.path.toStdString());
        const HttpReply reply = server.request(route.method, route.path, route.body, {}, valid);
        CHECK(reply.status / 100 == 2);
    }
}

TEST_CASE("A pull returns only rows within the account's scope")
{
    ServerProcess server;
    const County c = makeCounty(server);
    struct Expectation
    {
        const char *user;
        bool seesA;
        bool seesB;
    };
    const QList<Expectation> table{{"county", true, true}, {"town_a", true, false}, {"town_b", false, true},
                                   {"officer_a", true, false}, {"mediator_a", true, false}};
    for (const Expectation &expected : table) {
        INFO(expected.user);
        const auto ids = pulledIds(server, server.signIn(QLatin1String(expected.user)));
        CHECK(ids.contains(QStringLiteral("households"), c.householdA) == expected.seesA);
        CHECK(ids.contains(QStringLiteral("persons"), c.personA) == expected.seesA);
        CHECK(ids.contains(QStringLiteral("households"), c.householdB) == expected.seesB);
        CHECK(ids.contains(QStringLiteral("regions"), c.gridA) == expected.seesA);
        CHECK(ids.contains(QStringLiteral("regions"), c.gridB) == expected.seesB);
    }
}

TEST_CASE("The region tree and the sign-in accounts follow the scope")
{
    ServerProcess server;
    makeCounty(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    // A township sees its own tree and the county above it, not the other township.
    CHECK_FALSE(regionId(server, townA, QStringLiteral("340828")).isEmpty());
    CHECK_FALSE(regionId(server, townA, QStringLiteral("34082810120101")).isEmpty());
    CHECK(regionId(server, townA, QStringLiteral("340828102")).isEmpty());
    CHECK(regionId(server, townA, QStringLiteral("34082810220101")).isEmpty());

    const HttpReply accounts = server.request("GET", QStringLiteral("/api/v1/accounts"), {}, {}, townA);
    REQUIRE(accounts.status == 200);
    QStringList names;
    for (const QJsonValue &row : accounts.json().value(QStringLiteral("rows")).toArray()) {
        names.append(row.toArray().at(1).toString());
        CHECK(row.toArray().at(5).toString().startsWith(QStringLiteral("$argon2id$")));
    }
    names.sort();
    CHECK(names == QStringList{QStringLiteral("mediator_a"), QStringLiteral("officer_a"), QStringLiteral("town_a")});

    // A village's devices get the village's accounts and those of its grids.
    const QString mediator = server.signIn(QStringLiteral("mediator_a"));
    const HttpReply village = server.request("GET", QStringLiteral("/api/v1/accounts"), {}, {}, mediator);
    QStringList villageNames;
    for (const QJsonValue &row : village.json().value(QStringLiteral("rows")).toArray())
        villageNames.append(row.toArray().at(1).toString());
    villageNames.sort();
    CHECK(villageNames == QStringList{QStringLiteral("mediator_a"), QStringLiteral("officer_a")});
}

TEST_CASE("A push outside the account's scope is refused row by row")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    const QString officerA = server.signIn(QStringLiteral("officer_a"));
    const QJsonObject moveB{{QStringLiteral("table"), QStringLiteral("households")}, {QStringLiteral("id"), c.householdB},
                            {QStringLiteral("op"), QStringLiteral("update")}, {QStringLiteral("base_version"), 0},
                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("address"), QStringLiteral("改")}}}};
    const QJsonObject moveAOut{{QStringLiteral("table"), QStringLiteral("households")}, {QStringLiteral("id"), c.householdA},
                               {QStringLiteral("op"), QStringLiteral("update")}, {QStringLiteral("base_version"), 100000},
                               {QStringLiteral("fields"), QJsonObject{{QStringLiteral("grid_id"), c.gridB}}}};
    const QJsonObject deleteB{{QStringLiteral("table"), QStringLiteral("households")}, {QStringLiteral("id"), c.householdB},
                              {QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("base_version"), 0}};
    struct Case
    {
        const char *name;
        QString token;
        QJsonObject row;
        QString reason;
    };
    const QList<Case> cases{
        {"insert into another township's grid", townA,
         insertRow(QStringLiteral("households"), newId(), household(c.gridB, QStringLiteral("x"))), QStringLiteral("scope")},
        {"insert a person into another township's household", townA,
         insertRow(QStringLiteral("persons"), newId(),
                   {{QStringLiteral("household_id"), c.householdB}, {QStringLiteral("name"), QStringLiteral("李四")},
                    {QStringLiteral("relation"), QStringLiteral("head")}, {QStringLiteral("residence_status"), QStringLiteral("registered")}}),
         QStringLiteral("scope")},
        {"update another township's household", townA, moveB, QStringLiteral("scope")},
        {"delete another township's household", townA, deleteB, QStringLiteral("scope")},
        {"move an own household out of scope", officerA, moveAOut, QStringLiteral("scope")},
        {"a mediator changing the register", server.signIn(QStringLiteral("mediator_a")),
         insertRow(QStringLiteral("households"), newId(), household(c.gridA, QStringLiteral("x"))), QStringLiteral("forbidden")},
        {"writing accounts", townA,
         insertRow(QStringLiteral("accounts"), newId(), {{QStringLiteral("username"), QStringLiteral("evil")}}), QStringLiteral("forbidden")},
    };
    for (const Case &test : cases) {
        INFO(test.name);
        const HttpReply reply = push(server, test.token, {test.row});
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        CHECK(firstRow(reply).value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
        CHECK(firstRow(reply).value(QStringLiteral("reason")).toString() == test.reason);
    }
    // Nothing of B's changed.
    const auto ids = pulledIds(server, server.signIn(QStringLiteral("town_b")));
    CHECK(ids.count(QStringLiteral("households")) == 1);
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0"), {}, {}, server.signIn(QStringLiteral("town_b")));
    CHECK_FALSE(pull.body.contains("改"));
}

TEST_CASE("Any role may add audit records within its scope")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString mediator = server.signIn(QStringLiteral("mediator_a"));
    const HttpReply me = server.request("POST", QStringLiteral("/api/v1/session"),
                                        QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("mediator_a")},
                                                                  {QStringLiteral("password"), QStringLiteral("password-1")}})
                                            .toJson());
    const QString accountId = me.json().value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString();
    const HttpReply reply = push(server, mediator,
                                 {insertRow(QStringLiteral("audit_log"), newId(),
                                            {{QStringLiteral("account_id"), accountId}, {QStringLiteral("action"), QStringLiteral("reveal")},
                                             {QStringLiteral("table_name"), QStringLiteral("persons")},
                                             {QStringLiteral("row_id"), c.personA}, {QStringLiteral("field"), QStringLiteral("id_number")}})});
    INFO(reply.body.toStdString());
    CHECK(firstRow(reply).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(pulledIds(server, server.signIn(QStringLiteral("town_a"))).count(QStringLiteral("audit_log")) == 1);
    CHECK(pulledIds(server, server.signIn(QStringLiteral("town_b"))).count(QStringLiteral("audit_log")) == 0);
}
