#include "ServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

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

QJsonObject change(const QString &table, const QString &id, const QString &op, qint64 base, const QJsonObject &fields = {})
{
    QJsonObject row{{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("op"), op},
                    {QStringLiteral("base_version"), base}};
    if (op != QLatin1String("delete"))
        row.insert(QStringLiteral("fields"), fields);
    return row;
}

QJsonObject person(const QString &householdId, const QString &name, const QString &idNumber = {})
{
    QJsonObject fields{{QStringLiteral("household_id"), householdId}, {QStringLiteral("name"), name},
                       {QStringLiteral("relation"), QStringLiteral("head")},
                       {QStringLiteral("residence_status"), QStringLiteral("registered")}};
    if (!idNumber.isEmpty())
        fields.insert(QStringLiteral("id_number"), idNumber);
    return fields;
}

// The answer to a row without its id, which differs by construction.
QJsonObject withoutId(QJsonObject answer)
{
    answer.remove(QStringLiteral("id"));
    return answer;
}

// The server_version of a row as a pull from 0 gives it to `token`.
qint64 versionIn(const ServerProcess &server, const QString &token, const QString &tableName, const QString &id)
{
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, token);
    for (const QJsonValue &table : pull.json().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject object = table.toObject();
        if (object.value(QStringLiteral("table")).toString() != tableName)
            continue;
        const qsizetype column = object.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("server_version"));
        for (const QJsonValue &row : object.value(QStringLiteral("rows")).toArray()) {
            if (row.toArray().first().toString() == id)
                return row.toArray().at(column).toInteger();
        }
    }
    return -1;
}

qint64 versionOf(const HttpReply &reply)
{
    return firstRow(reply).value(QStringLiteral("server_version")).toInteger();
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

TEST_CASE("A scope of regions at different levels pulls the rows of each, and only those")
{
    ServerProcess server;
    const County c = makeCounty(server);
    // A household in a second grid of township A, outside the grid of the mixed scope.
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("grid.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("code,name,kind,parent_code,sort_order\n34082810120102,甲村第2网格,grid,340828101201,2\n");
    csv.close();
    REQUIRE(server.admin({QStringLiteral("import-regions"), csv.fileName()}) == 0);
    const QString otherGrid =
        regionId(server, server.signIn(QStringLiteral("county")), QStringLiteral("34082810120102"));
    const QString otherHousehold = newId();
    REQUIRE(
        push(server, server.signIn(QStringLiteral("town_a")),
             {insertRow(QStringLiteral("households"), otherHousehold, household(otherGrid, QStringLiteral("甲村3组")))})
            .json()
            .value(QStringLiteral("accepted"))
            .toInt() == 1);
    // The pull names one scope column per region's level: a grid of A and the whole of township B.
    REQUIRE(server.admin({QStringLiteral("add-user"), QStringLiteral("mixed"), QStringLiteral("--name"),
                          QStringLiteral("测试"), QStringLiteral("--role"), QStringLiteral("grid_officer"),
                          QStringLiteral("--scope"), QStringLiteral("34082810120101,340828102")},
                         "password-1\n") == 0);
    const auto ids = pulledIds(server, server.signIn(QStringLiteral("mixed")));
    CHECK(ids.contains(QStringLiteral("households"), c.householdA));
    CHECK(ids.contains(QStringLiteral("persons"), c.personA));
    CHECK(ids.contains(QStringLiteral("households"), c.householdB));
    CHECK_FALSE(ids.contains(QStringLiteral("households"), otherHousehold));
    CHECK(ids.contains(QStringLiteral("regions"), c.gridB));
    CHECK_FALSE(ids.contains(QStringLiteral("regions"), otherGrid));
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
                               {QStringLiteral("op"), QStringLiteral("update")},
                               {QStringLiteral("base_version"), versionIn(server, officerA, QStringLiteral("households"), c.householdA)},
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
         QStringLiteral("missing_reference")},
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


TEST_CASE("A row outside the scope is answered as one the server does not have")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString townB = server.signIn(QStringLiteral("town_b"));
    const QString personB = newId();
    const QString idNumber = QStringLiteral("340828198001010011");
    REQUIRE(push(server, townB, {insertRow(QStringLiteral("persons"), personB, person(c.householdB, QStringLiteral("赵六"), idNumber))})
                .json().value(QStringLiteral("accepted")).toInt() == 1);

    const QString townA = server.signIn(QStringLiteral("town_a"));
    const QString absent = newId();
    const auto answer = [&](const QJsonObject &row) {
        const HttpReply reply = push(server, townA, {row});
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        return withoutId(firstRow(reply));
    };
    const QJsonObject guessRight{{QStringLiteral("id_number"), idNumber}};
    const QJsonObject guessWrong{{QStringLiteral("id_number"), QStringLiteral("340828198001020017")}};
    // An update that guesses right, one that guesses wrong, one that changes nothing, and one of an absent row.
    const QJsonObject reference = answer(change(QStringLiteral("persons"), absent, QStringLiteral("update"), 1, guessRight));
    CHECK(reference.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(reference.value(QStringLiteral("reason")).toString() == QStringLiteral("scope"));
    for (const QJsonObject &fields : {guessRight, guessWrong, QJsonObject{}})
        CHECK(answer(change(QStringLiteral("persons"), personB, QStringLiteral("update"), 1, fields)) == reference);
    CHECK(answer(change(QStringLiteral("persons"), personB, QStringLiteral("delete"), 1)) ==
          answer(change(QStringLiteral("persons"), absent, QStringLiteral("delete"), 1)));
    // A person put into B's household waits for a household, exactly as one put into a household that does not exist.
    CHECK(answer(insertRow(QStringLiteral("persons"), absent, person(c.householdB, QStringLiteral("李四")))) ==
          answer(insertRow(QStringLiteral("persons"), absent, person(newId(), QStringLiteral("李四")))));
    // An insert into B's grid is refused as one into a grid that does not exist.
    CHECK(answer(insertRow(QStringLiteral("households"), absent, household(c.gridB, QStringLiteral("x")))) ==
          answer(insertRow(QStringLiteral("households"), absent, household(newId(), QStringLiteral("x")))));
    // Nothing of B's changed.
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0"), {}, {}, townB);
    CHECK(pull.body.contains(idNumber.toUtf8()));
    CHECK_FALSE(pull.body.contains("340828198001020017"));
}

TEST_CASE("An ID number held outside the scope is not confirmed to the pusher but goes to review")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString held = QStringLiteral("340828198001010011");
    REQUIRE(push(server, server.signIn(QStringLiteral("town_b")),
                 {insertRow(QStringLiteral("persons"), newId(), person(c.householdB, QStringLiteral("赵六"), held))})
                .json().value(QStringLiteral("accepted")).toInt() == 1);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    QByteArray listing;
    REQUIRE(server.admin({QStringLiteral("id-number-reviews")}, {}, &listing) == 0);
    CHECK(listing.contains("0 pairs to review"));

    const HttpReply sameAsB = push(server, townA, {insertRow(QStringLiteral("persons"), newId(), person(c.householdA, QStringLiteral("钱七"), held))});
    INFO(sameAsB.body.toStdString());
    CHECK(firstRow(sameAsB).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    REQUIRE(server.admin({QStringLiteral("id-number-reviews")}, {}, &listing) == 0);
    CHECK(listing.contains("1 pairs to review"));
    CHECK(listing.contains("甲镇"));
    CHECK(listing.contains("乙镇"));
    CHECK_FALSE(listing.contains(held.toUtf8()));

    // Within the scope the holder is one the pusher may see, and the refusal says so.
    const HttpReply sameAsA = push(server, townA, {insertRow(QStringLiteral("persons"), newId(), person(c.householdA, QStringLiteral("孙八"), held))});
    CHECK(firstRow(sameAsA).value(QStringLiteral("reason")).toString() == QStringLiteral("validation"));
    CHECK(firstRow(sameAsA).value(QStringLiteral("field")).toString() == QStringLiteral("id_number"));
}

TEST_CASE("A link row cannot pull another township's member into the caller's scope")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString townB = server.signIn(QStringLiteral("town_b"));
    const QString memberB = newId();
    const QString villageB = regionId(server, townB, QStringLiteral("340828102201"));
    const HttpReply made = push(server, townB,
                                {insertRow(QStringLiteral("members"), memberB, {{QStringLiteral("name"), QStringLiteral("周九")},
                                                                                {QStringLiteral("roles"), QStringLiteral("[\"mediator\"]")}}),
                                 insertRow(QStringLiteral("member_regions"), newId(),
                                           {{QStringLiteral("member_id"), memberB}, {QStringLiteral("region_id"), villageB}})});
    INFO(made.body.toStdString());
    REQUIRE(made.json().value(QStringLiteral("accepted")).toInt() == 2);

    const QString townA = server.signIn(QStringLiteral("town_a"));
    const HttpReply link = push(server, townA, {insertRow(QStringLiteral("member_regions"), newId(),
                                                          {{QStringLiteral("member_id"), memberB}, {QStringLiteral("region_id"), c.gridA}})});
    INFO(link.body.toStdString());
    CHECK(firstRow(link).value(QStringLiteral("reason")).toString() == QStringLiteral("missing_reference"));
    CHECK(firstRow(link).value(QStringLiteral("field")).toString() == QStringLiteral("member_id"));
    CHECK(pulledIds(server, townB).contains(QStringLiteral("members"), memberB));
    CHECK_FALSE(pulledIds(server, townA).contains(QStringLiteral("members"), memberB));
}

TEST_CASE("An audit record's author is the account whose token sent it")
{
    ServerProcess server;
    const County c = makeCounty(server);
    REQUIRE(server.admin({QStringLiteral("add-user"), QStringLiteral("head_a"), QStringLiteral("--name"), QStringLiteral("单位负责人"),
                          QStringLiteral("--role"), QStringLiteral("unit_head"), QStringLiteral("--scope"), QStringLiteral("340828101")},
                         "password-1\npassword-1\n") == 0);
    const auto idOf = [&](const char *username) {
        const HttpReply me = server.request("POST", QStringLiteral("/api/v1/session"),
                                            QJsonDocument(QJsonObject{{QStringLiteral("username"), QLatin1String(username)},
                                                                      {QStringLiteral("password"), QStringLiteral("password-1")}})
                                                .toJson());
        return me.json().value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString();
    };
    const QString headId = idOf("head_a");
    const QString recordId = newId();
    const HttpReply reply = push(server, server.signIn(QStringLiteral("head_a")),
                                 {insertRow(QStringLiteral("audit_log"), recordId,
                                            {{QStringLiteral("account_id"), idOf("town_a")}, {QStringLiteral("action"), QStringLiteral("reveal")},
                                             {QStringLiteral("table_name"), QStringLiteral("persons")},
                                             {QStringLiteral("row_id"), c.personA}, {QStringLiteral("field"), QStringLiteral("id_number")}})});
    INFO(reply.body.toStdString());
    REQUIRE(firstRow(reply).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, server.signIn(QStringLiteral("county")));
    for (const QJsonValue &table : pull.json().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject object = table.toObject();
        if (object.value(QStringLiteral("table")).toString() != QLatin1String("audit_log"))
            continue;
        const QJsonArray columns = object.value(QStringLiteral("columns")).toArray();
        const QJsonArray row = object.value(QStringLiteral("rows")).toArray().first().toArray();
        CHECK(row.at(columns.toVariantList().indexOf(QStringLiteral("account_id"))).toString() == headId);
    }
}

TEST_CASE("A base version the server never gave out is refused")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString officer = server.signIn(QStringLiteral("officer_a"));
    const qint64 version = versionOf(push(server, officer, {change(QStringLiteral("households"), c.householdA, QStringLiteral("update"), 0,
                                                                  {{QStringLiteral("notes"), QStringLiteral("第一次")}})}));
    REQUIRE(version > 0);
    // Another device changes the address; a forged base version would overwrite it without a conflict.
    REQUIRE(versionOf(push(server, server.signIn(QStringLiteral("town_a")),
                           {change(QStringLiteral("households"), c.householdA, QStringLiteral("update"), version,
                                   {{QStringLiteral("address"), QStringLiteral("乡里改的")}})})) > version);
    const HttpReply forged = push(server, officer, {change(QStringLiteral("households"), c.householdA, QStringLiteral("update"),
                                                           qint64(1) << 40, {{QStringLiteral("address"), QStringLiteral("伪造")}})});
    INFO(forged.body.toStdString());
    CHECK(firstRow(forged).value(QStringLiteral("reason")).toString() == QStringLiteral("validation"));
    CHECK(firstRow(forged).value(QStringLiteral("field")).toString() == QStringLiteral("base_version"));
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0"), {}, {}, officer);
    CHECK(pull.body.contains("乡里改的"));
    CHECK_FALSE(pull.body.contains("伪造"));
}

TEST_CASE("Conflict records follow their row to its new region")
{
    ServerProcess server;
    const County c = makeCounty(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    // Two devices change the person's phone from the same version: the second loses and a conflict is kept.
    const HttpReply first = push(server, townA, {change(QStringLiteral("persons"), c.personA, QStringLiteral("update"), 0,
                                                        {{QStringLiteral("phone"), QStringLiteral("13800138000")}})});
    REQUIRE(versionOf(first) > 0);
    const HttpReply second = push(server, server.signIn(QStringLiteral("officer_a")),
                                  {change(QStringLiteral("persons"), c.personA, QStringLiteral("update"), 1,
                                          {{QStringLiteral("phone"), QStringLiteral("13900139000")}})});
    INFO(second.body.toStdString());
    REQUIRE(firstRow(second).value(QStringLiteral("status")).toString() == QStringLiteral("merged"));
    const QString conflictId =
        firstRow(second).value(QStringLiteral("conflicts")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    CHECK(pulledIds(server, townA).contains(QStringLiteral("conflicts"), conflictId));

    // The county moves the household, and its person, to township B.
    const QString county = server.signIn(QStringLiteral("county"));
    const HttpReply moved = push(server, county, {change(QStringLiteral("households"), c.householdA, QStringLiteral("update"),
                                                         versionIn(server, county, QStringLiteral("households"), c.householdA),
                                                         {{QStringLiteral("grid_id"), c.gridB}})});
    INFO(moved.body.toStdString());
    REQUIRE(firstRow(moved).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(pulledIds(server, server.signIn(QStringLiteral("town_b"))).contains(QStringLiteral("conflicts"), conflictId));
    CHECK_FALSE(pulledIds(server, townA).contains(QStringLiteral("conflicts"), conflictId));
}
