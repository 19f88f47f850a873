#include "server/http/HttpWorker.h"

#include "core/net/Gzip.h"
#include "server/http/AccessLog.h"
#include "server/storage/ServerDatabase.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>

#include <algorithm>

namespace lianxin::server {

namespace {
constexpr qsizetype kCompressFrom = 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}
} // namespace

// Qt's HTTP server with one handler for every request: the Api.
class ApiHttpServer : public QAbstractHttpServer
{
public:
    ApiHttpServer(Api &api, AccessLog &log, const RequestOptions &options, QObject *parent)
        : QAbstractHttpServer(parent), m_api(api), m_log(log), m_options(options)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QElapsedTimer timer;
        timer.start();
        ApiRequest apiRequest;
        apiRequest.method = methodName(request.method());
        apiRequest.path = request.url().path();
        apiRequest.query = request.query();
        for (const auto &[name, value] : request.headers())
            apiRequest.headers.insert(name.toLower(), value);
        apiRequest.peer = clientAddress(request.remoteAddress(), apiRequest.header("x-forwarded-for"));
        const QByteArray &raw = request.body();
        ApiResponse response = decodeBody(raw, &apiRequest) ? m_api.handle(apiRequest) : m_bodyError;

        QByteArray body = response.empty ? QByteArray() : QJsonDocument(response.body).toJson(QJsonDocument::Compact);
        if (!response.empty)
            response.addHeader("Content-Type", "application/json; charset=utf-8");
        if (body.size() >= kCompressFrom && apiRequest.header("accept-encoding").contains("gzip")) {
            body = gzip::compress(body);
            response.addHeader("Content-Encoding", "gzip");
        }
        response.addHeader("Content-Length", QByteArray::number(body.size()));
        response.addHeader("Cache-Control", "no-store");

        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        for (const auto &[name, value] : std::as_const(response.headers))
            responder.writeHeader(name, value);
        responder.writeBody(body);
        // An unknown path is whatever a client typed, so it is not logged.
        m_log.write(apiRequest.method, response.status == 404 ? QStringLiteral("(unknown path)") : apiRequest.path, response.status, raw.size(), body.size(),
                    double(timer.nsecsElapsed()) / 1e6, response.accountId);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    // The address failed sign-ins are counted under: the peer's, or, from a trusted proxy, the last
    // address the proxy appended to X-Forwarded-For.
    QString clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const
    {
        const bool trusted = std::any_of(m_options.trustedProxies.cbegin(), m_options.trustedProxies.cend(),
                                         [&](const QHostAddress &proxy) { return proxy.isEqual(peer, QHostAddress::TolerantConversion); });
        if (forwardedFor.isEmpty() || !trusted)
            return peer.toString();
        const QHostAddress client(QString::fromLatin1(forwardedFor.split(',').last().trimmed()));
        return client.isNull() ? peer.toString() : client.toString();
    }

    bool decodeBody(const QByteArray &raw, ApiRequest *request)
    {
        const QByteArray encoding = request->header("content-encoding").trimmed().toLower();
        if (encoding.isEmpty() || encoding == "identity") {
            request->body = raw;
            return true;
        }
        if (encoding != "gzip") {
            m_bodyError = ApiResponse::error(415, QStringLiteral("unsupported_encoding"),
                                             QStringLiteral("Send the body plain or gzip-compressed."),
                                             QStringLiteral("Content-Encoding"));
            return false;
        }
        const auto inflated = gzip::decompress(raw, m_options.maxInflatedBytes);
        if (!inflated) {
            m_bodyError = ApiResponse::error(400, QStringLiteral("invalid_gzip"),
                                             QStringLiteral("The body is not valid gzip, or it inflates to more than %1 bytes.")
                                                 .arg(m_options.maxInflatedBytes),
                                             QStringLiteral("body"));
            return false;
        }
        request->body = *inflated;
        return true;
    }

    Api &m_api;
    AccessLog &m_log;
    RequestOptions m_options;
    ApiResponse m_bodyError;
};

HttpWorker::HttpWorker(const DatabaseUrl &database, const ApiOptions &api, const ConnectionLimits &limits,
                       const RequestOptions &request, AccessLog &accessLog)
    : m_url(database), m_apiOptions(api), m_limits(limits), m_request(request), m_accessLog(accessLog)
{
}

HttpWorker::~HttpWorker() = default;

Status HttpWorker::open()
{
    auto database = ServerDatabase::open(m_url);
    if (!database)
        return database.error();
    m_database = std::move(database).value();
    m_api = std::make_unique<Api>(*m_database, m_apiOptions);
    m_http = new ApiHttpServer(*m_api, m_accessLog, m_request, this);
    m_feeder = new SocketFeeder(m_limits);
    m_http->bind(m_feeder); // the HTTP server becomes the feeder's parent
    return {};
}

} // namespace lianxin::server
