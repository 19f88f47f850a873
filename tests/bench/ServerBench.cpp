#include "tests/bench/ServerBench.h"

#include "tests/bench/BenchSupport.h"
#include "tests/bench/HeavyBatchBench.h"
#include "tests/bench/ServerProcess.h"

#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace lianxin::bench {

namespace {

struct Load
{
    double requestsPerSecond = 0;
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    int failures = 0;
};

// `total` requests from `clients` concurrent clients, each with its own connection(s), each sending its
// next request as soon as the last is answered.
Load runLoad(int clients, int total, const std::function<QNetworkRequest()> &makeRequest, const QByteArray &method,
             const QByteArray &body, int expectedStatus)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<double> latencies;
    int started = 0;
    int finished = 0;
    int failures = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    std::function<void(QNetworkAccessManager *)> send = [&](QNetworkAccessManager *manager) {
        if (started >= total)
            return;
        ++started;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = manager->sendCustomRequest(makeRequest(), method, body);
        QObject::connect(reply, &QNetworkReply::finished, manager, [&, reply, timer, manager] {
            latencies.append(elapsedMs(*timer));
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != expectedStatus)
                ++failures;
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                send(manager);
        });
    };
    wall.start();
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        send(managers.back().get());
    }
    loop.exec();
    const double seconds = elapsedMs(wall) / 1000.0;
    return {total / seconds, percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0), failures};
}

QJsonObject toJson(const Load &load)
{
    return {{QStringLiteral("requests_per_s"), qRound(load.requestsPerSecond * 10) / 10.0},
            {QStringLiteral("p50_ms"), load.p50},
            {QStringLiteral("p95_ms"), load.p95},
            {QStringLiteral("max_ms"), load.max},
            {QStringLiteral("failures"), load.failures}};
}

QNetworkReply *syncRequest(QNetworkAccessManager &manager, const QNetworkRequest &request, const QByteArray &method,
                           const QByteArray &body = {})
{
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply;
}

QJsonObject measureBackend(const ServerBenchOptions &options, const QString &database)
{
    QProcess server;
    int port = 0;
    QJsonObject result = importAndStart(server, options.serverPath, options.clientStore, database, &port);
    if (result.contains(QStringLiteral("error")))
        return result;
    const QString base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port);
    const auto request = [&](const QString &path, const QByteArray &token = {}) {
        QNetworkRequest r(QUrl(base + path));
        r.setRawHeader("X-Lianxin-Protocol", "1");
        r.setRawHeader("Content-Type", "application/json");
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token);
        return r;
    };

    const QByteArray credentials = R"({"username":"officer","password":"lianxin-demo"})";
    result.insert(QStringLiteral("sign_in"),
                  toJson(runLoad(options.clients, options.signIns, [&] { return request(QStringLiteral("/session")); }, "POST",
                                 credentials, 201)));

    // A device that holds everything: its next pull is empty.
    QNetworkAccessManager manager;
    QNetworkReply *signIn = syncRequest(manager, request(QStringLiteral("/session")), "POST", credentials);
    const QByteArray token = QJsonDocument::fromJson(signIn->readAll()).object().value(QStringLiteral("token")).toString().toLatin1();
    delete signIn;
    qint64 after = 0;
    int rows = 0;
    for (bool more = true; more;) {
        QNetworkReply *page = syncRequest(manager, request(QStringLiteral("/changes?after=%1&limit=5000").arg(after), token), "GET");
        const QJsonObject body = QJsonDocument::fromJson(page->readAll()).object();
        delete page;
        for (const QJsonValue &table : body.value(QStringLiteral("tables")).toArray())
            rows += int(table.toObject().value(QStringLiteral("rows")).toArray().size());
        after = body.value(QStringLiteral("next_after")).toInteger();
        more = body.value(QStringLiteral("has_more")).toBool();
    }
    result.insert(QStringLiteral("scope_rows_pulled"), rows);
    result.insert(QStringLiteral("empty_pull"),
                  toJson(runLoad(options.clients, options.pulls,
                                 [&] { return request(QStringLiteral("/changes?after=%1").arg(after), token); }, "GET", {}, 200)));
    result.insert(QStringLiteral("heavy_batch"), measureHeavyBatch(base, 1000, 4));
    server.terminate();
    server.waitForFinished(30000);
    return result;
}

} // namespace

QJsonObject syncNewDevice(int port, const QString &username)
{
    QTemporaryDir deviceDir;
    auto device = Database::open({deviceDir.filePath(QStringLiteral("lianxin.db"))});
    if (!device)
        return {{QStringLiteral("error"), device.error().message}};
    SyncEngine engine(**device, QStringLiteral("http://127.0.0.1:%1").arg(port));
    QElapsedTimer timer;
    timer.start();
    if (Status status = engine.signIn(username, QStringLiteral("lianxin-demo")); !status)
        return {{QStringLiteral("error"), status.error().message}};
    const auto first = engine.run();
    const double firstMs = elapsedMs(timer);
    if (!first)
        return {{QStringLiteral("error"), first.error().message}};
    timer.restart();
    const auto again = engine.run();
    const double againMs = elapsedMs(timer);
    if (!again)
        return {{QStringLiteral("error"), again.error().message}};
    return {{QStringLiteral("first_sync_ms"), firstMs},
            {QStringLiteral("rows"), first->pulledRows},
            {QStringLiteral("pages"), first->pages},
            {QStringLiteral("apply_ms"), double(first->applyMs)},
            {QStringLiteral("apply_rows_per_s"), qRound(double(first->pulledRows) / (double(first->applyMs) / 1000.0))},
            {QStringLiteral("end_to_end_rows_per_s"), qRound(double(first->pulledRows) / (firstMs / 1000.0))},
            {QStringLiteral("bytes_received"), first->bytesReceived},
            {QStringLiteral("bytes_per_row"), double(first->bytesReceived) / double(qMax<qint64>(1, first->pulledRows))},
            {QStringLiteral("empty_sync_ms"), againMs},
            {QStringLiteral("empty_sync_requests"), again->requests},
            {QStringLiteral("empty_sync_bytes"), again->bytesSent + again->bytesReceived}};
}

QJsonObject measureFirstSync(const ServerBenchOptions &options)
{
    const QString database = options.workDir + QStringLiteral("/sync-server.db");
    // A second measure on the same work folder (another account's device) reuses the server's database.
    if (!QFile::exists(database)) {
        if (QJsonObject imported = importStore(options.serverPath, options.clientStore, database);
            imported.contains(QStringLiteral("error")))
            return imported;
    }
    QProcess server;
    const int port = startServer(server, options.serverPath, database);
    if (port <= 0)
        return {{QStringLiteral("error"), QStringLiteral("the server did not start")}};
    QJsonObject result = syncNewDevice(port, options.syncUser);
    server.terminate();
    server.waitForFinished(30000);
    return result;
}

QJsonObject measureServer(const ServerBenchOptions &options)
{
    QJsonObject result{{QStringLiteral("clients"), options.clients}};
    result.insert(QStringLiteral("sqlite"), measureBackend(options, options.workDir + QStringLiteral("/server.db")));
    if (!options.postgresUrl.isEmpty())
        result.insert(QStringLiteral("postgresql"), measureBackend(options, options.postgresUrl));
    return result;
}

} // namespace lianxin::bench
