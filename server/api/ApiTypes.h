#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace lianxin::server {

// An HTTP request as the API sees it: the body already inflated when it came gzip-compressed, header
// names in lower case.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString peer;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QByteArray text;    // a body written as JSON text already (pull pages); sent instead of `body`
    bool empty = false; // 204: no body
    QList<QPair<QByteArray, QByteArray>> headers;
    QString accountId; // for the access log

    void addHeader(const char *name, const QByteArray &value) { headers.append(qMakePair(QByteArray(name), value)); }

    // The error format of docs/API.md: {"error": {"code", "field", "message"}}.
    static ApiResponse error(int status, const QString &code, const QString &message, const QString &field = {});
};

inline ApiResponse ApiResponse::error(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return {status, {{QStringLiteral("error"), error}}, {}, false, {}, {}};
}

} // namespace lianxin::server
