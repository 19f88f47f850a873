#include "core/sync/SyncTransport.h"

#include "core/net/Gzip.h"
#include "core/net/Protocol.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <utility>

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

InFlight::~InFlight()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

InFlight::InFlight(InFlight &&other) noexcept
    : m_reply(std::exchange(other.m_reply, nullptr)), m_bytesSent(other.m_bytesSent)
{
}

InFlight &InFlight::operator=(InFlight &&other) noexcept
{
    if (this != &other) {
        InFlight dropped(std::move(*this));
        m_reply = std::exchange(other.m_reply, nullptr);
        m_bytesSent = other.m_bytesSent;
    }
    return *this;
}

HttpAnswer SyncTransport::send(const QByteArray &method, const QString &path, const QByteArray &body)
{
    InFlight request(begin(method, path, body), body.size());
    return wait(request);
}

InFlight SyncTransport::start(const QString &pathAndQuery)
{
    QNetworkReply *reply = begin("GET", pathAndQuery, {});
    // Qt starts the request from an event posted to this thread: delivered now (as wait()'s loop would), the
    // request goes out while this thread applies the page before it.
    QCoreApplication::processEvents();
    return InFlight(reply, 0);
}

QNetworkReply *SyncTransport::begin(const QByteArray &method, const QString &path, const QByteArray &body)
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
    return m_manager->sendCustomRequest(request, method, body);
}

HttpAnswer SyncTransport::wait(InFlight &request)
{
    QNetworkReply *reply = std::exchange(request.m_reply, nullptr);
    if (!reply)
        return {};
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
    const HttpAnswer answer = answerOf(reply, request.m_bytesSent);
    reply->deleteLater();
    return answer;
}

HttpAnswer SyncTransport::answerOf(QNetworkReply *reply, qint64 bytesSent)
{
    HttpAnswer answer;
    answer.bytesSent = bytesSent;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.network = reply->error();
    QByteArray data = reply->readAll();
    answer.bytesReceived = data.size();
    if (reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip")
        data = gzip::decompress(data, kMaxAnswerBytes).value_or(QByteArray());
    answer.body = QJsonDocument::fromJson(data).object();
    return answer;
}

void SyncTransport::call(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                         std::function<void(const HttpAnswer &)> done)
{
    const QByteArray sent = method == "GET" || method == "DELETE"
                                ? QByteArray()
                                : gzip::compress(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QNetworkReply *reply = begin(method, path, sent);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, size = sent.size(), done = std::move(done)] {
        const HttpAnswer answer = answerOf(reply, size);
        reply->deleteLater();
        done(answer);
    });
}

} // namespace lianxin
