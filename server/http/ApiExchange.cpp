#include "server/http/ApiExchange.h"

#include "core/net/Gzip.h"
#include "server/api/Api.h"
#include "server/http/AccessLog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace lianxin::server {

namespace {
constexpr qsizetype kCompressFrom = 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    case 507: return "Insufficient Storage";
    default: return {};
    }
}
} // namespace

QByteArray HttpAnswer::bytes(bool close) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    return out + "\r\n" + body;
}

ApiExchange::ApiExchange(Api &api, AccessLog &log, RequestOptions options)
    : m_api(api), m_log(log), m_options(std::move(options))
{
}

HttpAnswer ApiExchange::answer(const HttpRequest &request, const QHostAddress &peer)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest apiRequest;
    apiRequest.method = request.method;
    const qsizetype question = request.target.indexOf('?');
    apiRequest.path = QUrl::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
    if (question >= 0)
        apiRequest.query = QUrlQuery(QString::fromLatin1(request.target.mid(question + 1)));
    for (const auto &[name, value] : request.headers)
        apiRequest.headers.insert(name, value);
    apiRequest.peer = clientAddress(peer, apiRequest.header("x-forwarded-for"));
    const std::optional<ApiResponse> refused = decodeBody(request.body, &apiRequest);
    ApiResponse response = refused ? *refused : m_api.handle(apiRequest);
    const QString accountId = response.accountId;
    const int status = response.status;
    HttpAnswer answer = encode(std::move(response), apiRequest.header("accept-encoding").contains("gzip"));
    m_log.write(request.method, Api::routeOf(apiRequest.path), status, request.body.size(), answer.body.size(),
                double(timer.nsecsElapsed()) / 1e6, accountId);
    return answer;
}

HttpAnswer ApiExchange::refusal(const HttpRefusal &refusal, qint64 bytesIn)
{
    ApiResponse response = ApiResponse::error(refusal.status, refusal.code, refusal.message);
    if (refusal.retryAfterSeconds > 0)
        response.addHeader("Retry-After", QByteArray::number(refusal.retryAfterSeconds));
    HttpAnswer answer = encode(std::move(response), false);
    m_log.write("-", QStringLiteral("(not read)"), refusal.status, bytesIn, answer.body.size(), 0, {});
    return answer;
}

QString ApiExchange::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    const bool trusted = std::any_of(m_options.trustedProxies.cbegin(), m_options.trustedProxies.cend(),
                                     [&](const QHostAddress &proxy) { return proxy.isEqual(peer, QHostAddress::TolerantConversion); });
    if (forwardedFor.isEmpty() || !trusted)
        return peer.toString();
    const QHostAddress client(QString::fromLatin1(forwardedFor.split(',').last().trimmed()));
    return client.isNull() ? peer.toString() : client.toString();
}

std::optional<ApiResponse> ApiExchange::decodeBody(const QByteArray &raw, ApiRequest *request) const
{
    const QByteArray encoding = request->header("content-encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") {
        request->body = raw;
        return std::nullopt;
    }
    if (encoding != "gzip")
        return ApiResponse::error(415, QStringLiteral("unsupported_encoding"), QStringLiteral("Send the body plain or gzip-compressed."),
                                  QStringLiteral("Content-Encoding"));
    const auto inflated = gzip::decompress(raw, m_options.maxInflatedBytes);
    if (!inflated)
        return ApiResponse::error(400, QStringLiteral("invalid_gzip"),
                                  QStringLiteral("The body is not valid gzip, or it inflates to more than %1 bytes.")
                                      .arg(m_options.maxInflatedBytes),
                                  QStringLiteral("body"));
    request->body = *inflated;
    return std::nullopt;
}

HttpAnswer ApiExchange::encode(ApiResponse response, bool gzipAccepted) const
{
    HttpAnswer answer;
    answer.status = response.status;
    answer.headers = std::move(response.headers);
    if (!response.empty) {
        answer.body =
            response.text.isEmpty() ? QJsonDocument(response.body).toJson(QJsonDocument::Compact) : response.text;
        answer.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    }
    if (answer.body.size() >= kCompressFrom && gzipAccepted) {
        answer.body = gzip::compress(answer.body);
        answer.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
    }
    answer.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return answer;
}

} // namespace lianxin::server
