#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
// Whether `bytes` hold a whole HTTP request: the head and as much body as it announces.
bool isComplete(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : bytes.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return bytes.size() >= end + 4 + length;
}
} // namespace

FaultProxy::FaultProxy(quint16 serverPort, quint32 seed, double faultRate)
    : m_serverPort(serverPort), m_random(seed), m_faultRate(faultRate)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        Fault fault = Fault::None;
        if (m_random.generateDouble() < m_faultRate) {
            fault = Fault(1 + m_random.bounded(5));
            ++m_faults;
        }
        relay(client, fault);
    }
}

void FaultProxy::relay(QTcpSocket *client, Fault fault)
{
    auto *upstream = new QTcpSocket(client);
    upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
    const int cutAt = 20 + int(m_random.bounded(400));
    const int delayMs = 50 + int(m_random.bounded(400));
    auto answered = std::make_shared<qint64>(0);
    auto requested = std::make_shared<QByteArray>();
    auto duplicated = std::make_shared<bool>(false);

    connect(client, &QTcpSocket::readyRead, upstream, [=, this] {
        const QByteArray bytes = client->readAll();
        requested->append(bytes);
        if (fault == Fault::ResetRequest && requested->size() > cutAt) {
            client->abort();
            return;
        }
        if (fault == Fault::Duplicate && !*duplicated && isComplete(*requested)) {
            // The whole first request also goes to the server on a connection of its own, whose answer
            // nobody reads.
            *duplicated = true;
            auto *twin = new QTcpSocket(client);
            twin->connectToHost(QHostAddress::LocalHost, m_serverPort);
            const QByteArray request = *requested;
            connect(twin, &QTcpSocket::connected, twin, [twin, request] { twin->write(request); });
        }
        if (fault == Fault::Delay)
            QTimer::singleShot(delayMs, upstream, [upstream, bytes] { upstream->write(bytes); });
        else if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(bytes);
        else
            connect(upstream, &QTcpSocket::connected, upstream, [upstream, bytes] { upstream->write(bytes); });
    });
    connect(upstream, &QTcpSocket::readyRead, client, [=] {
        QByteArray bytes = upstream->readAll();
        if ((fault == Fault::ResetAnswer || fault == Fault::TruncateAnswer) && *answered + bytes.size() > cutAt) {
            bytes.truncate(qMax<qsizetype>(0, cutAt - *answered));
            client->write(bytes);
            *answered += bytes.size();
            if (fault == Fault::ResetAnswer)
                client->abort();
            else
                client->disconnectFromHost();
            return;
        }
        *answered += bytes.size();
        client->write(bytes);
    });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}
