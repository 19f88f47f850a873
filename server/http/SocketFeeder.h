#pragma once

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

namespace lianxin::server {

struct ConnectionLimits
{
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int idleTimeoutSeconds = 60;
    std::optional<QSslConfiguration> tls;
};

// Hands connections accepted on the listening thread to this thread's HTTP server, and guards them
// before Qt's HTTP parser sees their bytes: a request announcing a body over the limit gets 413 before
// its body is read, one whose bytes pass the limit anyway (no length given) is cut off with 413, headers
// over 16 KiB get 431, and a connection silent for the idle timeout is closed. Qt HttpServer 6.4 itself
// would buffer any body whole.
class SocketFeeder : public QTcpServer
{
    Q_OBJECT

public:
    explicit SocketFeeder(ConnectionLimits limits, QObject *parent = nullptr);

    // Takes over an accepted socket descriptor; runs on this object's thread.
    void adopt(qintptr descriptor);
    // Closes the connections that are between requests; returns how many are still busy.
    int closeIdle();
    int connectionCount() const { return int(m_states.size()); }

private:
    struct State
    {
        qint64 requestBytes = 0;
        qint64 lastActivity = 0;
    };
    void guard(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QByteArray &reason, const QString &message);
    void closeSilent();

    ConnectionLimits m_limits;
    QHash<QTcpSocket *, State> m_states;
    QTimer m_idleTimer;
};

} // namespace lianxin::server
