#pragma once

#include "core/common/Result.h"
#include "server/api/Api.h"
#include "server/http/HttpWorker.h"
#include "server/http/SocketFeeder.h"
#include "server/storage/DatabaseUrl.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QThread>

#include <memory>
#include <vector>

namespace lianxin::server {

class AccessLog;

struct HttpServiceOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8470;
    int threads = 4;
    RequestOptions request;
    int shutdownGraceSeconds = 10;
    ConnectionLimits limits;
    ApiOptions api;
    DatabaseUrl database;
};

// The listening socket and the request threads. Connections are accepted here and handed round-robin to
// the threads; each thread has its own Qt HTTP server, database connection and Api, and handles its
// requests start to finish (requests of one connection in order).
class HttpService : public QTcpServer
{
    Q_OBJECT

public:
    HttpService(HttpServiceOptions options, AccessLog &accessLog, QObject *parent = nullptr);
    ~HttpService() override;

    // Opens every thread's database connection, then listens.
    [[nodiscard]] Status start();
    // Graceful shutdown: stop accepting, let requests in flight finish (up to the grace period), close.
    void stop();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpServiceOptions m_options;
    AccessLog &m_accessLog;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<HttpWorker *> m_workers;
    size_t m_next = 0;
};

} // namespace lianxin::server
