#pragma once

#include "core/common/Result.h"
#include "server/api/Api.h"
#include "server/http/BodyBudget.h"
#include "server/http/HttpWorker.h"
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
    BodyBudgetLimits bodyBudget;
    ApiOptions api;
    DatabaseUrl database;
};

// The listening socket and the request threads. Connections are accepted here and their descriptors handed
// round-robin to the threads; each thread has its own database connection and Api, and handles its
// requests start to finish (requests of one connection in order).
class HttpService : public QTcpServer
{
    Q_OBJECT

public:
    HttpService(HttpServiceOptions options, AccessLog &accessLog, QObject *parent = nullptr);
    ~HttpService() override;

    // Opens every thread's database connection, then listens.
    [[nodiscard]] Status start();
    // Shutdown, first step: stop listening; connections between requests close at once, the others take
    // no request after the one in flight. Returns how many requests are in flight.
    int stopTakingRequests();
    // Graceful shutdown: stopTakingRequests(), then let the requests in flight be answered (up to the
    // grace period) and end the threads.
    void stop();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpServiceOptions m_options;
    AccessLog &m_accessLog;
    BodyBudget m_budget;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<HttpWorker *> m_workers;
    size_t m_next = 0;
};

} // namespace lianxin::server
