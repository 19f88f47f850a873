#include "ServerFixture.h"

#include "support/Wait.h"

#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

#include <vector>

namespace {

QString postgresBaseUrl()
{
    QFile state(QStringLiteral(LIANXIN_TEST_POSTGRES_STATE));
    if (!state.open(QIODevice::ReadOnly))
        FAIL("No PostgreSQL state file: the postgres.start CTest fixture did not run (run the tests through ctest)");
    for (const QByteArray &line : state.readAll().split('\n')) {
        if (line.startsWith("url="))
            return QString::fromUtf8(line.mid(4));
    }
    FAIL("the PostgreSQL state file holds no url");
    return {};
}

// Runs `statement` on the cluster's maintenance database.
void onCluster(const QString &baseUrl, const QString &statement)
{
    const QUrl url(baseUrl);
    const QString name = QStringLiteral("cluster-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TestDatabase::TestDatabase()
{
    if (QLatin1String(LIANXIN_TEST_BACKEND) == QLatin1String("postgresql")) {
        m_adminUrl = postgresBaseUrl();
        // Identifiers cannot be bound; this one is made here from hex digits only.
        m_postgresName = QStringLiteral("lianxin_t_") + QUuid::createUuid().toString(QUuid::Id128);
        onCluster(m_adminUrl, QStringLiteral("CREATE DATABASE ") + m_postgresName);
        m_url = m_adminUrl.left(m_adminUrl.lastIndexOf(QLatin1Char('/')) + 1) + m_postgresName;
    } else {
        REQUIRE(m_dir.isValid());
        m_url = m_dir.filePath(QStringLiteral("server.db"));
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresName.isEmpty())
        onCluster(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS ") + m_postgresName + QStringLiteral(" WITH (FORCE)"));
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpReply::errorField() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

QString ServerProcess::serverPath()
{
    return QStringLiteral(LIANXIN_SERVER_PATH);
}

ServerProcess::ServerProcess(const QStringList &extraArgs) : m_database(std::make_shared<TestDatabase>())
{
    REQUIRE(admin({QStringLiteral("init")}) == 0);
    start(extraArgs);
}

ServerProcess::ServerProcess(std::shared_ptr<TestDatabase> database, const QStringList &extraArgs)
    : m_database(std::move(database))
{
    start(extraArgs);
}

std::unique_ptr<ServerProcess> ServerProcess::sharing(const ServerProcess &other, const QStringList &extraArgs)
{
    return std::unique_ptr<ServerProcess>(new ServerProcess(other.m_database, extraArgs));
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void ServerProcess::start(const QStringList &extraArgs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(serverPath());
    m_process->setArguments(QStringList{QStringLiteral("--database"), m_database->url(), QStringLiteral("--port"),
                                        QStringLiteral("0"), QStringLiteral("--set"), QStringLiteral("threads=2"),
                                        QStringLiteral("--set"), QStringLiteral("access_log=off")}
                            + extraArgs);
    m_process->start();
    REQUIRE(m_process->waitForStarted(10000));
    QByteArray output;
    const bool listening = lianxin::test::waitUntil([&] {
        m_process->waitForReadyRead(50);
        output += m_process->readAllStandardOutput();
        return output.contains("listening on") || m_process->state() == QProcess::NotRunning;
    }, 15000);
    INFO(output.toStdString() << m_process->readAllStandardError().toStdString());
    REQUIRE(listening);
    REQUIRE(output.contains("listening on"));
    const qsizetype colon = output.indexOf(':', output.indexOf("://") + 3);
    m_port = quint16(output.mid(colon + 1, output.indexOf(' ', colon) - colon - 1).toUInt());
    REQUIRE(m_port > 0);
}

int ServerProcess::admin(const QStringList &args, const QByteArray &input, QByteArray *output) const
{
    QProcess process;
    process.start(serverPath(), QStringList{QStringLiteral("admin")} + args
                                    + QStringList{QStringLiteral("--database"), m_database->url()});
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    if (output)
        *output = out;
    UNSCOPED_INFO("admin " << args.join(QLatin1Char(' ')).toStdString() << ": " << out.toStdString());
    return process.exitCode();
}

HttpReply ServerProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, const QString &token) const
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    bool protocolGiven = false;
    bool typeGiven = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        protocolGiven |= name.compare("X-Lianxin-Protocol", Qt::CaseInsensitive) == 0;
        typeGiven |= name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!protocolGiven)
        request.setRawHeader("X-Lianxin-Protocol", "1");
    if (!typeGiven && !body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(reply->isFinished());
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    delete reply;
    return result;
}

namespace {

// Reads one answer from a socket a request was written on.
HttpReply readReply(QTcpSocket &socket)
{
    QByteArray received;
    HttpReply reply;
    const bool complete = lianxin::test::waitUntil([&] {
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForReadyRead(50);
        received += socket.readAll();
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return socket.state() != QAbstractSocket::ConnectedState;
        const QList<QByteArray> lines = received.left(end).split('\n');
        reply.status = lines.first().split(' ').value(1).toInt();
        reply.headers.clear();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = reply.header("Content-Length").toLongLong();
        reply.body = received.mid(end + 4);
        return reply.body.size() >= length;
    }, 15000);
    INFO(received.left(500).toStdString());
    REQUIRE(complete);
    return reply;
}

} // namespace

HttpReply ServerProcess::raw(const QByteArray &bytes) const
{
    return rawAtOnce({bytes}).first();
}

QList<HttpReply> ServerProcess::rawAtOnce(const QList<QByteArray> &requests) const
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const QByteArray &bytes : requests) {
        auto &socket = sockets.emplace_back(std::make_unique<QTcpSocket>());
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        REQUIRE(socket->waitForConnected(5000));
        socket->write(bytes);
        socket->waitForBytesWritten(5000); // a refusal may close the connection before all is written
    }
    QList<HttpReply> replies;
    for (const auto &socket : sockets)
        replies.append(readReply(*socket));
    return replies;
}

QString ServerProcess::signIn(const QString &username, const QString &password) const
{
    const HttpReply reply = request("POST", QStringLiteral("/api/v1/session"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                              {QStringLiteral("password"), password}})
                                        .toJson());
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 201);
    return reply.json().value(QStringLiteral("token")).toString();
}

int ServerProcess::terminate()
{
    m_process->terminate();
    REQUIRE(m_process->waitForFinished(30000));
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void seedCounty(const ServerProcess &server)
{
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("regions.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("code,name,kind,parent_code,sort_order\n"
              "340828,岳西县,county,,0\n"
              "340828101,甲镇,town,340828,1\n"
              "340828102,乙镇,town,340828,2\n"
              "340828101201,甲村,village,340828101,1\n"
              "340828102201,乙村,village,340828102,1\n"
              "34082810120101,甲村第1网格,grid,340828101201,1\n"
              "34082810220101,乙村第1网格,grid,340828102201,1\n");
    csv.close();
    REQUIRE(server.admin({QStringLiteral("import-regions"), csv.fileName()}) == 0);
    const QList<QStringList> accounts{
        {QStringLiteral("county"), QStringLiteral("county_admin"), QStringLiteral("340828")},
        {QStringLiteral("town_a"), QStringLiteral("township_admin"), QStringLiteral("340828101")},
        {QStringLiteral("town_b"), QStringLiteral("township_admin"), QStringLiteral("340828102")},
        {QStringLiteral("officer_a"), QStringLiteral("grid_officer"), QStringLiteral("34082810120101")},
        {QStringLiteral("mediator_a"), QStringLiteral("mediator"), QStringLiteral("340828101201")},
    };
    for (const QStringList &account : accounts) {
        REQUIRE(server.admin({QStringLiteral("add-user"), account[0], QStringLiteral("--name"), QStringLiteral("测试") + account[0],
                              QStringLiteral("--role"), account[1], QStringLiteral("--scope"), account[2]},
                             "password-1\n") == 0);
    }
}

QByteArray pushBody(const QString &batchId, const QList<QJsonObject> &rows, const QString &deviceId)
{
    QJsonArray array;
    for (const QJsonObject &row : rows)
        array.append(row);
    return QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                     {QStringLiteral("device_id"), deviceId},
                                     {QStringLiteral("rows"), array}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject insertRow(const QString &table, const QString &id, const QJsonObject &fields)
{
    return {{QStringLiteral("table"), table}, {QStringLiteral("id"), id}, {QStringLiteral("op"), QStringLiteral("insert")},
            {QStringLiteral("changed_at"), QStringLiteral("2026-11-29T02:30:00.000Z")}, {QStringLiteral("fields"), fields}};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString regionId(const ServerProcess &server, const QString &token, const QString &code)
{
    const HttpReply reply = server.request("GET", QStringLiteral("/api/v1/regions"), {}, {}, token);
    REQUIRE(reply.status == 200);
    for (const QJsonValue &row : reply.json().value(QStringLiteral("rows")).toArray()) {
        if (row.toArray().at(2).toString() == code)
            return row.toArray().at(0).toString();
    }
    return {};
}

SyncDevice::SyncDevice(const ServerProcess &server, const QString &username)
{
    auto opened = lianxin::Database::open({dir.filePath(QStringLiteral("lianxin.db"))});
    REQUIRE(opened.ok());
    database = std::move(opened).value();
    engine = std::make_unique<lianxin::SyncEngine>(*database, QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const lianxin::Status signedIn = engine->signIn(username, QStringLiteral("password-1"));
    INFO((signedIn ? QString() : signedIn.error().message).toStdString());
    REQUIRE(signedIn.ok());
}

SyncDevice::~SyncDevice() = default;

lianxin::SyncReport SyncDevice::sync()
{
    const auto report = engine->run();
    INFO((report ? QString() : report.error().field + QStringLiteral(": ") + report.error().message).toStdString());
    REQUIRE(report.ok());
    return *report;
}
