#pragma once

#include "core/common/Result.h"
#include "server/api/Api.h"
#include "server/http/SocketFeeder.h"
#include "server/storage/DatabaseUrl.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

namespace lianxin::server {

class AccessLog;
class ApiHttpServer;
class ServerDatabase;

// How requests are read once their bytes are in.
struct RequestOptions
{
    qint64 maxInflatedBytes = 64 * 1024 * 1024;
    // Load balancers or TLS proxies whose X-Forwarded-For names the client (for counting failed sign-ins
    // per address); the header of anyone else is ignored.
    QList<QHostAddress> trustedProxies;
};

// Everything one request thread owns. Created on the listening thread, then moved to its own thread,
// where open() runs first.
class HttpWorker : public QObject
{
    Q_OBJECT

public:
    HttpWorker(const DatabaseUrl &database, const ApiOptions &api, const ConnectionLimits &limits,
               const RequestOptions &request, AccessLog &accessLog);
    ~HttpWorker() override;

    [[nodiscard]] Status open();
    SocketFeeder *feeder() const { return m_feeder; }

private:
    DatabaseUrl m_url;
    ApiOptions m_apiOptions;
    ConnectionLimits m_limits;
    RequestOptions m_request;
    AccessLog &m_accessLog;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<Api> m_api;
    ApiHttpServer *m_http = nullptr;
    SocketFeeder *m_feeder = nullptr;
};

} // namespace lianxin::server
