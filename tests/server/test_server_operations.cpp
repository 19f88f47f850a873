#include "ServerFixture.h"

#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslError>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode;
    QByteArray output;
};

Run runServer(const QStringList &args, int timeoutMs = 15000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ServerProcess::serverPath(), args);
    REQUIRE(process.waitForStarted());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL("lianxin-server did not exit");
    }
    return {process.exitCode(), process.readAll()};
}

} // namespace

TEST_CASE("lianxin-server explains itself with --help and --version")
{
    const Run help = runServer({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.output.contains("--database"));
    CHECK(help.output.contains("admin --help"));
    const Run version = runServer({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.output.contains("lianxin-server"));
    const Run admin = runServer({QStringLiteral("admin"), QStringLiteral("--help")});
    CHECK(admin.exitCode == 0);
    CHECK(admin.output.contains("add-user"));
    CHECK(admin.output.contains("import-store"));
}

TEST_CASE("Bad settings stop the server with a message naming the setting")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("s.db"));
    const Run port = runServer({QStringLiteral("--database"), database, QStringLiteral("--port"), QStringLiteral("70000")});
    CHECK(port.exitCode == 1);
    CHECK(port.output.contains("port"));
    const Run unknown = runServer({QStringLiteral("--database"), database, QStringLiteral("--set"), QStringLiteral("colour=red")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.output.contains("Unknown setting \"colour\""));
    const Run url = runServer({QStringLiteral("--database"), QStringLiteral("mysql://x/y")});
    CHECK(url.exitCode == 1);
    CHECK(url.output.contains("Unknown kind of database"));

    QFile config(dir.filePath(QStringLiteral("server.conf")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write("database = " + database.toUtf8() + "\nthreads = lots\n");
    config.close();
    const Run file = runServer({QStringLiteral("--config"), config.fileName()});
    CHECK(file.exitCode == 1);
    CHECK(file.output.contains("threads must be a whole number"));
}

TEST_CASE("The sample config in packaging/ is valid and starts a server")
{
    QTemporaryDir dir;
    QProcess process;
    process.start(ServerProcess::serverPath(),
                  {QStringLiteral("--config"), QStringLiteral(LIANXIN_SOURCE_DIR "/packaging/lianxin-server.conf"),
                   QStringLiteral("--database"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--set"), QStringLiteral("access_log=off")});
    REQUIRE(process.waitForStarted());
    QByteArray output;
    while (!output.contains("listening on") && process.waitForReadyRead(10000))
        output += process.readAllStandardOutput();
    INFO(output.toStdString() << process.readAllStandardError().toStdString());
    CHECK(output.contains("listening on http://127.0.0.1:"));
    process.terminate();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
}

TEST_CASE("Plain HTTP is refused off loopback unless forced")
{
    QTemporaryDir dir;
    const Run refused = runServer({QStringLiteral("--database"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--listen"),
                                   QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.output.contains("Refusing plain HTTP"));
}

TEST_CASE("With a certificate and key the server speaks HTTPS")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                              QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                                              QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);

    ServerProcess server({QStringLiteral("--set"), QStringLiteral("tls_certificate=") + cert, QStringLiteral("--set"),
                          QStringLiteral("tls_key=") + key});
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(server.port()))));
    // The test's certificate is self-signed; a county would use one its devices trust.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    INFO(reply->errorString().toStdString());
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    delete reply;

    // Plain HTTP to the TLS port gets no answer.
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(plain.waitForConnected(5000));
    plain.write("GET /api/v1/health HTTP/1.1\r\n\r\n");
    plain.waitForReadyRead(1000);
    CHECK_FALSE(plain.readAll().startsWith("HTTP/1.1 200"));
}

TEST_CASE("SIGTERM lets a request in flight finish before the server exits")
{
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const QString grid = regionId(server, token, QStringLiteral("34082810120101"));
    QList<QJsonObject> rows;
    for (int i = 0; i < 1000; ++i)
        rows.append(insertRow(QStringLiteral("households"), newId(),
                              {{QStringLiteral("grid_id"), grid}, {QStringLiteral("address"), QStringLiteral("甲村%1号").arg(i)}}));
    const QByteArray body = pushBody(newId(), rows);

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(socket.waitForConnected(5000));
    socket.write("POST /api/v1/changes HTTP/1.1\r\nHost: x\r\nX-Lianxin-Protocol: 1\r\nContent-Type: application/json\r\n"
                 "Authorization: Bearer " + token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n" + body);
    REQUIRE(socket.waitForBytesWritten(5000));
    server.process().terminate();

    // Read the whole answer: its head, then as many body bytes as it announces.
    QByteArray answer;
    const auto complete = [&answer] {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const qsizetype at = answer.toLower().indexOf("content-length:");
        return at >= 0 && answer.size() - headEnd - 4 >= answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
    };
    while (!complete() && (socket.bytesAvailable() > 0 || socket.waitForReadyRead(20000)))
        answer += socket.readAll();
    CHECK(answer.startsWith("HTTP/1.1 200"));
    // The answer accounts for every row: applied, or deferred by the batch bound to be sent again.
    const QJsonObject result = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    CHECK(result.value(QStringLiteral("accepted")).toInt() >= 1);
    CHECK(result.value(QStringLiteral("accepted")).toInt() + result.value(QStringLiteral("deferred")).toInt() == 1000);
    REQUIRE(server.process().waitForFinished(30000));
    CHECK(server.process().exitStatus() == QProcess::NormalExit);
    CHECK(server.process().exitCode() == 0);
}

TEST_CASE("Two server processes on one database serve the same tokens, changes and lock-outs")
{
    ServerProcess first;
    seedCounty(first);
    const auto second = ServerProcess::sharing(first);
    const QString token = first.signIn(QStringLiteral("officer_a"));
    const QString grid = regionId(*second, token, QStringLiteral("34082810120101"));
    REQUIRE_FALSE(grid.isEmpty());
    const QString household = newId();
    const HttpReply pushed = second->request("POST", QStringLiteral("/api/v1/changes"),
                                             pushBody(newId(), {insertRow(QStringLiteral("households"), household,
                                                                          {{QStringLiteral("grid_id"), grid},
                                                                           {QStringLiteral("address"), QStringLiteral("甲村")}})}),
                                             {}, token);
    REQUIRE(pushed.json().value(QStringLiteral("accepted")).toInt() == 1);
    CHECK(first.request("GET", QStringLiteral("/api/v1/changes?after=0"), {}, {}, token).body.contains(household.toLatin1()));
    // Signing out on one is signing out on both.
    CHECK(second->request("DELETE", QStringLiteral("/api/v1/session"), {}, {}, token).status == 204);
    CHECK(first.request("GET", QStringLiteral("/api/v1/regions"), {}, {}, token).status == 401);
}

TEST_CASE("A corrupt database file is refused with a message, and left as it was")
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("broken.db")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not an SQLite database ").repeated(200);
    file.write(garbage);
    file.close();
    const Run run = runServer({QStringLiteral("--database"), file.fileName(), QStringLiteral("--port"), QStringLiteral("0")});
    CHECK(run.exitCode == 1);
    CHECK(run.output.contains("lianxin-server:"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == garbage);
}

TEST_CASE("A store whose regions the server already made under other ids is refused by name, nothing written")
{
    ServerProcess server;
    seedCounty(server); // the county's regions, made by admin import-regions
    QTemporaryDir dir;
    QProcess client;
    client.start(QStringLiteral(LIANXIN_CLIENT_PATH), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--make-demo"),
                                                       QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(client.waitForFinished(60000));
    REQUIRE(client.exitCode() == 0);
    QByteArray output;
    CHECK(server.admin({QStringLiteral("import-store"), dir.filePath(QStringLiteral("lianxin.db"))}, {}, &output) != 0);
    CHECK(output.contains("already has region 340828"));
    CHECK_FALSE(output.contains("UNIQUE"));
    // Nothing of the store went in: the county's pull holds no household.
    const QString token = server.signIn(QStringLiteral("county"), QStringLiteral("password-1"));
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, token);
    REQUIRE(pull.status == 200);
    CHECK_FALSE(pull.body.contains("\"households\""));
}

TEST_CASE("A client store imports with its ids, and health names the backend")
{
    ServerProcess server;
    const HttpReply health = server.request("GET", QStringLiteral("/api/v1/health"));
    REQUIRE(health.status == 200);
    CHECK(health.json().value(QStringLiteral("database")).toString() ==
          (server.database().isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")));
    CHECK(health.json().value(QStringLiteral("protocol")).toInt() == 1);

    QTemporaryDir dir;
    QProcess client;
    client.start(QStringLiteral(LIANXIN_CLIENT_PATH), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--make-demo"),
                                                       QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(client.waitForFinished(60000));
    REQUIRE(client.exitCode() == 0);
    QByteArray output;
    REQUIRE(server.admin({QStringLiteral("import-store"), dir.filePath(QStringLiteral("lianxin.db"))}, {}, &output) == 0);
    CHECK(output.contains("new"));
    // Again: nothing new.
    REQUIRE(server.admin({QStringLiteral("import-store"), dir.filePath(QStringLiteral("lianxin.db"))}, {}, &output) == 0);
    CHECK(output.contains("Imported: 0 new"));
    // With --mark-synced the store's device has nothing left to send.
    const auto pending = [&] {
        auto store = lianxin::Database::open({dir.filePath(QStringLiteral("lianxin.db"))});
        REQUIRE(store.ok());
        return lianxin::ChangeLog(**store).pendingRowCount();
    };
    CHECK(pending() > 0);
    REQUIRE(server.admin({QStringLiteral("import-store"), dir.filePath(QStringLiteral("lianxin.db")), QStringLiteral("--mark-synced")}) == 0);
    CHECK(pending() == 0);
    // The demo accounts sign in with the demo password and see their households.
    const QString token = server.signIn(QStringLiteral("officer"), QStringLiteral("lianxin-demo"));
    const HttpReply pull = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, token);
    // Imported in blocks, each person lies where the household does: the officer receives both, and every
    // person received belongs to a household received.
    QSet<QString> householdIds;
    QStringList personHouseholds;
    for (const QJsonValue &value : pull.json().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        const QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
        const int householdColumn = int(columns.toVariantList().indexOf(QStringLiteral("household_id")));
        for (const QJsonValue &row : table.value(QStringLiteral("rows")).toArray()) {
            if (table.value(QStringLiteral("table")).toString() == QStringLiteral("households"))
                householdIds.insert(row.toArray().at(0).toString());
            if (table.value(QStringLiteral("table")).toString() == QStringLiteral("persons"))
                personHouseholds.append(row.toArray().at(householdColumn).toString());
        }
    }
    CHECK_FALSE(householdIds.isEmpty());
    CHECK(personHouseholds.size() > householdIds.size());
    for (const QString &household : std::as_const(personHouseholds))
        CHECK(householdIds.contains(household));
}

TEST_CASE("The restore drill: a backup taken while the server serves starts a server with the same records")
{
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const QString grid = regionId(server, token, QStringLiteral("34082810120101"));
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("county.db"));
    QByteArray output;
    if (server.database().isPostgres()) {
        // PostgreSQL is backed up with pg_dump; the command says so and writes nothing.
        CHECK(server.admin({QStringLiteral("backup"), backup}, {}, &output) == 1);
        CHECK(output.contains("pg_dump"));
        CHECK_FALSE(QFile::exists(backup));
        return;
    }
    // A household pushed, then the backup taken with the server still running; a second file name is refused.
    const QString household = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpReply pushed =
        server.request("POST", QStringLiteral("/api/v1/changes"),
                       pushBody(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                {QJsonObject{{QStringLiteral("table"), QStringLiteral("households")},
                                             {QStringLiteral("id"), household},
                                             {QStringLiteral("op"), QStringLiteral("insert")},
                                             {QStringLiteral("fields"),
                                              QJsonObject{{QStringLiteral("grid_id"), grid},
                                                          {QStringLiteral("address"), QStringLiteral("甲村4组")}}}}}),
                       {}, token);
    REQUIRE(pushed.status == 200);
    REQUIRE(server.admin({QStringLiteral("backup"), backup}, {}, &output) == 0);
    CHECK(output.contains("checked"));
    CHECK(server.admin({QStringLiteral("backup"), backup}, {}, &output) == 1);
    CHECK(server.admin({QStringLiteral("backup")}, {}, &output) == 2);

    // The drill: a server started on the backup signs the officer in and gives the household back.
    ServerProcess restored({QStringLiteral("--database"), backup});
    const QString again = restored.signIn(QStringLiteral("officer_a"));
    const HttpReply pulled =
        restored.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, again);
    REQUIRE(pulled.status == 200);
    CHECK(pulled.body.contains(household.toUtf8()));
}
