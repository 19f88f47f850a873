#include "core/sync/SyncTransport.h"

#include "core/net/Gzip.h"
#include "core/net/Protocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace lianxin {

namespace {
// A page of 5,000 rows is a few megabytes; anything far larger is not an answer of the county server.
constexpr qsizetype kMaxAnswerBytes = 256 * 1024 * 1024;
} // namespace

QString HttpAnswer::errorCode() const
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

SyncTransport::SyncTransport(const QString &serverUrl, int timeoutMs)
    : m_base(serverUrl.endsWith(QLatin1Char('/')) ? serverUrl.chopped(1) : serverUrl), m_timeoutMs(timeoutMs),
      m_manager(new QNetworkAccessManager)
{
}

SyncTransport::~SyncTransport()
{
    delete m_manager;
}

HttpAnswer SyncTransport::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

HttpAnswer SyncTransport::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, gzip::compress(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

HttpAnswer SyncTransport::remove(const QString &path)
{
    return send("DELETE", path, {});
}

HttpAnswer SyncTransport::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_base + QStringLiteral("/api/v1") + path));
    request.setRawHeader(protocol::kVersionHeader, QByteArray::number(protocol::kVersion));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty()) {
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Content-Encoding", "gzip");
    }
    // Asked for explicitly, so that Qt leaves the body compressed and the bytes on the wire can be counted.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setTransferTimeout(m_timeoutMs);
    HttpAnswer answer;
    answer.bytesSent = body.size();
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelCheck;
    if (m_cancel) {
        QObject::connect(&cancelCheck, &QTimer::timeout, reply, [this, reply] {
            if (m_cancel->load())
                reply->abort();
        });
        cancelCheck.start(50);
    }
    if (!reply->isFinished())
        loop.exec();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.network = reply->error();
    QByteArray data = reply->readAll();
    answer.bytesReceived = data.size();
    if (reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip")
        data = gzip::decompress(data, kMaxAnswerBytes).value_or(QByteArray());
    answer.body = QJsonDocument::fromJson(data).object();
    reply->deleteLater();
    return answer;
}

} // namespace lianxin
