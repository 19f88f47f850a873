#include "server/http/SocketFeeder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>

namespace lianxin::server {

namespace {
constexpr qint64 kMaxHeaderBytes = 16 * 1024;

// The value of a header in a raw request head, or nothing.
std::optional<QByteArray> headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return std::nullopt;
}
} // namespace

SocketFeeder::SocketFeeder(ConnectionLimits limits, QObject *parent) : QTcpServer(parent), m_limits(std::move(limits))
{
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &SocketFeeder::closeSilent);
    m_idleTimer.start();
}

void SocketFeeder::adopt(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_limits.tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_limits.tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_states.insert(socket, {0, QDateTime::currentMSecsSinceEpoch()});
    // Connected before the HTTP server's own handler, so that the guard sees each chunk first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { guard(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_states.remove(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (auto it = m_states.find(socket); it != m_states.end())
            it->lastActivity = QDateTime::currentMSecsSinceEpoch();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    addPendingConnection(socket);
    emit newConnection();
}

void SocketFeeder::guard(QTcpSocket *socket)
{
    auto it = m_states.find(socket);
    if (it == m_states.end())
        return;
    it->lastActivity = QDateTime::currentMSecsSinceEpoch();
    if (!socket->isTransactionStarted()) {
        // A new request starts here: look at its head before anything is parsed.
        const QByteArray start = socket->peek(kMaxHeaderBytes);
        const qsizetype end = start.indexOf("\r\n\r\n");
        if (end < 0 && start.size() >= kMaxHeaderBytes)
            return refuse(socket, 431, "Request Header Fields Too Large", QStringLiteral("The request headers are too large."));
        if (end >= 0) {
            const QByteArray head = start.left(end);
            if (const auto length = headerValue(head, "content-length")) {
                bool numeric = false;
                const qint64 bytes = length->toLongLong(&numeric);
                if (!numeric || bytes < 0)
                    return refuse(socket, 400, "Bad Request", QStringLiteral("Content-Length is not a number."));
                if (bytes > m_limits.maxBodyBytes)
                    return refuse(socket, 413, "Payload Too Large",
                                  QStringLiteral("The body is larger than the server accepts (%1 bytes).").arg(m_limits.maxBodyBytes));
            }
        }
        it->requestBytes = socket->bytesAvailable();
    } else {
        it->requestBytes += socket->bytesAvailable();
    }
    if (it->requestBytes > m_limits.maxBodyBytes + kMaxHeaderBytes)
        refuse(socket, 413, "Payload Too Large",
               QStringLiteral("The body is larger than the server accepts (%1 bytes).").arg(m_limits.maxBodyBytes));
}

void SocketFeeder::refuse(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message)
{
    // Nobody else reads this connection any more.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QJsonObject error{{QStringLiteral("code"), status == 413   ? QStringLiteral("body_too_large")
                                                     : status == 431 ? QStringLiteral("headers_too_large")
                                                                     : QStringLiteral("bad_request")},
                            {QStringLiteral("message"), message}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

int SocketFeeder::closeIdle()
{
    // A request whose bytes are still in the kernel looks idle until this thread reads them: a
    // connection counts as idle only after a short quiet spell.
    constexpr qint64 kQuietMs = 300;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int busy = 0;
    const auto states = m_states;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QTcpSocket *socket = it.key();
        if (socket->isTransactionStarted() || socket->bytesToWrite() > 0 || socket->bytesAvailable() > 0 ||
            now - it->lastActivity < kQuietMs)
            ++busy;
        else
            socket->disconnectFromHost();
    }
    return busy;
}

void SocketFeeder::closeSilent()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto states = m_states;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (now - it->lastActivity > qint64(m_limits.idleTimeoutSeconds) * 1000)
            it.key()->abort();
    }
}

} // namespace lianxin::server
