#pragma once

#include "core/common/Result.h"
#include "server/api/Api.h"
#include "server/http/ApiExchange.h"
#include "server/http/HttpConnection.h"
#include "server/storage/DatabaseUrl.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace lianxin::server {

class AccessLog;
class BodyBudget;
class ServerDatabase;

// Everything one request thread owns: its database connection, Api and client connections. Created on
// the listening thread, then moved to its own thread, where every other call runs.
class HttpWorker : public QObject
{
    Q_OBJECT

public:
    HttpWorker(const DatabaseUrl &database, const ApiOptions &api, const ConnectionLimits &limits,
               const RequestOptions &request, AccessLog &accessLog, BodyBudget &budget);
    ~HttpWorker() override;

    [[nodiscard]] Status open();
    // Takes over a socket descriptor the listening thread accepted.
    void adopt(qintptr descriptor);
    // Shutdown: connections between requests close now, the others after their answer; returns how
    // many are still busy.
    int stopTakingRequests();
    [[nodiscard]] int busyCount() const;

private:
    DatabaseUrl m_url;
    ApiOptions m_apiOptions;
    ConnectionLimits m_limits;
    RequestOptions m_request;
    AccessLog &m_accessLog;
    BodyBudget &m_budget;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<ApiExchange> m_exchange;
    QSet<HttpConnection *> m_connections;
    QTimer m_deadlines;
    bool m_stopping = false;
};

} // namespace lianxin::server
