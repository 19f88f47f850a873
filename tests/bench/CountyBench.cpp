#include "tests/bench/CountyBench.h"

#include "tests/bench/ApiClient.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/ServerBench.h"
#include "tests/bench/ServerProcess.h"

#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace lianxin::bench {

namespace {

// The accounts of the first township whose devices pull: every role below the county administrator (whose
// scope is the whole county and whose device would first have to download it).
const QStringList kPullers{QStringLiteral("officer"), QStringLiteral("gridhead"), QStringLiteral("unithead"),
                           QStringLiteral("defence"), QStringLiteral("mediator"), QStringLiteral("adviser"),
                           QStringLiteral("admin")};

struct Device
{
    std::unique_ptr<ApiClient> client;
    qint64 after = 0;
    int pulls = 0;
    double dueMs = 0; // paced: when its next pull is due, from the start of the run
};

// Pulls `client`'s whole scope; returns the cursor at its end and the grid of its first household.
qint64 pullToEnd(ApiClient &client, QString *grid)
{
    qint64 after = 0;
    for (bool more = true; more;) {
        const QJsonObject page = client.wait("GET", QStringLiteral("/changes?after=%1&limit=5000").arg(after));
        for (const QJsonValue &value : page.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = value.toObject();
            if (!grid || !grid->isEmpty() ||
                table.value(QStringLiteral("table")).toString() != QStringLiteral("households"))
                continue;
            const qsizetype column =
                table.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("grid_id"));
            const QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
            if (!rows.isEmpty())
                *grid = rows.first()[column].toString();
        }
        after = page.value(QStringLiteral("next_after")).toInteger();
        more = page.value(QStringLiteral("has_more")).toBool();
    }
    return after;
}

// `intervalMs` 0: each device pulls again as soon as it is answered and each writer pushes again (the
// server's ceiling). Otherwise each device pulls and each writer pushes once every `intervalMs`, the devices
// spread evenly over the interval: the latency a device sees when the county's devices are online together.
QJsonObject measureLoad(const CountyBenchOptions &options, const QString &base, qint64 serverPid, QList<double> &rss,
                        int intervalMs)
{
    // One session and one cursor per account; its devices share them.
    QHash<QString, QByteArray> tokens;
    QHash<QString, qint64> cursors;
    QString grid;
    for (const QString &username : kPullers) {
        ApiClient client(base);
        client.signIn(username);
        tokens.insert(username, client.token());
        cursors.insert(username, pullToEnd(client, username == QLatin1String("officer") ? &grid : nullptr));
    }
    if (grid.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("the officer's pull has no households")}};

    std::vector<Device> devices(size_t(options.clients));
    for (int i = 0; i < options.clients; ++i) {
        const QString &username = kPullers.at(i % kPullers.size());
        devices[size_t(i)].client = std::make_unique<ApiClient>(base);
        devices[size_t(i)].client->setToken(tokens.value(username));
        devices[size_t(i)].after = cursors.value(username);
        devices[size_t(i)].dueMs = double(intervalMs) * i / options.clients;
    }
    std::vector<std::unique_ptr<ApiClient>> writers;
    for (int i = 0; i < options.writers; ++i) {
        writers.push_back(std::make_unique<ApiClient>(base));
        writers.back()->setToken(tokens.value(QStringLiteral("officer")));
    }

    QList<double> pullMs;
    QList<double> pushMs;
    int pullFailures = 0;
    int pushFailures = 0;
    qint64 rowsPulled = 0;
    int devicesRunning = options.clients;
    bool done = false;
    QEventLoop loop;
    QElapsedTimer wall;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { rss.append(residentMb(serverPid)); });
    sampler.start(200);

    std::function<void(Device &)> pull = [&](Device &device) {
        if (device.pulls++ == options.pullsEach) {
            if (--devicesRunning == 0) {
                done = true;
                loop.quit();
            }
            return;
        }
        if (intervalMs > 0 && device.dueMs > elapsedMs(wall)) {
            --device.pulls;
            QTimer::singleShot(int(device.dueMs - elapsedMs(wall)) + 1, &device.client->manager(),
                               [&] { pull(device); });
            return;
        }
        device.dueMs += intervalMs;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = device.client->send("GET", QStringLiteral("/changes?after=%1").arg(device.after));
        QObject::connect(reply, &QNetworkReply::finished, &device.client->manager(), [&, reply, timer] {
            pullMs.append(elapsedMs(*timer));
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++pullFailures;
            else
                device.after = page.value(QStringLiteral("next_after")).toInteger();
            for (const QJsonValue &table : page.value(QStringLiteral("tables")).toArray())
                rowsPulled += table.toObject().value(QStringLiteral("rows")).toArray().size();
            reply->deleteLater();
            pull(device);
        });
    };
    // Each writer sends five new households of the officer's grid as soon as its last batch is answered.
    std::function<void(ApiClient *)> write = [&](ApiClient *writer) {
        if (done)
            return;
        QJsonArray rows;
        for (int i = 0; i < 5; ++i)
            rows.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("households")},
                                    {QStringLiteral("id"), newId()},
                                    {QStringLiteral("op"), QStringLiteral("insert")},
                                    {QStringLiteral("fields"),
                                     QJsonObject{{QStringLiteral("grid_id"), grid},
                                                 {QStringLiteral("address"), QStringLiteral("测试%1号").arg(i)}}}});
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = writer->send("POST", QStringLiteral("/changes"), pushBody(rows));
        QObject::connect(reply, &QNetworkReply::finished, &writer->manager(), [&, reply, timer, writer] {
            pushMs.append(elapsedMs(*timer));
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++pushFailures;
            reply->deleteLater();
            // Paced, each writer sends a batch per interval too.
            if (intervalMs > 0)
                QTimer::singleShot(qMax(0, intervalMs - int(elapsedMs(*timer))), &writer->manager(),
                                   [&, writer] { write(writer); });
            else
                write(writer);
        });
    };
    wall.start();
    for (const auto &writer : writers)
        write(writer.get());
    for (Device &device : devices)
        pull(device);
    loop.exec();
    const double seconds = elapsedMs(wall) / 1000.0;
    // Let the writers' last batches be answered before the server is stopped.
    QEventLoop settle;
    QTimer::singleShot(2000, &settle, &QEventLoop::quit);
    settle.exec();
    sampler.stop();
    return {{QStringLiteral("devices"), options.clients},
            {QStringLiteral("pull_interval_ms"), intervalMs},
            {QStringLiteral("pulls"), int(pullMs.size())},
            {QStringLiteral("pulls_per_s"), qRound(double(pullMs.size()) / seconds * 10) / 10.0},
            {QStringLiteral("pull_p50_ms"), percentile(pullMs, 0.5)},
            {QStringLiteral("pull_p95_ms"), percentile(pullMs, 0.95)},
            {QStringLiteral("pull_max_ms"), percentile(pullMs, 1.0)},
            {QStringLiteral("pull_failures"), pullFailures},
            {QStringLiteral("rows_pulled"), rowsPulled},
            {QStringLiteral("writers"), options.writers},
            {QStringLiteral("pushes"), int(pushMs.size())},
            {QStringLiteral("push_p50_ms"), percentile(pushMs, 0.5)},
            {QStringLiteral("push_p95_ms"), percentile(pushMs, 0.95)},
            {QStringLiteral("push_failures"), pushFailures}};
}

QJsonObject measureBackend(const CountyBenchOptions &options, const QString &database)
{
    QProcess server;
    int port = 0;
    QJsonObject result = importAndStart(server, options.serverPath, options.clientStore, database, &port);
    if (result.contains(QStringLiteral("error")))
        return result;
    QList<double> rss{residentMb(server.processId())};
    result.insert(QStringLiteral("township_first_sync"), syncNewDevice(port, QStringLiteral("admin")));
    rss.append(residentMb(server.processId()));
    result.insert(QStringLiteral("rss_mb_after_first_sync"), rss.last());
    const QString base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port);
    result.insert(QStringLiteral("saturated"), measureLoad(options, base, server.processId(), rss, 0));
    result.insert(QStringLiteral("paced"), measureLoad(options, base, server.processId(), rss, options.pullIntervalMs));
    result.insert(QStringLiteral("rss_mb_at_start"), rss.first());
    result.insert(QStringLiteral("rss_mb_max"), *std::max_element(rss.cbegin(), rss.cend()));
    result.insert(QStringLiteral("rss_mb_at_end"), rss.last());
    server.terminate();
    server.waitForFinished(30000);
    return result;
}

} // namespace

QJsonObject measureCounty(const CountyBenchOptions &options)
{
    QJsonObject result{{QStringLiteral("devices"), options.clients}};
    result.insert(QStringLiteral("sqlite"),
                  measureBackend(options, options.workDir + QStringLiteral("/county-server.db")));
    if (!options.postgresUrl.isEmpty())
        result.insert(QStringLiteral("postgresql"), measureBackend(options, options.postgresUrl));
    return result;
}

} // namespace lianxin::bench
