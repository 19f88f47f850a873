#include "tests/bench/HeavyBatchBench.h"

#include "tests/bench/ApiClient.h"
#include "tests/bench/BenchSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace lianxin::bench {

namespace {

struct Household
{
    QString id;
    qint64 version = 0;
    QString grid;
};

// Every household the account's pull gives, with its version and grid.
QList<Household> pullHouseholds(ApiClient &client)
{
    QList<Household> households;
    qint64 after = 0;
    for (bool more = true; more;) {
        const QJsonObject page = client.wait("GET", QStringLiteral("/changes?after=%1&limit=5000").arg(after));
        for (const QJsonValue &value : page.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject table = value.toObject();
            if (table.value(QStringLiteral("table")).toString() != QStringLiteral("households"))
                continue;
            const qsizetype grid = table.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("grid_id"));
            for (const QJsonValue &row : table.value(QStringLiteral("rows")).toArray())
                households.append({row[0].toString(), row[1].toInteger(), row[grid].toString()});
        }
        after = page.value(QStringLiteral("next_after")).toInteger();
        more = page.value(QStringLiteral("has_more")).toBool();
    }
    return households;
}

} // namespace

QJsonObject measureHeavyBatch(const QString &base, int households, int writers)
{
    ApiClient mover(base);
    mover.signIn(QStringLiteral("admin"));
    const QList<Household> all = pullHouseholds(mover);
    if (all.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("the administrator's pull has no households")}};
    // Every household outside the first one's grid moves into it.
    const QString to = all.first().grid;
    QJsonArray moves;
    for (const Household &household : all) {
        if (household.grid != to && moves.size() < households)
            moves.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("households")}, {QStringLiteral("id"), household.id},
                                     {QStringLiteral("op"), QStringLiteral("update")}, {QStringLiteral("base_version"), household.version},
                                     {QStringLiteral("fields"), QJsonObject{{QStringLiteral("grid_id"), to}}}});
    }
    if (moves.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("the administrator's scope has one grid")}};

    // The writers: each sends a batch of five new households as soon as its last one is answered.
    bool heavyDone = false;
    QList<double> writerMs;
    int writerFailures = 0;
    int writersRunning = writers;
    QEventLoop loop;
    std::vector<std::unique_ptr<ApiClient>> clients;
    std::function<void(ApiClient *)> write = [&](ApiClient *client) {
        if (heavyDone) {
            if (--writersRunning == 0)
                loop.quit();
            return;
        }
        QJsonArray rows;
        for (int i = 0; i < 5; ++i)
            rows.append(QJsonObject{{QStringLiteral("table"), QStringLiteral("households")}, {QStringLiteral("id"), newId()},
                                    {QStringLiteral("op"), QStringLiteral("insert")},
                                    {QStringLiteral("fields"), QJsonObject{{QStringLiteral("grid_id"), to}, {QStringLiteral("address"), QStringLiteral("测试%1号").arg(i)}}}});
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = client->send("POST", QStringLiteral("/changes"), pushBody(rows));
        QObject::connect(reply, &QNetworkReply::finished, &client->manager(), [&, reply, timer, client] {
            writerMs.append(elapsedMs(*timer));
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++writerFailures;
            reply->deleteLater();
            write(client);
        });
    };
    for (int i = 0; i < writers; ++i) {
        clients.push_back(std::make_unique<ApiClient>(base));
        clients.back()->signIn(QStringLiteral("admin"));
    }

    // The mover sends the batch, then what was deferred, until every move is applied.
    QList<double> batchMs;
    int applied = 0;
    std::function<void(QJsonArray)> sendMoves = [&](QJsonArray rows) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = mover.send("POST", QStringLiteral("/changes"), pushBody(rows));
        QObject::connect(reply, &QNetworkReply::finished, &mover.manager(), [&, reply, timer, rows] {
            batchMs.append(elapsedMs(*timer));
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            QJsonArray again;
            const QJsonArray results = answer.value(QStringLiteral("rows")).toArray();
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (results.at(i)[QStringLiteral("status")].toString() == QStringLiteral("deferred"))
                    again.append(rows.at(i));
            }
            applied += answer.value(QStringLiteral("accepted")).toInt();
            if (again.isEmpty() || results.isEmpty())
                heavyDone = true;
            else
                sendMoves(again);
        });
    };
    QElapsedTimer wall;
    wall.start();
    sendMoves(moves);
    for (const auto &client : clients)
        write(client.get());
    loop.exec();
    return {{QStringLiteral("households_moved"), applied},
            {QStringLiteral("batches"), int(batchMs.size())},
            {QStringLiteral("worst_batch_ms"), percentile(batchMs, 1.0)},
            {QStringLiteral("all_batches_ms"), elapsedMs(wall)},
            {QStringLiteral("writers"), writers},
            {QStringLiteral("writer_requests"), int(writerMs.size())},
            {QStringLiteral("writer_p50_ms"), percentile(writerMs, 0.5)},
            {QStringLiteral("writer_p99_ms"), percentile(writerMs, 0.99)},
            {QStringLiteral("writer_max_ms"), percentile(writerMs, 1.0)},
            {QStringLiteral("writer_failures"), writerFailures}};
}

} // namespace lianxin::bench
