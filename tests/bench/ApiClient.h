#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace lianxin::bench {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One client of the county server's API (http://host:port/api/v1) with its own connection and session.
class ApiClient
{
public:
    explicit ApiClient(QString base) : m_base(std::move(base)) {}

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setRawHeader("X-Lianxin-Protocol", "1");
        request.setRawHeader("Content-Type", "application/json");
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        return m_manager.sendCustomRequest(request, method, body);
    }
    QJsonObject wait(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkReply *reply = send(method, path, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return answer;
    }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void signIn(const QString &username)
    {
        m_token = wait("POST", QStringLiteral("/session"),
                       QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                 {QStringLiteral("password"), QStringLiteral("lianxin-demo")}})
                           .toJson(QJsonDocument::Compact))
                      .value(QStringLiteral("token"))
                      .toString()
                      .toLatin1();
    }
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QString m_base;
    QByteArray m_token;
    QNetworkAccessManager m_manager;
};

inline QByteArray pushBody(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), newId()},
                                     {QStringLiteral("device_id"), QStringLiteral("bench")},
                                     {QStringLiteral("rows"), rows}})
        .toJson(QJsonDocument::Compact);
}

} // namespace lianxin::bench
