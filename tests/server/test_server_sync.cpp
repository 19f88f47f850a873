#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

#include <catch2/catch.hpp>

namespace {

struct Setup
{
    QString token;
    QString grid;
};

Setup start(const ServerProcess &server)
{
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    return {token, regionId(server, token, QStringLiteral("34082810120101"))};
}

HttpReply push(const ServerProcess &server, const QString &token, const QList<QJsonObject> &rows,
               const QString &batch = newId(), const QString &device = QStringLiteral("device-1"))
{
    return server.request("POST", QStringLiteral("/api/v1/changes"), pushBody(batch, rows, device), {}, token);
}

QJsonObject update(const QString &table, const QString &id, qint64 base, const QJsonObject &fields)
{
    return {{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("op"), QStringLiteral("update")},
            {QStringLiteral("base_version"), base}, {QStringLiteral("fields"), fields}};
}

QJsonObject rowResult(const HttpReply &reply, int index = 0)
{
    return reply.json().value(QStringLiteral("rows")).toArray().at(index).toObject();
}

// The current values of a row as a pull from 0 shows them, by column.
QJsonObject pulledRow(const ServerProcess &server, const QString &token, const QString &id)
{
    const HttpReply reply = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, token);
    for (const QJsonValue &table : reply.json().value(QStringLiteral("tables")).toArray()) {
        const QJsonArray columns = table.toObject().value(QStringLiteral("columns")).toArray();
        for (const QJsonValue &row : table.toObject().value(QStringLiteral("rows")).toArray()) {
            if (row.toArray().first().toString() != id)
                continue;
            QJsonObject values;
            for (qsizetype i = 0; i < columns.size(); ++i)
                values.insert(columns.at(i).toString(), row.toArray().at(i));
            return values;
        }
    }
    return {};
}

QJsonObject householdFields(const QString &grid, const QString &address)
{
    return {{QStringLiteral("grid_id"), grid}, {QStringLiteral("address"), address}, {QStringLiteral("house_number"), QStringLiteral("1号")}};
}

} // namespace

TEST_CASE("A replayed batch gets the stored answer and changes nothing")
{
    ServerProcess server;
    const Setup s = start(server);
    const QString batch = newId();
    const QString id = newId();
    const QList<QJsonObject> rows{insertRow(QStringLiteral("households"), id, householdFields(s.grid, QStringLiteral("甲村")))};
    const HttpReply first = push(server, s.token, rows, batch);
    REQUIRE(rowResult(first).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    const HttpReply again = push(server, s.token, rows, batch);
    CHECK(again.status == 200);
    CHECK(again.header("X-Lianxin-Replayed") == "1");
    CHECK(again.json().value(QStringLiteral("rows")) == first.json().value(QStringLiteral("rows")));
    CHECK(pulledRow(server, s.token, id).value(QStringLiteral("server_version")) ==
          rowResult(first).value(QStringLiteral("server_version")));

    // The same batch id from another account is refused, not answered with someone else's result.
    const HttpReply foreign = push(server, server.signIn(QStringLiteral("town_a")), rows, batch);
    CHECK(foreign.status == 409);
    CHECK(foreign.errorCode() == QStringLiteral("batch_id_taken"));
}

TEST_CASE("Changes to different fields merge - the same field keeps the first value and records a conflict")
{
    ServerProcess server;
    const Setup s = start(server);
    const QString id = newId();
    const HttpReply created = push(server, s.token, {insertRow(QStringLiteral("households"), id, householdFields(s.grid, QStringLiteral("甲村")))});
    const qint64 base = rowResult(created).value(QStringLiteral("server_version")).toInteger();

    // Two devices edited offline from the same base.
    const HttpReply one = push(server, s.token, {update(QStringLiteral("households"), id, base,
                                                       {{QStringLiteral("address"), QStringLiteral("甲村一组")}})},
                               newId(), QStringLiteral("device-1"));
    const HttpReply two = push(server, s.token, {update(QStringLiteral("households"), id, base,
                                                       {{QStringLiteral("notes"), QStringLiteral("新修的房子")},
                                                        {QStringLiteral("address"), QStringLiteral("甲村二组")}})},
                               newId(), QStringLiteral("device-2"));
    CHECK(rowResult(one).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    INFO(two.body.toStdString());
    CHECK(rowResult(two).value(QStringLiteral("status")).toString() == QStringLiteral("merged"));
    const QJsonArray conflicts = rowResult(two).value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().toObject().value(QStringLiteral("field")).toString() == QStringLiteral("address"));

    const QJsonObject row = pulledRow(server, s.token, id);
    CHECK(row.value(QStringLiteral("address")).toString() == QStringLiteral("甲村一组"));
    CHECK(row.value(QStringLiteral("notes")).toString() == QStringLiteral("新修的房子"));
    CHECK(row.value(QStringLiteral("server_version")).toInteger() == rowResult(two).value(QStringLiteral("server_version")).toInteger());

    // A device that has seen the first change may overwrite it.
    const HttpReply three = push(server, s.token, {update(QStringLiteral("households"), id, row.value(QStringLiteral("server_version")).toInteger(),
                                                         {{QStringLiteral("address"), QStringLiteral("甲村二组")}})});
    CHECK(rowResult(three).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(pulledRow(server, s.token, id).value(QStringLiteral("address")).toString() == QStringLiteral("甲村二组"));
}

TEST_CASE("A deleted row stays a tombstone: later updates are refused as removed, deletes repeat harmlessly")
{
    ServerProcess server;
    const Setup s = start(server);
    const QString id = newId();
    push(server, s.token, {insertRow(QStringLiteral("households"), id, householdFields(s.grid, QStringLiteral("甲村")))});
    const QJsonObject remove{{QStringLiteral("table"), QStringLiteral("households")}, {QStringLiteral("id"), id},
                             {QStringLiteral("op"), QStringLiteral("delete")}, {QStringLiteral("base_version"), 0}};
    CHECK(rowResult(push(server, s.token, {remove})).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(rowResult(push(server, s.token, {remove})).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(pulledRow(server, s.token, id).value(QStringLiteral("deleted")).toInt() == 1);
    const HttpReply late = push(server, s.token, {update(QStringLiteral("households"), id, 1, {{QStringLiteral("notes"), QStringLiteral("晚了")}})});
    CHECK(rowResult(late).value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(rowResult(late).value(QStringLiteral("reason")).toString() == QStringLiteral("removed"));
    CHECK(rowResult(late).value(QStringLiteral("conflicts")).toArray().size() == 1);
}

TEST_CASE("Pull pages give every change once, in sequence order, and resume after the last page")
{
    ServerProcess server;
    const Setup s = start(server);
    QList<QJsonObject> rows;
    for (int i = 0; i < 25; ++i)
        rows.append(insertRow(QStringLiteral("households"), newId(), householdFields(s.grid, QStringLiteral("甲村%1组").arg(i))));
    REQUIRE(push(server, s.token, rows).json().value(QStringLiteral("accepted")).toInt() == 25);

    qint64 after = 0;
    QSet<QString> seen;
    int pages = 0;
    bool more = true;
    while (more) {
        const HttpReply page = server.request("GET", QStringLiteral("/api/v1/changes?after=%1&limit=7").arg(after), {}, {}, s.token);
        REQUIRE(page.status == 200);
        const QJsonObject body = page.json();
        qint64 last = after;
        int count = 0;
        for (const QJsonValue &table : body.value(QStringLiteral("tables")).toArray()) {
            for (const QJsonValue &row : table.toObject().value(QStringLiteral("rows")).toArray()) {
                const QString key = table.toObject().value(QStringLiteral("table")).toString() + row.toArray().at(0).toString();
                CHECK_FALSE(seen.contains(key));
                seen.insert(key);
                CHECK(row.toArray().at(1).toInteger() > after);
                last = qMax(last, row.toArray().at(1).toInteger());
                ++count;
            }
        }
        CHECK(count <= 7);
        CHECK(body.value(QStringLiteral("next_after")).toInteger() == last);
        after = last;
        more = body.value(QStringLiteral("has_more")).toBool();
        REQUIRE(++pages < 20);
    }
    // county, township, village and grid; the one account whose scope lies in the grid; 25 households
    CHECK(seen.size() == 4 + 1 + 25);
    const HttpReply empty = server.request("GET", QStringLiteral("/api/v1/changes?after=%1").arg(after), {}, {}, s.token);
    CHECK(empty.json().value(QStringLiteral("tables")).toArray().isEmpty());
    CHECK(empty.json().value(QStringLiteral("next_after")).toInteger() == after);
    CHECK_FALSE(empty.json().value(QStringLiteral("has_more")).toBool());
}

TEST_CASE("A household that moves to another township takes its people into that township's scope")
{
    ServerProcess server;
    const Setup s = start(server);
    const QString county = server.signIn(QStringLiteral("county"));
    const QString gridB = regionId(server, county, QStringLiteral("34082810220101"));
    const QString household = newId();
    const QString person = newId();
    const HttpReply created =
        push(server, s.token, {insertRow(QStringLiteral("households"), household, householdFields(s.grid, QStringLiteral("甲村"))),
                               insertRow(QStringLiteral("persons"), person,
                                         {{QStringLiteral("household_id"), household}, {QStringLiteral("name"), QStringLiteral("赵六")},
                                          {QStringLiteral("relation"), QStringLiteral("head")},
                                          {QStringLiteral("residence_status"), QStringLiteral("registered")}})});
    REQUIRE(created.json().value(QStringLiteral("accepted")).toInt() == 2);
    const QString townB = server.signIn(QStringLiteral("town_b"));
    CHECK(pulledRow(server, townB, person).isEmpty());
    const qint64 version = created.json().value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("server_version")).toInteger();
    const HttpReply moved = push(server, county, {update(QStringLiteral("households"), household, version,
                                                         {{QStringLiteral("grid_id"), gridB}})});
    REQUIRE(rowResult(moved).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(pulledRow(server, townB, person).value(QStringLiteral("name")).toString() == QStringLiteral("赵六"));
    CHECK(pulledRow(server, s.token, person).isEmpty());
}

TEST_CASE("Pulls beside concurrent pushes through two server processes see every change exactly once")
{
    ServerProcess first;
    const Setup s = start(first);
    const auto second = ServerProcess::sharing(first);
    constexpr int kPushers = 4;
    constexpr int kBatches = 12;
    constexpr int kRows = 10;

    const auto makeRequest = [&](const ServerProcess &server, const QString &path) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path)));
        request.setRawHeader("X-Lianxin-Protocol", "1");
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Authorization", "Bearer " + s.token.toLatin1());
        return request;
    };
    QEventLoop loop;
    QSet<QString> pushed;
    QSet<QString> pulled;
    int duplicates = 0;
    int pushersDone = 0;
    int failures = 0;
    bool drained = false;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;

    // Each pusher sends its batches one after the other, alternating between the two processes; rows a
    // busy server deferred are sent again first, as the client does.
    std::function<void(QNetworkAccessManager *, int, int, QList<QJsonObject>)> pushNext =
        [&](QNetworkAccessManager *manager, int pusher, int batch, QList<QJsonObject> rows) {
            if (rows.isEmpty() && batch == kBatches) {
                ++pushersDone;
                return;
            }
            const bool fresh = rows.isEmpty();
            for (int i = 0; fresh && i < kRows; ++i) {
                const QString id = newId();
                pushed.insert(id);
                rows.append(insertRow(QStringLiteral("households"), id, householdFields(s.grid, QStringLiteral("并发%1").arg(i))));
            }
            const ServerProcess &server = (pusher + batch) % 2 ? *second : first;
            QNetworkReply *reply = manager->post(makeRequest(server, QStringLiteral("/api/v1/changes")), pushBody(newId(), rows));
            QObject::connect(reply, &QNetworkReply::finished, manager, [&, reply, manager, pusher, batch, rows, fresh] {
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                QList<QJsonObject> again;
                for (const QJsonValue &result : answer.value(QStringLiteral("rows")).toArray()) {
                    if (result.toObject().value(QStringLiteral("status")).toString() != QStringLiteral("deferred"))
                        continue;
                    for (const QJsonObject &row : rows)
                        if (row.value(QStringLiteral("id")) == result.toObject().value(QStringLiteral("id")))
                            again.append(row);
                }
                if (answer.value(QStringLiteral("accepted")).toInt() + again.size() != rows.size())
                    ++failures;
                pushNext(manager, pusher, fresh ? batch + 1 : batch, again);
            });
        };
    // The puller follows next_after page by page while the pushes run, and once more after they end.
    qint64 after = 0;
    std::function<void(QNetworkAccessManager *)> pullNext = [&](QNetworkAccessManager *manager) {
        const bool finalPass = pushersDone == kPushers;
        QNetworkReply *reply = manager->get(makeRequest(first, QStringLiteral("/api/v1/changes?after=%1&limit=7").arg(after)));
        QObject::connect(reply, &QNetworkReply::finished, manager, [&, reply, manager, finalPass] {
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            for (const QJsonValue &table : body.value(QStringLiteral("tables")).toArray()) {
                if (table.toObject().value(QStringLiteral("table")).toString() != QStringLiteral("households"))
                    continue;
                for (const QJsonValue &row : table.toObject().value(QStringLiteral("rows")).toArray()) {
                    const QString id = row.toArray().first().toString();
                    duplicates += pulled.contains(id) ? 1 : 0;
                    pulled.insert(id);
                }
            }
            after = body.value(QStringLiteral("next_after")).toInteger(after);
            if (finalPass && !body.value(QStringLiteral("has_more")).toBool()) {
                drained = true;
                loop.quit();
                return;
            }
            pullNext(manager);
        });
    };
    for (int pusher = 0; pusher < kPushers; ++pusher) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        pushNext(managers.back().get(), pusher, 0, {});
    }
    managers.push_back(std::make_unique<QNetworkAccessManager>());
    pullNext(managers.back().get());
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();

    REQUIRE(drained);
    CHECK(failures == 0);
    CHECK(pushed.size() == kPushers * kBatches * kRows);
    CHECK(duplicates == 0);
    CHECK(pulled == pushed);
}

TEST_CASE("A batch of moves is bounded in work, and other writers are answered beside it")
{
    ServerProcess server;
    const Setup s = start(server);
    const QString county = server.signIn(QStringLiteral("county"));
    const QString gridB = regionId(server, county, QStringLiteral("34082810220101"));
    // 20 households of 200 people each; every row is sent again until the server has taken it.
    constexpr int kHouseholds = 20;
    QHash<QString, qint64> versions;
    QList<QJsonObject> moves;
    for (int h = 0; h < kHouseholds; ++h) {
        const QString household = newId();
        QList<QJsonObject> family{insertRow(QStringLiteral("households"), household, householdFields(s.grid, QStringLiteral("甲村%1").arg(h)))};
        for (int i = 0; i < 200; ++i)
            family.append(insertRow(QStringLiteral("persons"), newId(),
                                    {{QStringLiteral("household_id"), household}, {QStringLiteral("name"), QStringLiteral("家人%1").arg(i)},
                                     {QStringLiteral("relation"), i == 0 ? QStringLiteral("head") : QStringLiteral("other")},
                                     {QStringLiteral("residence_status"), QStringLiteral("registered")}}));
        while (!family.isEmpty()) {
            const HttpReply created = push(server, county, family);
            REQUIRE(created.status == 200);
            QList<QJsonObject> again;
            const QJsonArray results = created.json().value(QStringLiteral("rows")).toArray();
            for (qsizetype i = 0; i < results.size(); ++i) {
                const QJsonObject result = results.at(i).toObject();
                if (result.value(QStringLiteral("status")).toString() == QStringLiteral("deferred"))
                    again.append(family.at(i));
                else
                    REQUIRE(result.value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
                versions.insert(result.value(QStringLiteral("id")).toString(), result.value(QStringLiteral("server_version")).toInteger());
            }
            family = again;
        }
        moves.append(update(QStringLiteral("households"), household, versions.value(household), {{QStringLiteral("grid_id"), gridB}}));
    }

    // Each move takes 200 people out of township A's devices and into B's: about 400 rows written.
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/changes").arg(server.port())));
    request.setRawHeader("X-Lianxin-Protocol", "1");
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Authorization", "Bearer " + county.toLatin1());
    QNetworkReply *heavy = manager.post(request, pushBody(newId(), moves));

    // Another account writes and signs in while the batch runs.
    QElapsedTimer clock;
    double slowest = 0;
    int others = 0;
    while (!heavy->isFinished() && others < 20) {
        QCoreApplication::processEvents();
        clock.start();
        const HttpReply small = push(server, s.token, {insertRow(QStringLiteral("households"), newId(), householdFields(s.grid, QStringLiteral("乙")))});
        CHECK(small.json().value(QStringLiteral("accepted")).toInt() == 1);
        CHECK(server.request("POST", QStringLiteral("/api/v1/session"), R"({"username":"town_b","password":"password-1"})").status == 201);
        slowest = qMax(slowest, double(clock.elapsed()));
        ++others;
    }
    QEventLoop loop;
    if (!heavy->isFinished()) {
        QObject::connect(heavy, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QJsonObject answer = QJsonDocument::fromJson(heavy->readAll()).object();
    delete heavy;
    INFO("slowest other write and sign-in: " << slowest << " ms over " << others);
    CHECK(slowest < 1000);
    // The batch did a bounded share and left the rest for the device to send again.
    CHECK(answer.value(QStringLiteral("accepted")).toInt() >= 1);
    CHECK(answer.value(QStringLiteral("deferred")).toInt() > 0);
    CHECK(answer.value(QStringLiteral("accepted")).toInt() + answer.value(QStringLiteral("deferred")).toInt() == kHouseholds);
}

TEST_CASE("A conflict is decided only by a role that may change its record")
{
    ServerProcess server;
    const Setup s = start(server);
    const QString id = newId();
    const HttpReply created = push(server, s.token, {insertRow(QStringLiteral("households"), id, householdFields(s.grid, QStringLiteral("甲村")))});
    const qint64 base = rowResult(created).value(QStringLiteral("server_version")).toInteger();
    push(server, s.token, {update(QStringLiteral("households"), id, base, {{QStringLiteral("address"), QStringLiteral("甲村一组")}})});
    const HttpReply lost = push(server, s.token, {update(QStringLiteral("households"), id, base, {{QStringLiteral("address"), QStringLiteral("甲村二组")}})},
                                newId(), QStringLiteral("device-2"));
    const QString conflict = rowResult(lost).value(QStringLiteral("conflicts")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(conflict.isEmpty());

    // The village's mediator reads the register but may not change it, so may not decide about it either.
    const QString mediator = server.signIn(QStringLiteral("mediator_a"));
    const qint64 version = pulledRow(server, mediator, conflict).value(QStringLiteral("server_version")).toInteger();
    REQUIRE(version > 0);
    const QJsonObject decision{{QStringLiteral("resolution"), QStringLiteral("kept")}};
    const HttpReply refused = push(server, mediator, {update(QStringLiteral("conflicts"), conflict, version, decision)});
    CHECK(rowResult(refused).value(QStringLiteral("reason")).toString() == QStringLiteral("forbidden"));
    CHECK(pulledRow(server, s.token, conflict).value(QStringLiteral("resolution")).isNull());
    // The grid officer may.
    const HttpReply decided = push(server, s.token, {update(QStringLiteral("conflicts"), conflict, version, decision)});
    CHECK(rowResult(decided).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(pulledRow(server, s.token, conflict).value(QStringLiteral("resolution")).toString() == QStringLiteral("kept"));
}
