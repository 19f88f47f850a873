#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

#include <atomic>

class QNetworkAccessManager;

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

// Requests to the county server's API (docs/API.md), one at a time, waiting for each: used on the sync
// thread and by `lianxin --sync-once`, never on the UI thread. Request bodies go gzip-compressed; answers
// are accepted gzip-compressed. A cancel flag aborts the request in flight.
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

private:
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body);

    QString m_base;
    int m_timeoutMs;
    QString m_token;
    const std::atomic_bool *m_cancel = nullptr;
    QNetworkAccessManager *m_manager;
};

} // namespace lianxin
