#include "ServerFixture.h"

#include "support/Wait.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using lianxin::test::waitUntil;

namespace {

std::unique_ptr<QTcpSocket> connectTo(const ServerProcess &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(socket->waitForConnected(5000));
    return socket;
}

// Everything the server sends until it closes the connection (or 15 s pass).
QByteArray readUntilClosed(QTcpSocket &socket)
{
    QByteArray received;
    waitUntil([&] {
        received += socket.readAll();
        return socket.state() != QAbstractSocket::ConnectedState;
    }, 15000);
    return received + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// The value in kB of a line of /proc/PID/status (VmRSS, VmHWM).
qint64 procStatusKb(qint64 pid, const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    FAIL("no " << name.toStdString() << " in /proc/PID/status");
    return 0;
}

QByteArray pushRequest(const QByteArray &body, const QString &token)
{
    return "POST /api/v1/changes HTTP/1.1\r\nHost: x\r\nX-Lianxin-Protocol: 1\r\nContent-Type: application/json\r\n"
           "Authorization: Bearer " + token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

TEST_CASE("Framing that could be read two ways is refused with one answer and the connection closed")
{
    ServerProcess server;
    // The body of each is a second request: a server that misreads the framing answers it too.
    const QByteArray smuggled = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray length = QByteArray::number(smuggled.size());
    struct Case
    {
        const char *name;
        QByteArray headers;
        int status;
    };
    const QList<Case> cases{
        {"two equal Content-Lengths", "Content-Length: " + length + "\r\nContent-Length: " + length + "\r\n", 400},
        {"two different Content-Lengths", "Content-Length: 0\r\nContent-Length: " + length + "\r\n", 400},
        {"a list in Content-Length", "Content-Length: " + length + ", 0\r\n", 400},
        {"Transfer-Encoding with a blank before the colon", "Transfer-Encoding : chunked\r\n", 400},
        {"Transfer-Encoding and Content-Length", "Transfer-Encoding: chunked\r\nContent-Length: " + length + "\r\n", 400},
        {"chunked without Content-Length", "Transfer-Encoding: chunked\r\n", 411},
        {"a folded Content-Length", "X-A: 1\r\n Content-Length: " + length + "\r\n", 400},
        {"a bare LF before Content-Length", "X-A: 1\nContent-Length: " + length + "\r\n", 400},
    };
    for (const Case &test : cases) {
        INFO(test.name);
        auto socket = connectTo(server);
        socket->write("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nX-Lianxin-Protocol: 1\r\nContent-Type: application/json\r\n" +
                      test.headers + "\r\n" + smuggled);
        const QByteArray received = readUntilClosed(*socket);
        INFO(received.toStdString());
        CHECK(statusOf(received) == test.status);
        CHECK(received.count("HTTP/1.1 ") == 1);
        CHECK(socket->state() != QAbstractSocket::ConnectedState);
    }
    CHECK(server.request("GET", QStringLiteral("/api/v1/health")).status == 200);
    // Taking connections writes nothing to standard error (Qt HttpServer wrote a line for each).
    CHECK_FALSE(server.process().readAllStandardError().contains("nextPendingConnection"));
}

TEST_CASE("Request heads over 16 KiB are refused with 431 however they are split into segments")
{
    ServerProcess server;
    auto socket = connectTo(server);
    socket->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: ");
    REQUIRE(socket->waitForBytesWritten(5000));
    QTest::qWait(100);
    const QByteArray piece(4096, 'p');
    QByteArray received;
    for (int i = 0; i < 64 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write(piece);
        socket->waitForBytesWritten(1000);
        socket->waitForReadyRead(10);
        received += socket->readAll();
    }
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->write("\r\n\r\n");
    received += readUntilClosed(*socket);
    INFO(received.left(300).toStdString());
    CHECK(statusOf(received) == 431);
    CHECK(server.request("GET", QStringLiteral("/api/v1/health")).status == 200);
}

TEST_CASE("A request trickled a byte at a time is ended by the whole-request deadline")
{
    // The idle timeout alone would never end it: each byte comes well within it.
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("request_timeout_seconds=2"), QStringLiteral("--set"),
                          QStringLiteral("idle_timeout_seconds=60")});
    const auto trickle = [&](const QByteArray &bytes) {
        auto socket = connectTo(server);
        QByteArray received;
        for (qsizetype i = 0; i < bytes.size() && socket->state() == QAbstractSocket::ConnectedState && received.isEmpty(); ++i) {
            socket->write(bytes.mid(i, 1));
            socket->waitForBytesWritten(1000);
            socket->waitForReadyRead(250);
            received += socket->readAll();
        }
        return received + readUntilClosed(*socket);
    };
    // 200 bytes at 4 a second take 50 s: the deadline ends each after about 2.
    const QByteArray head = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(200, 'p') + "\r\n\r\n";
    QDeadlineTimer generous(30000);
    const QByteArray headAnswer = trickle(head);
    INFO(headAnswer.toStdString());
    CHECK(statusOf(headAnswer) == 408);
    const QByteArray body = "POST /api/v1/session HTTP/1.1\r\nHost: x\r\nX-Lianxin-Protocol: 1\r\nContent-Type: application/json\r\n"
                            "Content-Length: 200\r\n\r\n" + QByteArray(200, ' ');
    const QByteArray bodyAnswer = trickle(body);
    INFO(bodyAnswer.toStdString());
    CHECK(statusOf(bodyAnswer) == 408);
    CHECK_FALSE(generous.hasExpired());
    CHECK(server.request("GET", QStringLiteral("/api/v1/health")).status == 200);
}

TEST_CASE("Bodies held one byte short cannot exhaust the server's memory - later ones are refused, then served again")
{
    // The defaults: bodies of 16 MiB at most, 64 MiB of them in flight per address (all of these come from
    // one), 256 MiB in all.
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const qint64 pid = server.process().processId();
    const qint64 before = procStatusKb(pid, "VmRSS");

    constexpr qint64 kBody = 16 * 1024 * 1024; // max_body_bytes
    const QByteArray piece(1024 * 1024, 'x');
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 12; ++i) {
        auto &socket = sockets.emplace_back(connectTo(server));
        socket->write("POST /api/v1/changes HTTP/1.1\r\nHost: x\r\nX-Lianxin-Protocol: 1\r\nContent-Type: application/json\r\n"
                      "Authorization: Bearer " + token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(kBody) + "\r\n\r\n");
        for (qint64 sent = 0; sent < kBody - 1 && socket->state() == QAbstractSocket::ConnectedState;) {
            const QByteArray bytes = piece.left(qsizetype(qMin<qint64>(piece.size(), kBody - 1 - sent)));
            socket->write(bytes);
            sent += bytes.size();
            socket->waitForBytesWritten(5000);
        }
    }
    int refused = 0;
    int held = 0;
    for (const auto &socket : sockets) {
        socket->waitForReadyRead(200);
        const QByteArray received = socket->readAll();
        const int status = statusOf(received);
        INFO(received.left(300).toStdString());
        if (status == 503 || status == 429) {
            ++refused;
            CHECK(received.contains("Retry-After: "));
            CHECK(received.contains("\"error\""));
        } else {
            CHECK(received.isEmpty());
            ++held;
        }
    }
    CHECK(held <= 4);
    CHECK(refused >= 8);
    // Four bodies of 16 MiB, not twelve (Qt HttpServer took about 30 MB for each).
    const qint64 peak = procStatusKb(pid, "VmHWM");
    INFO("VmRSS before " << before << " kB, peak " << peak << " kB");
    CHECK(peak - before < 150 * 1024);

    // Once the connections holding bodies go, a large body is received again.
    sockets.clear();
    const QByteArray large = QByteArray(8 * 1024 * 1024, ' ') + "{}";
    int status = 0;
    CHECK(waitUntil([&] {
        status = server.raw(pushRequest(large, token)).status;
        return status != 503 && status != 429;
    }, 10000));
    CHECK(status == 400);
}

TEST_CASE("SIGTERM under keep-alive load answers every request it committed and takes no new request")
{
    ServerProcess server;
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const QString grid = regionId(server, token, QStringLiteral("34082810120101"));

    struct Client
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray received;
        QString batch;
        bool sentAfterStop = false;
    };
    bool stopSeen = false;
    int answered = 0;
    int answeredAfterStop = 0;
    QHash<QString, QByteArray> unanswered; // batch id -> body
    const auto sendNext = [&](Client &client) {
        client.batch = newId();
        QList<QJsonObject> rows;
        for (int i = 0; i < 3; ++i)
            rows.append(insertRow(QStringLiteral("households"), newId(), {{QStringLiteral("grid_id"), grid},
                                                                         {QStringLiteral("address"), QStringLiteral("甲村%1号").arg(i)}}));
        const QByteArray body = pushBody(client.batch, rows);
        unanswered.insert(client.batch, body);
        client.sentAfterStop = stopSeen;
        client.socket->write(pushRequest(body, token));
    };
    // An answer complete in `received`, taken from it; empty while incomplete.
    const auto takeAnswer = [](QByteArray &received) {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return QByteArray();
        const QByteArray head = received.left(end).toLower();
        const qsizetype at = head.indexOf("content-length: ");
        const qsizetype length = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
        if (received.size() < end + 4 + length)
            return QByteArray();
        const QByteArray answer = received.left(end + 4 + length);
        received.remove(0, answer.size());
        return answer;
    };

    // One kept-alive connection that is idle when the signal comes, and several busy ones.
    auto idle = connectTo(server);
    idle->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray idleReceived;
    REQUIRE(waitUntil([&] {
        idle->waitForReadyRead(10);
        idleReceived += idle->readAll();
        return !takeAnswer(idleReceived).isEmpty();
    }));
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 6; ++i) {
        auto &client = clients.emplace_back(std::make_unique<Client>());
        client->socket = connectTo(server);
        Client *c = client.get();
        QObject::connect(c->socket.get(), &QTcpSocket::readyRead, c->socket.get(), [&, c] {
            c->received += c->socket->readAll();
            for (QByteArray answer = takeAnswer(c->received); !answer.isEmpty(); answer = takeAnswer(c->received)) {
                INFO(answer.left(300).toStdString());
                CHECK(statusOf(answer) == 200);
                unanswered.remove(c->batch);
                ++answered;
                answeredAfterStop += c->sentAfterStop ? 1 : 0;
                // Go on as a client that ignores Connection: close would: the server must not serve it.
                if (c->socket->state() == QAbstractSocket::ConnectedState)
                    sendNext(*c);
            }
        });
        sendNext(*c);
    }
    QObject::connect(&server.process(), &QProcess::readyReadStandardError, &server.process(), [&] {
        stopSeen |= server.process().readAllStandardError().contains("stopping");
    });
    REQUIRE(waitUntil([&] { return answered >= 30; }, 30000));
    // A request half sent when the signal comes, finished after it: in flight, so answered.
    auto partial = connectTo(server);
    partial->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    REQUIRE(partial->waitForBytesWritten(5000));
    QTest::qWait(200);
    server.process().terminate();
    REQUIRE(waitUntil([&] { return stopSeen; }, 15000));
    partial->write("\r\n");
    // A new request on the idle kept-alive connection, sent after the server said it stopped taking any.
    idle->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    REQUIRE(waitUntil([&] { return server.process().state() == QProcess::NotRunning; }, 30000));
    CHECK(server.process().exitStatus() == QProcess::NormalExit);
    CHECK(server.process().exitCode() == 0);
    CHECK(statusOf(readUntilClosed(*idle)) == 0);
    const QByteArray partialAnswer = readUntilClosed(*partial);
    CHECK(statusOf(partialAnswer) == 200);
    CHECK(partialAnswer.contains("Connection: close"));
    for (const auto &client : clients)
        readUntilClosed(*client->socket);
    CHECK(answeredAfterStop == 0);

    // Every batch that went unanswered left nothing behind: sent again, none is answered as a replay.
    const auto restarted = ServerProcess::sharing(server);
    INFO(unanswered.size() << " unanswered batches of " << answered + unanswered.size());
    for (auto it = unanswered.cbegin(); it != unanswered.cend(); ++it) {
        const HttpReply again = restarted->request("POST", QStringLiteral("/api/v1/changes"), it.value(), {}, token);
        CHECK(again.status == 200);
        CHECK(again.header("X-Lianxin-Replayed").isEmpty());
    }
}

TEST_CASE("The access log records route patterns, never a client's path, and no request forges a line")
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("access.log"));
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("access_log=") + logPath});
    seedCounty(server);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    CHECK(server.request("GET", QStringLiteral("/api/v1/blobs/13800138000")).status == 401);
    CHECK(server.request("POST", QStringLiteral("/api/v1/blobs/340828199001011234"), "{}", {}, token).status == 405);
    CHECK(server.request("GET", QStringLiteral("/api/v1/blobs/13900139000"), {}, {}, token).status >= 400);
    CHECK(server.request("GET", QStringLiteral("/api/v1/persons/13700137000")).status == 404);
    const HttpReply forged = server.raw("GET /api/v1/blobs/x%0A2026-01-01T00:00:00.000Z%20GET%20/api/v1/forged%20200 HTTP/1.1\r\n"
                                        "Host: x\r\nX-Lianxin-Protocol: 1\r\n\r\n");
    CHECK(forged.status == 401);
    CHECK(server.raw("GET /api/v1/x%0D%0Aforged%1B[2J HTTP/1.1\r\nHost: x\r\n\r\n").status == 404);

    // Each line is written before its answer is sent.
    QFile log(logPath);
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    INFO(text.toStdString());
    for (const char *secret : {"13800138000", "340828199001011234", "13900139000", "13700137000", "forged", "persons"})
        CHECK_FALSE(text.contains(secret));
    CHECK(text.contains("GET /api/v1/blobs/{sha256} 401"));
    CHECK(text.contains("POST /api/v1/blobs/{sha256} 405"));
    CHECK(text.contains("GET (unknown path) 404"));
    const QRegularExpression line(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z [A-Z-]+ \\S.* \\d{3} in="));
    for (const QByteArray &entry : text.split('\n')) {
        if (entry.isEmpty())
            continue;
        INFO(entry.toStdString());
        CHECK(line.match(QString::fromUtf8(entry)).hasMatch());
    }
}
