#pragma once

#include "server/api/ApiTypes.h"
#include "server/http/RequestReader.h"

#include <QHostAddress>
#include <QList>

namespace lianxin::server {

class AccessLog;
class Api;

// How requests are read once their bytes are in.
struct RequestOptions
{
    qint64 maxInflatedBytes = 64 * 1024 * 1024;
    // Load balancers or TLS proxies whose X-Forwarded-For names the client (for counting failed sign-ins
    // and bodies in flight per address); the header of anyone else is ignored.
    QList<QHostAddress> trustedProxies;
};

// An answer ready for the wire.
struct HttpAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Status line, headers with Content-Length (and Connection: close when the connection ends), body.
    [[nodiscard]] QByteArray bytes(bool close) const;
};

// Between a connection and the Api of its thread: inflates gzip bodies, names the client, asks the Api,
// encodes the answer (gzip for large ones, never cached), and writes the access log line.
class ApiExchange
{
public:
    ApiExchange(Api &api, AccessLog &log, RequestOptions options);

    [[nodiscard]] HttpAnswer answer(const HttpRequest &request, const QHostAddress &peer);
    // The answer to a request that was refused before it was read whole; logged without method or path.
    [[nodiscard]] HttpAnswer refusal(const HttpRefusal &refusal, qint64 bytesIn);
    // The address requests are counted under: the peer's, or, from a trusted proxy, the last address the
    // proxy appended to X-Forwarded-For.
    [[nodiscard]] QString clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    std::optional<ApiResponse> decodeBody(const QByteArray &raw, ApiRequest *request) const;
    HttpAnswer encode(ApiResponse response, bool gzipAccepted) const;

    Api &m_api;
    AccessLog &m_log;
    RequestOptions m_options;
};

} // namespace lianxin::server
