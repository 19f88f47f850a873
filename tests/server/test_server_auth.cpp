#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

HttpReply signInReply(const ServerProcess &server, const QString &username, const QString &password)
{
    return server.request("POST", QStringLiteral("/api/v1/session"),
                          QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                    {QStringLiteral("password"), password}})
                              .toJson());
}

int regionsStatus(const ServerProcess &server, const QString &token)
{
    return server.request("GET", QStringLiteral("/api/v1/regions"), {}, {}, token).status;
}

// `count` wrong passwords for one user, sent at once on connections of their own.
QList<HttpReply> wrongPasswordsAtOnce(const ServerProcess &server, const QString &username, int count)
{
    QList<QByteArray> requests;
    for (int i = 0; i < count; ++i) {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                      {QStringLiteral("password"), QStringLiteral("wrong-%1").arg(i)}})
                .toJson(QJsonDocument::Compact);
        requests.append("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lianxin-Protocol: 1\r\n"
                        "Content-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    return server.rawAtOnce(requests);
}

// How many of the answers are the 401 of a password the server checked; the others must be the throttle's.
qsizetype checkedAmong(const QList<HttpReply> &replies)
{
    qsizetype checked = 0;
    for (const HttpReply &reply : replies) {
        INFO(reply.status << ' ' << reply.body.toStdString());
        if (reply.status == 401) {
            ++checked;
            continue;
        }
        CHECK(reply.status == 429);
        CHECK(reply.errorCode() == QStringLiteral("slow_down"));
        CHECK(reply.header("Retry-After").toInt() >= 1);
    }
    return checked;
}

} // namespace

TEST_CASE("A user signs in with the password the administrator set and gets an expiring token")
{
    ServerProcess server;
    seedCounty(server);
    const HttpReply reply = signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1"));
    REQUIRE(reply.status == 201);
    const QJsonObject body = reply.json();
    CHECK(body.value(QStringLiteral("token")).toString().size() >= 40);
    CHECK(body.value(QStringLiteral("token_type")).toString() == QStringLiteral("Bearer"));
    CHECK(body.value(QStringLiteral("expires_at")).toString() > QStringLiteral("2026"));
    const QJsonObject account = body.value(QStringLiteral("account")).toObject();
    CHECK(account.value(QStringLiteral("role")).toString() == QStringLiteral("grid_officer"));
    CHECK(account.value(QStringLiteral("scope")).toArray().size() == 1);
    CHECK(regionsStatus(server, body.value(QStringLiteral("token")).toString()) == 200);
}

TEST_CASE("A wrong password and an unknown user name get the same answer")
{
    ServerProcess server;
    seedCounty(server);
    const HttpReply wrong = signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-2"));
    const HttpReply unknown = signInReply(server, QStringLiteral("nobody"), QStringLiteral("password-1"));
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    CHECK(wrong.errorCode() == QStringLiteral("invalid_credentials"));
    CHECK(wrong.body == unknown.body);
}

TEST_CASE("A token stops working when it expires")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("token_lifetime_seconds=1")});
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    CHECK(regionsStatus(server, token) == 200);
    QThread::msleep(1300);
    const HttpReply reply = server.request("GET", QStringLiteral("/api/v1/regions"), {}, {}, token);
    CHECK(reply.status == 401);
    CHECK(reply.errorCode() == QStringLiteral("token_expired"));
    CHECK(reply.header("WWW-Authenticate") == "Bearer");
}

TEST_CASE("Signing out revokes the token - the administrator can revoke every token of a user")
{
    ServerProcess server;
    seedCounty(server);
    const QString first = server.signIn(QStringLiteral("officer_a"));
    const QString second = server.signIn(QStringLiteral("officer_a"));
    const QString other = server.signIn(QStringLiteral("town_a"));

    CHECK(server.request("DELETE", QStringLiteral("/api/v1/session"), {}, {}, first).status == 204);
    const HttpReply revoked = server.request("GET", QStringLiteral("/api/v1/regions"), {}, {}, first);
    CHECK(revoked.status == 401);
    CHECK(revoked.errorCode() == QStringLiteral("token_revoked"));
    CHECK(regionsStatus(server, second) == 200);

    CHECK(server.admin({QStringLiteral("revoke-sessions"), QStringLiteral("officer_a")}) == 0);
    CHECK(regionsStatus(server, second) == 401);
    CHECK(regionsStatus(server, other) == 200);
}

TEST_CASE("Disabling a user refuses the user's tokens and sign-ins - enabling lets them sign in again")
{
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    REQUIRE(server.admin({QStringLiteral("disable-user"), QStringLiteral("officer_a")}) == 0);
    CHECK(regionsStatus(server, token) == 401);
    const HttpReply refused = signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1"));
    CHECK(refused.status == 403);
    CHECK(refused.errorCode() == QStringLiteral("account_disabled"));
    // A wrong password says nothing about the account being disabled.
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-9")).status == 401);

    REQUIRE(server.admin({QStringLiteral("enable-user"), QStringLiteral("officer_a")}) == 0);
    CHECK(regionsStatus(server, server.signIn(QStringLiteral("officer_a"))) == 200);
}

TEST_CASE("A reset password replaces the old one and signs the user out everywhere")
{
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    REQUIRE(server.admin({QStringLiteral("reset-password"), QStringLiteral("officer_a")}, "new-password-2\n") == 0);
    CHECK(regionsStatus(server, token) == 401);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1")).status == 401);
    CHECK(regionsStatus(server, server.signIn(QStringLiteral("officer_a"), QStringLiteral("new-password-2"))) == 200);
    // Too short: refused, and the password stays.
    CHECK(server.admin({QStringLiteral("reset-password"), QStringLiteral("officer_a")}, "short\n") == 1);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("new-password-2")).status == 201);
}

TEST_CASE("Repeated failed sign-ins of a user are slowed, then locked, even with the right password")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("slow_after_failures=2"), QStringLiteral("--set"),
                          QStringLiteral("lockout_failures=4")});
    seedCounty(server);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("wrong-1")).status == 401);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("wrong-2")).status == 401);

    // After two failures the next attempt must wait a second.
    const HttpReply slowed = signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1"));
    CHECK(slowed.status == 429);
    CHECK(slowed.errorCode() == QStringLiteral("slow_down"));
    CHECK(slowed.header("Retry-After") == "1");

    QThread::msleep(1100);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("wrong-3")).status == 401);
    QThread::msleep(2100);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("wrong-4")).status == 401);

    const HttpReply locked = signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1"));
    CHECK(locked.status == 429);
    CHECK(locked.errorCode() == QStringLiteral("locked"));
    CHECK(locked.header("Retry-After").toInt() > 800);
    // Another user is not affected.
    CHECK(signInReply(server, QStringLiteral("town_a"), QStringLiteral("password-1")).status == 201);
}

TEST_CASE("Wrong passwords sent in parallel are checked no faster than sent one after another")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("threads=8")});
    seedCounty(server);
    // One after another, three wrong passwords are checked at once and the fourth must wait a second:
    // twenty at once on eight request threads fare no better.
    CHECK(checkedAmong(wrongPasswordsAtOnce(server, QStringLiteral("officer_a"), 20)) == 3);
    QThread::msleep(1100);
    // Then one, and the next must wait two seconds.
    CHECK(checkedAmong(wrongPasswordsAtOnce(server, QStringLiteral("officer_a"), 10)) == 1);
    const HttpReply early = signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1"));
    CHECK(early.status == 429);
    CHECK(early.header("Retry-After").toInt() >= 1);
    QThread::msleep(2100);
    CHECK(signInReply(server, QStringLiteral("officer_a"), QStringLiteral("password-1")).status == 201);
    // The right password cleared the count: three more wrong ones are answered at once again.
    CHECK(checkedAmong(wrongPasswordsAtOnce(server, QStringLiteral("officer_a"), 3)) == 3);
}

TEST_CASE("The bearer scheme is read in any letter case")
{
    ServerProcess server;
    seedCounty(server);
    const QByteArray token = server.signIn(QStringLiteral("officer_a")).toLatin1();
    for (const QByteArray &scheme :
         {QByteArray("Bearer"), QByteArray("bearer"), QByteArray("BEARER"), QByteArray("bEaReR")}) {
        INFO(scheme.toStdString());
        CHECK(server.request("GET", QStringLiteral("/api/v1/regions"), {}, {{"Authorization", scheme + ' ' + token}})
                  .status == 200);
    }
    const HttpReply basic =
        server.request("GET", QStringLiteral("/api/v1/regions"), {}, {{"Authorization", "Basic " + token}});
    CHECK(basic.status == 401);
    CHECK(basic.errorCode() == QStringLiteral("token_missing"));
}

TEST_CASE("Failed sign-ins from one address under many user names lock the address")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("address_lockout_failures=3")});
    seedCounty(server);
    for (const char *name : {"guess1", "guess2", "guess3"})
        CHECK(signInReply(server, QLatin1String(name), QStringLiteral("password-1")).status == 401);
    const HttpReply locked = signInReply(server, QStringLiteral("town_a"), QStringLiteral("password-1"));
    CHECK(locked.status == 429);
    CHECK(locked.errorCode() == QStringLiteral("locked"));
}

TEST_CASE("Behind a trusted proxy, failures count per forwarded client address - others cannot forge it")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("address_lockout_failures=2"), QStringLiteral("--set"),
                          QStringLiteral("trusted_proxies=127.0.0.1")});
    seedCounty(server);
    const auto attempt = [&](const char *user, const char *password, const QByteArray &client) {
        return server.request("POST", QStringLiteral("/api/v1/session"),
                              QJsonDocument(QJsonObject{{QStringLiteral("username"), QLatin1String(user)},
                                                        {QStringLiteral("password"), QLatin1String(password)}})
                                  .toJson(),
                              {{"X-Forwarded-For", "203.0.113.9, " + client}});
    };
    CHECK(attempt("guess1", "password-1", "10.0.0.1").status == 401);
    CHECK(attempt("guess2", "password-1", "10.0.0.1").status == 401);
    CHECK(attempt("town_a", "password-1", "10.0.0.1").status == 429);
    // Another township PC behind the same proxy is not locked out with it.
    CHECK(attempt("town_a", "password-1", "10.0.0.2").status == 201);
    // The first address of the header is whatever the client wrote; only the proxy's own entry counts.
    CHECK(attempt("town_b", "password-1", "10.0.0.1").status == 429);
}

TEST_CASE("Without a trusted proxy, X-Forwarded-For is ignored")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("address_lockout_failures=2")});
    seedCounty(server);
    for (const QByteArray &forged : {QByteArray("10.0.0.1"), QByteArray("10.0.0.2")}) {
        server.request("POST", QStringLiteral("/api/v1/session"),
                       R"({"username":"guess","password":"password-1"})", {{"X-Forwarded-For", forged}});
    }
    const HttpReply locked = server.request("POST", QStringLiteral("/api/v1/session"),
                                            R"({"username":"town_a","password":"password-1"})", {{"X-Forwarded-For", "10.0.0.3"}});
    CHECK(locked.status == 429);
}

TEST_CASE("The administrator's commands check what they are given")
{
    ServerProcess server;
    seedCounty(server);
    QByteArray output;
    CHECK(server.admin({QStringLiteral("add-user"), QStringLiteral("officer_a"), QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--role"), QStringLiteral("grid_officer"), QStringLiteral("--scope"), QStringLiteral("340828101")},
                       "password-1\n", &output) == 1);
    CHECK(output.contains("exists already"));
    CHECK(server.admin({QStringLiteral("add-user"), QStringLiteral("new_user"), QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--role"), QStringLiteral("pilot"), QStringLiteral("--scope"), QStringLiteral("340828101")},
                       "password-1\n", &output) == 1);
    CHECK(output.contains("role"));
    CHECK(server.admin({QStringLiteral("add-user"), QStringLiteral("new_user"), QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--role"), QStringLiteral("mediator"), QStringLiteral("--scope"), QStringLiteral("999")},
                       "password-1\n", &output) == 1);
    CHECK(output.contains("No region has the code 999"));
    CHECK(server.admin({QStringLiteral("disable-user"), QStringLiteral("nobody")}, {}, &output) == 1);
    CHECK(server.admin({QStringLiteral("frobnicate")}, {}, &output) == 2);

    REQUIRE(server.admin({QStringLiteral("list-users")}, {}, &output) == 0);
    CHECK(output.contains("officer_a"));
    CHECK(output.contains("34082810120101"));
    CHECK_FALSE(output.contains("argon2"));
}
