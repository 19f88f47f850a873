#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

#include <atomic>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace lianxin {

// One answer of the county server.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer at all (see network)
    QJsonObject body;
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    qint64 bytesSent = 0;     // the request body as sent (gzip)
    qint64 bytesReceived = 0; // the answer body as received (gzip when the server compressed it)

    bool ok() const { return status >= 200 && status < 300; }
    QString errorCode() const;
};

// A request sent and not yet waited for: the answer arrives (Qt's network thread reads it) while the sync
// thread applies the page before it. Dropped unanswered, the request is aborted.
class InFlight
{
public:
    InFlight() = default;
    explicit InFlight(QNetworkReply *reply, qint64 bytesSent) : m_reply(reply), m_bytesSent(bytesSent) {}
    ~InFlight();
    InFlight(InFlight &&other) noexcept;
    InFlight &operator=(InFlight &&other) noexcept;
    bool isActive() const { return m_reply != nullptr; }

private:
    friend class SyncTransport;
    QNetworkReply *m_reply = nullptr;
    qint64 m_bytesSent = 0;
};

// Requests to the county server's API (docs/API.md). The calls that wait for their answer (get, post,
// remove, wait) are for the sync thread and `lianxin --sync-once`, never the UI thread; start() lets the pull
// fetch the next page while it applies the last; call() answers on the calling thread's event loop, for the
// screens that work online (the staff screen, choosing a new password). Request bodies go gzip-compressed;
// answers are accepted gzip-compressed. A cancel flag aborts the request being waited for.
class SyncTransport
{
public:
    explicit SyncTransport(const QString &serverUrl, int timeoutMs = 60000);
    ~SyncTransport();
    SyncTransport(const SyncTransport &) = delete;
    SyncTransport &operator=(const SyncTransport &) = delete;

    void setToken(const QString &token) { m_token = token; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    HttpAnswer get(const QString &pathAndQuery);
    HttpAnswer post(const QString &path, const QJsonObject &body);
    HttpAnswer remove(const QString &path);
    // A GET sent now and answered by wait().
    InFlight start(const QString &pathAndQuery);
    HttpAnswer wait(InFlight &request);
    // A request answered by `done` once its answer has come, on this thread's event loop; nothing is called
    // when `context` is gone by then. A GET or DELETE sends no body.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
              std::function<void(const HttpAnswer &)> done);

private:
    static HttpAnswer answerOf(QNetworkReply *reply, qint64 bytesSent);
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body);
    QNetworkReply *begin(const QByteArray &method, const QString &path, const QByteArray &body);

    QString m_base;
    int m_timeoutMs;
    QString m_token;
    const std::atomic_bool *m_cancel = nullptr;
    QNetworkAccessManager *m_manager;
};

} // namespace lianxin
