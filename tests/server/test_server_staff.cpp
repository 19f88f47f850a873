// Staff, accounts and grids managed online by the township and county administrators (docs/API.md,
// "Staff and accounts", "Grids"), against the real server process on both backends.
#include "ServerFixture.h"

#include "core/auth/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

HttpReply call(const ServerProcess &server, const QByteArray &method, const QString &path, const QString &token,
               const QJsonObject &body = {})
{
    const bool withBody = method == "POST" || method == "PATCH";
    return server.request(method, QStringLiteral("/api/v1") + path,
                          withBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray(), {}, token);
}

QJsonObject error(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error")).toObject();
}

QJsonObject accountOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("account")).toObject();
}

QString idOfAccount(const ServerProcess &server, const QString &username)
{
    const HttpReply me =
        server.request("POST", QStringLiteral("/api/v1/session"),
                       QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                 {QStringLiteral("password"), QStringLiteral("password-1")}})
                           .toJson());
    REQUIRE(me.status == 201);
    return me.json().value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString();
}

HttpReply signInAs(const ServerProcess &server, const QString &username, const QString &password)
{
    return server.request(
        "POST", QStringLiteral("/api/v1/session"),
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
            .toJson());
}

QJsonObject newAccount(const QString &username, const QString &role, const QString &region,
                       const QString &password = QStringLiteral("first-pass-1"))
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), QStringLiteral("新同事")},
            {QStringLiteral("role"), role},
            {QStringLiteral("scope"), QJsonArray{region}},
            {QStringLiteral("password"), password}};
}

struct Regions
{
    QString gridA;
    QString villageA;
    QString gridB;
    QString villageB;
};

Regions regionsOf(const ServerProcess &server)
{
    const QString county = server.signIn(QStringLiteral("county"));
    return {regionId(server, county, QStringLiteral("34082810120101")),
            regionId(server, county, QStringLiteral("340828101201")),
            regionId(server, county, QStringLiteral("34082810220101")),
            regionId(server, county, QStringLiteral("340828102201"))};
}

QJsonObject household(const QString &gridId, const QString &address)
{
    return {{QStringLiteral("grid_id"), gridId},
            {QStringLiteral("address"), address},
            {QStringLiteral("tags"), QStringLiteral("[]")}};
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    REQUIRE(db.exec(query).ok());
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

TEST_CASE("A township administrator makes an account that signs in, changes its first password and syncs")
{
    ServerProcess server;
    seedCounty(server);
    const Regions r = regionsOf(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));

    const HttpReply made = call(server, "POST", QStringLiteral("/accounts"), townA,
                                newAccount(QStringLiteral("zhou.li"), QStringLiteral("grid_officer"), r.gridA));
    INFO(made.body.toStdString());
    REQUIRE(made.status == 201);
    CHECK(accountOf(made).value(QStringLiteral("must_change_password")).toBool());
    CHECK(accountOf(made).value(QStringLiteral("scope")).toArray() == QJsonArray{r.gridA});
    CHECK_FALSE(made.body.contains("argon2id"));

    // The session's answer says the password must be changed, and nothing but that is served until it is.
    const HttpReply first = signInAs(server, QStringLiteral("zhou.li"), QStringLiteral("first-pass-1"));
    REQUIRE(first.status == 201);
    CHECK(first.json()
              .value(QStringLiteral("account"))
              .toObject()
              .value(QStringLiteral("must_change_password"))
              .toBool());
    const QString token = first.json().value(QStringLiteral("token")).toString();
    const HttpReply pull = call(server, "GET", QStringLiteral("/changes?after=0"), token);
    CHECK(pull.status == 403);
    CHECK(pull.errorCode() == QStringLiteral("password_change_required"));

    const auto change = [&](const QString &current, const QString &chosen) {
        return call(server, "POST", QStringLiteral("/session/password"), token,
                    {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), chosen}});
    };
    CHECK(
        error(change(QStringLiteral("wrong-password"), QStringLiteral("password-1"))).value(QStringLiteral("field")) ==
        QStringLiteral("current_password"));
    CHECK(
        error(change(QStringLiteral("first-pass-1"), QStringLiteral("first-pass-1"))).value(QStringLiteral("field")) ==
        QStringLiteral("new_password"));
    CHECK(error(change(QStringLiteral("first-pass-1"), QStringLiteral("short"))).value(QStringLiteral("field")) ==
          QStringLiteral("new_password"));
    const HttpReply changed = change(QStringLiteral("first-pass-1"), QStringLiteral("password-1"));
    INFO(changed.body.toStdString());
    REQUIRE(changed.status == 200);
    CHECK_FALSE(accountOf(changed).value(QStringLiteral("must_change_password")).toBool());
    CHECK(call(server, "GET", QStringLiteral("/changes?after=0"), token).status == 200);
    CHECK(signInAs(server, QStringLiteral("zhou.li"), QStringLiteral("first-pass-1")).status == 401);

    // A device of the new officer syncs; the township's devices receive the account for offline sign-in.
    REQUIRE(server
                .request("POST", QStringLiteral("/api/v1/changes"),
                         pushBody(newId(), {insertRow(QStringLiteral("households"), newId(),
                                                      household(r.gridA, QStringLiteral("甲村1组")))}),
                         {}, server.signIn(QStringLiteral("officer_a")))
                .json()
                .value(QStringLiteral("accepted"))
                .toInt() == 1);
    SyncDevice officer(server, QStringLiteral("zhou.li"));
    officer.sync();
    CHECK(scalar(*officer.database, QStringLiteral("SELECT count(*) FROM households WHERE grid_id = ?"), {r.gridA})
              .toInt() == 1);
    const auto own = AccountRepository(*officer.database).findByUsername(QStringLiteral("zhou.li"));
    REQUIRE(own);
    CHECK_FALSE(own->mustChangePassword);
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    CHECK(AccountRepository(*township.database).findByUsername(QStringLiteral("zhou.li")).has_value());
    SyncDevice other(server, QStringLiteral("town_b"));
    other.sync();
    CHECK_FALSE(AccountRepository(*other.database).findByUsername(QStringLiteral("zhou.li")).has_value());
}

TEST_CASE("An account above the administrator's role or outside its scope is refused")
{
    ServerProcess server;
    seedCounty(server);
    const Regions r = regionsOf(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));

    const HttpReply county = call(server, "POST", QStringLiteral("/accounts"), townA,
                                  newAccount(QStringLiteral("boss"), QStringLiteral("county_admin"), r.villageA));
    CHECK(county.status == 403);
    CHECK(county.errorCode() == QStringLiteral("forbidden"));
    CHECK(county.errorField() == QStringLiteral("role"));

    // Another township's grid is refused exactly as a region that does not exist.
    const HttpReply elsewhere = call(server, "POST", QStringLiteral("/accounts"), townA,
                                     newAccount(QStringLiteral("spy"), QStringLiteral("grid_officer"), r.gridB));
    const HttpReply nowhere = call(server, "POST", QStringLiteral("/accounts"), townA,
                                   newAccount(QStringLiteral("spy"), QStringLiteral("grid_officer"), newId()));
    CHECK(elsewhere.status == 400);
    CHECK(elsewhere.errorField() == QStringLiteral("scope[0]"));
    CHECK(error(elsewhere) == error(nowhere));
    CHECK(signInAs(server, QStringLiteral("spy"), QStringLiteral("first-pass-1")).status == 401);

    // At or below the caller's own role, within its scope: a second administrator of the township.
    CHECK(call(server, "POST", QStringLiteral("/accounts"), townA,
               newAccount(QStringLiteral("deputy"), QStringLiteral("township_admin"),
                          regionId(server, townA, QStringLiteral("340828101"))))
              .status == 201);
    const HttpReply taken = call(server, "POST", QStringLiteral("/accounts"), townA,
                                 newAccount(QStringLiteral("officer_a"), QStringLiteral("grid_officer"), r.gridA));
    CHECK(taken.status == 409);
    CHECK(taken.errorCode() == QStringLiteral("username_taken"));
    CHECK(call(server, "POST", QStringLiteral("/accounts"), townA,
               newAccount(QStringLiteral("x"), QStringLiteral("grid_officer"), r.gridA))
              .errorField() == QStringLiteral("username"));
    CHECK(call(server, "POST", QStringLiteral("/accounts"), townA,
               newAccount(QStringLiteral("shorty"), QStringLiteral("grid_officer"), r.gridA, QStringLiteral("short")))
              .errorField() == QStringLiteral("password"));
    // The county administrator may give the county's role.
    CHECK(call(server, "POST", QStringLiteral("/accounts"), server.signIn(QStringLiteral("county")),
               newAccount(QStringLiteral("boss"), QStringLiteral("county_admin"),
                          regionId(server, townA, QStringLiteral("340828"))))
              .status == 201);
}

TEST_CASE("Editing, disabling or resetting another township's account is answered as a missing one")
{
    ServerProcess server;
    seedCounty(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    const QString townB = idOfAccount(server, QStringLiteral("town_b"));
    const QString officerA = idOfAccount(server, QStringLiteral("officer_a"));
    const QString absent = newId();

    struct Change
    {
        QByteArray method;
        QString suffix;
        QJsonObject body;
    };
    const QList<Change> changes{
        {"PATCH", {}, {{QStringLiteral("display_name"), QStringLiteral("改名")}}},
        {"PATCH", {}, {{QStringLiteral("disabled"), true}}},
        {"POST", QStringLiteral("/password-reset"), {{QStringLiteral("password"), QStringLiteral("reset-pass-1")}}}};
    for (const Change &change : changes) {
        INFO(change.method.toStdString() << change.suffix.toStdString());
        const HttpReply other =
            call(server, change.method, QStringLiteral("/accounts/") + townB + change.suffix, townA, change.body);
        const HttpReply missing =
            call(server, change.method, QStringLiteral("/accounts/") + absent + change.suffix, townA, change.body);
        CHECK(other.status == 404);
        CHECK(other.errorCode() == QStringLiteral("not_found"));
        CHECK(other.body == missing.body);
    }
    // Nothing of B's changed: it signs in with its password as before.
    CHECK(signInAs(server, QStringLiteral("town_b"), QStringLiteral("password-1")).status == 201);

    // Within the scope: disabling ends the officer's sessions, enabling lets it in again.
    const QString officerToken = server.signIn(QStringLiteral("officer_a"));
    const HttpReply disabled =
        call(server, "PATCH", QStringLiteral("/accounts/") + officerA, townA, {{QStringLiteral("disabled"), true}});
    REQUIRE(disabled.status == 200);
    CHECK(accountOf(disabled).value(QStringLiteral("disabled")).toBool());
    CHECK(call(server, "GET", QStringLiteral("/regions"), officerToken).status == 401);
    CHECK(signInAs(server, QStringLiteral("officer_a"), QStringLiteral("password-1")).errorCode() ==
          QStringLiteral("account_disabled"));
    REQUIRE(call(server, "PATCH", QStringLiteral("/accounts/") + officerA, townA, {{QStringLiteral("disabled"), false}})
                .status == 200);
    CHECK(signInAs(server, QStringLiteral("officer_a"), QStringLiteral("password-1")).status == 201);

    // A reset password is a first password again; the old one no longer signs in.
    const HttpReply reset =
        call(server, "POST", QStringLiteral("/accounts/") + officerA + QStringLiteral("/password-reset"), townA,
             {{QStringLiteral("password"), QStringLiteral("reset-pass-1")}});
    REQUIRE(reset.status == 200);
    CHECK(accountOf(reset).value(QStringLiteral("must_change_password")).toBool());
    CHECK(signInAs(server, QStringLiteral("officer_a"), QStringLiteral("password-1")).status == 401);
    const HttpReply again = signInAs(server, QStringLiteral("officer_a"), QStringLiteral("reset-pass-1"));
    CHECK(again.json()
              .value(QStringLiteral("account"))
              .toObject()
              .value(QStringLiteral("must_change_password"))
              .toBool());

    // An administrator's own account is another administrator's to change; a role above the caller's is refused.
    const HttpReply own =
        call(server, "PATCH", QStringLiteral("/accounts/") + idOfAccount(server, QStringLiteral("town_a")), townA,
             {{QStringLiteral("disabled"), true}});
    CHECK(own.status == 403);
    CHECK(call(server, "PATCH", QStringLiteral("/accounts/") + officerA, townA,
               {{QStringLiteral("role"), QStringLiteral("county_admin")}})
              .status == 403);
    const HttpReply promoted = call(server, "PATCH", QStringLiteral("/accounts/") + officerA, townA,
                                    {{QStringLiteral("role"), QStringLiteral("grid_head")}});
    CHECK(accountOf(promoted).value(QStringLiteral("role")).toString() == QStringLiteral("grid_head"));
}

TEST_CASE("A grid officer calling the administrators' routes gets 403")
{
    ServerProcess server;
    seedCounty(server);
    const Regions r = regionsOf(server);
    const QString officer = server.signIn(QStringLiteral("officer_a"));
    const QString id = newId();
    const QList<QPair<QByteArray, QString>> routes{
        {"POST", QStringLiteral("/accounts")},
        {"PATCH", QStringLiteral("/accounts/") + id},
        {"POST", QStringLiteral("/accounts/") + id + QStringLiteral("/password-reset")},
        {"GET", QStringLiteral("/staff")},
        {"POST", QStringLiteral("/staff")},
        {"PATCH", QStringLiteral("/staff/") + id},
        {"DELETE", QStringLiteral("/staff/") + id},
        {"POST", QStringLiteral("/grids")},
        {"PATCH", QStringLiteral("/grids/") + r.gridA},
        {"POST", QStringLiteral("/grids/") + r.gridA + QStringLiteral("/split")},
        {"POST", QStringLiteral("/grids/") + r.gridA + QStringLiteral("/merge")}};
    for (const auto &[method, path] : routes) {
        INFO(method.toStdString() << ' ' << path.toStdString());
        const HttpReply reply = call(server, method, path, officer, {{QStringLiteral("name"), QStringLiteral("x")}});
        CHECK(reply.status == 403);
        CHECK(reply.errorCode() == QStringLiteral("forbidden"));
    }
    // Nor may the officer's device push staff records.
    const HttpReply pushed =
        server.request("POST", QStringLiteral("/api/v1/changes"),
                       pushBody(newId(), {insertRow(QStringLiteral("members"), newId(),
                                                    {{QStringLiteral("name"), QStringLiteral("周九")},
                                                     {QStringLiteral("roles"), QStringLiteral("[\"mediator\"]")}})}),
                       {}, officer);
    CHECK(pushed.json()
              .value(QStringLiteral("rows"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("reason"))
              .toString() == QStringLiteral("forbidden"));
    // A wrong method is named with the ones allowed.
    const HttpReply wrong = call(server, "DELETE", QStringLiteral("/grids"), officer);
    CHECK(wrong.status == 405);
    CHECK(wrong.header("Allow") == "POST");
}

TEST_CASE("A township administrator keeps its township's staff: members, mediators and legal advisers")
{
    ServerProcess server;
    seedCounty(server);
    const Regions r = regionsOf(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    const auto member = [](const QString &name, const QString &role, const QString &region) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("roles"), QJsonArray{role}},
                           {QStringLiteral("regions"), QJsonArray{region}}};
    };
    QJsonObject mediator = member(QStringLiteral("程秀兰"), QStringLiteral("mediator"), r.villageA);
    mediator.insert(QStringLiteral("employment"), QStringLiteral("full_time"));
    mediator.insert(QStringLiteral("phone"), QStringLiteral("139 0556 0001"));
    const HttpReply made = call(server, "POST", QStringLiteral("/staff"), townA, mediator);
    INFO(made.body.toStdString());
    REQUIRE(made.status == 201);
    const QJsonObject record = made.json().value(QStringLiteral("member")).toObject();
    CHECK(record.value(QStringLiteral("employment")).toString() == QStringLiteral("full_time"));
    CHECK(record.value(QStringLiteral("phone")).toString() == QStringLiteral("13905560001"));
    CHECK(record.value(QStringLiteral("regions")).toArray() == QJsonArray{r.villageA});
    const QString mediatorId = record.value(QStringLiteral("id")).toString();

    // A legal adviser serves a village, not a grid.
    CHECK(call(server, "POST", QStringLiteral("/staff"), townA,
               member(QStringLiteral("陈志明"), QStringLiteral("legal_adviser"), r.gridA))
              .errorField() == QStringLiteral("regions[0]"));
    CHECK(call(server, "POST", QStringLiteral("/staff"), townA,
               member(QStringLiteral("陈志明"), QStringLiteral("legal_adviser"), r.villageA))
              .status == 201);
    CHECK(call(server, "POST", QStringLiteral("/staff"), townA,
               member(QStringLiteral("储卫东"), QStringLiteral("county_admin"), r.villageA))
              .status == 403);
    const HttpReply elsewhere = call(server, "POST", QStringLiteral("/staff"), townA,
                                     member(QStringLiteral("王"), QStringLiteral("grid_officer"), r.gridB));
    CHECK(error(elsewhere) == error(call(server, "POST", QStringLiteral("/staff"), townA,
                                         member(QStringLiteral("王"), QStringLiteral("grid_officer"), newId()))));

    const auto listed = [&](const QString &token) {
        QStringList names;
        for (const QJsonValue &row :
             call(server, "GET", QStringLiteral("/staff"), token).json().value(QStringLiteral("staff")).toArray())
            names.append(row.toObject().value(QStringLiteral("name")).toString());
        return names;
    };
    CHECK(listed(townA) == QStringList{QStringLiteral("程秀兰"), QStringLiteral("陈志明")});
    CHECK(listed(server.signIn(QStringLiteral("town_b"))).isEmpty());
    CHECK(listed(server.signIn(QStringLiteral("county"))).size() == 2);
    // Another township's administrator reaches the record as one that does not exist.
    const QString townB = server.signIn(QStringLiteral("town_b"));
    CHECK(call(server, "PATCH", QStringLiteral("/staff/") + mediatorId, townB,
               {{QStringLiteral("name"), QStringLiteral("改")}})
              .body == call(server, "PATCH", QStringLiteral("/staff/") + newId(), townB,
                            {{QStringLiteral("name"), QStringLiteral("改")}})
                           .body);

    // Part-time now, and serving the grid as well; a device of the township pulls it.
    const HttpReply changed = call(server, "PATCH", QStringLiteral("/staff/") + mediatorId, townA,
                                   {{QStringLiteral("employment"), QStringLiteral("part_time")},
                                    {QStringLiteral("regions"), QJsonArray{r.villageA, r.gridA}}});
    REQUIRE(changed.status == 200);
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    Database &db = *township.database;
    CHECK(scalar(db, QStringLiteral("SELECT employment FROM members WHERE id = ?"), {mediatorId}).toString() ==
          QStringLiteral("part_time"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM member_regions WHERE member_id = ? AND deleted = 0"),
                 {mediatorId})
              .toInt() == 2);

    REQUIRE(call(server, "DELETE", QStringLiteral("/staff/") + mediatorId, townA).status == 204);
    CHECK(listed(townA) == QStringList{QStringLiteral("陈志明")});
    township.sync();
    CHECK(scalar(db, QStringLiteral("SELECT deleted FROM members WHERE id = ?"), {mediatorId}).toInt() == 1);
}

TEST_CASE("Splitting and merging grids move households, staff and accounts, and devices pull the moves")
{
    ServerProcess server;
    seedCounty(server);
    const Regions r = regionsOf(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    QStringList households;
    QList<QJsonObject> rows;
    for (int i = 1; i <= 3; ++i) {
        households.append(newId());
        rows.append(insertRow(QStringLiteral("households"), households.last(),
                              household(r.gridA, QStringLiteral("甲村%1组").arg(i))));
    }
    const QString person = newId();
    rows.append(insertRow(QStringLiteral("persons"), person,
                          {{QStringLiteral("household_id"), households.first()},
                           {QStringLiteral("name"), QStringLiteral("王大伟")},
                           {QStringLiteral("relation"), QStringLiteral("head")},
                           {QStringLiteral("residence_status"), QStringLiteral("registered")},
                           {QStringLiteral("tags"), QStringLiteral("[]")}}));
    REQUIRE(server
                .request("POST", QStringLiteral("/api/v1/changes"), pushBody(newId(), rows), {},
                         server.signIn(QStringLiteral("officer_a")))
                .json()
                .value(QStringLiteral("accepted"))
                .toInt() == 4);
    SyncDevice township(server, QStringLiteral("town_a"));
    township.sync();
    SyncDevice officer(server, QStringLiteral("officer_a"));
    officer.sync();
    Database &db = *township.database;
    const auto gridOf = [&](const QString &id) {
        return scalar(db, QStringLiteral("SELECT grid_id FROM households WHERE id = ?"), {id}).toString();
    };
    REQUIRE(gridOf(households.at(0)) == r.gridA);

    // Households of another grid, or of another township, are not this grid's to give away; another
    // township's grid is answered as a missing one.
    const QJsonObject foreign{{QStringLiteral("name"), QStringLiteral("甲村第2网格")},
                              {QStringLiteral("households"), QJsonArray{newId()}}};
    CHECK(call(server, "POST", QStringLiteral("/grids/") + r.gridA + QStringLiteral("/split"), townA, foreign)
              .errorField() == QStringLiteral("households[0]"));
    CHECK(call(server, "POST", QStringLiteral("/grids/") + r.gridB + QStringLiteral("/split"), townA, foreign).body ==
          call(server, "POST", QStringLiteral("/grids/") + newId() + QStringLiteral("/split"), townA, foreign).body);

    const HttpReply split = call(server, "POST", QStringLiteral("/grids/") + r.gridA + QStringLiteral("/split"), townA,
                                 {{QStringLiteral("name"), QStringLiteral("甲村第2网格")},
                                  {QStringLiteral("households"), QJsonArray{households.at(0), households.at(1)}}});
    INFO(split.body.toStdString());
    REQUIRE(split.status == 201);
    const QJsonObject grid = split.json().value(QStringLiteral("grid")).toObject();
    const QString gridA2 = grid.value(QStringLiteral("id")).toString();
    CHECK(grid.value(QStringLiteral("code")).toString() == QStringLiteral("34082810120102"));
    CHECK(grid.value(QStringLiteral("parent_id")).toString() == r.villageA);
    CHECK(split.json().value(QStringLiteral("households")).toInt() == 2);

    // The township's device receives the moved households (and the person with them) on its next pull; the
    // old grid's officer is told they left.
    township.sync();
    CHECK(gridOf(households.at(0)) == gridA2);
    CHECK(gridOf(households.at(1)) == gridA2);
    CHECK(gridOf(households.at(2)) == r.gridA);
    CHECK(scalar(db, QStringLiteral("SELECT name FROM regions WHERE id = ?"), {gridA2}).toString() ==
          QStringLiteral("甲村第2网格"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM persons WHERE id = ?"), {person}).toInt() == 1);
    officer.sync();
    CHECK(scalar(*officer.database, QStringLiteral("SELECT count(*) FROM households"), {}).toInt() == 1);
    CHECK(scalar(*officer.database, QStringLiteral("SELECT count(*) FROM persons"), {}).toInt() == 0);

    // Renamed; a staff member and an account of the new grid; then merged back.
    CHECK(call(server, "PATCH", QStringLiteral("/grids/") + gridA2, townA,
               {{QStringLiteral("name"), QStringLiteral("甲村东片")}})
              .json()
              .value(QStringLiteral("grid"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == QStringLiteral("甲村东片"));
    const HttpReply member = call(server, "POST", QStringLiteral("/staff"), townA,
                                  {{QStringLiteral("name"), QStringLiteral("汪海")},
                                   {QStringLiteral("roles"), QJsonArray{QStringLiteral("grid_officer")}},
                                   {QStringLiteral("regions"), QJsonArray{gridA2}}});
    REQUIRE(member.status == 201);
    const QString memberId =
        member.json().value(QStringLiteral("member")).toObject().value(QStringLiteral("id")).toString();
    const HttpReply account = call(server, "POST", QStringLiteral("/accounts"), townA,
                                   newAccount(QStringLiteral("wang.hai"), QStringLiteral("grid_officer"), gridA2));
    REQUIRE(account.status == 201);
    const QString accountId = accountOf(account).value(QStringLiteral("id")).toString();

    CHECK(call(server, "POST", QStringLiteral("/grids/") + gridA2 + QStringLiteral("/merge"), townA,
               {{QStringLiteral("into"), r.gridB}})
              .errorField() == QStringLiteral("into"));
    CHECK(call(server, "POST", QStringLiteral("/grids/") + r.gridB + QStringLiteral("/merge"), townA,
               {{QStringLiteral("into"), r.gridA}})
              .status == 404);
    const HttpReply merged = call(server, "POST", QStringLiteral("/grids/") + gridA2 + QStringLiteral("/merge"), townA,
                                  {{QStringLiteral("into"), r.gridA}});
    INFO(merged.body.toStdString());
    REQUIRE(merged.status == 200);
    CHECK(merged.json().value(QStringLiteral("households")).toInt() == 2);
    CHECK(merged.json().value(QStringLiteral("assignments")).toInt() == 1);
    CHECK(merged.json().value(QStringLiteral("accounts")).toInt() == 1);
    CHECK(regionId(server, townA, QStringLiteral("34082810120102")).isEmpty());

    township.sync();
    CHECK(gridOf(households.at(0)) == r.gridA);
    CHECK(gridOf(households.at(1)) == r.gridA);
    CHECK(scalar(db, QStringLiteral("SELECT deleted FROM regions WHERE id = ?"), {gridA2}).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT region_id FROM member_regions WHERE member_id = ? AND deleted = 0"),
                 {memberId})
              .toString() == r.gridA);
    const auto moved = AccountRepository(db).get(accountId);
    REQUIRE(moved);
    CHECK(moved->scope == QStringList{r.gridA});
    officer.sync();
    CHECK(scalar(*officer.database, QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0"), {}).toInt() ==
          3);

    // A new grid under the village takes the next number the village never used.
    const HttpReply added =
        call(server, "POST", QStringLiteral("/grids"), townA,
             {{QStringLiteral("village_id"), r.villageA}, {QStringLiteral("name"), QStringLiteral("甲村第3网格")}});
    REQUIRE(added.status == 201);
    CHECK(added.json().value(QStringLiteral("grid")).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("34082810120103"));
    CHECK(call(server, "POST", QStringLiteral("/grids"), townA,
               {{QStringLiteral("village_id"), r.villageB}, {QStringLiteral("name"), QStringLiteral("乙村第2网格")}})
              .status == 404);
}
