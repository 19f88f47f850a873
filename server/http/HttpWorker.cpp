#include "server/http/HttpWorker.h"

#include "server/storage/ServerDatabase.h"

#include <QDateTime>

namespace lianxin::server {

HttpWorker::HttpWorker(const DatabaseUrl &database, const ApiOptions &api, const ConnectionLimits &limits,
                       const RequestOptions &request, AccessLog &accessLog, BodyBudget &budget)
    : m_url(database), m_apiOptions(api), m_limits(limits), m_request(request), m_accessLog(accessLog), m_budget(budget),
      m_deadlines(this)
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
    m_exchange = std::make_unique<ApiExchange>(*m_api, m_accessLog, m_request);
    // Deadlines are checked twice a second on every connection rather than by a timer per connection.
    m_deadlines.setInterval(500);
    connect(&m_deadlines, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (HttpConnection *connection : QSet<HttpConnection *>(m_connections))
            connection->checkDeadlines(now);
    });
    m_deadlines.start();
    return {};
}

void HttpWorker::adopt(qintptr descriptor)
{
    auto *connection = new HttpConnection(descriptor, m_limits, m_budget, *m_exchange, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        m_connections.remove(connection);
        connection->deleteLater();
    });
    if (m_stopping)
        connection->stopTakingRequests();
}

int HttpWorker::stopTakingRequests()
{
    m_stopping = true;
    for (HttpConnection *connection : QSet<HttpConnection *>(m_connections))
        connection->stopTakingRequests();
    return busyCount();
}

int HttpWorker::busyCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(), [](const HttpConnection *c) { return c->busy(); }));
}

} // namespace lianxin::server
