#pragma once

#include "server/http/RequestReader.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class QTcpSocket;

namespace lianxin::server {

class ApiExchange;
class BodyBudget;

struct ConnectionLimits
{
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int idleTimeoutSeconds = 60;
    // From the first byte of a request to its last: a request trickled a byte at a time ends here.
    int requestTimeoutSeconds = 300;
    std::optional<QSslConfiguration> tls;
};

// One client connection on a request thread: reads one request at a time with a RequestReader (bytes of
// a pipelined request wait until the answer before them is written), reserves its body's memory in the
// BodyBudget before reading the body, hands the request to the ApiExchange and writes the answer.
// Never buffers more than the reader asks for. Closes a connection silent for the idle timeout and a
// request not whole by the request deadline (408); after a refusal it stops writing but reads and drops
// what the client still sends for a moment, so that the client gets to read the answer.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes over an accepted socket descriptor; `finished` tells when it may be deleted (it may be at once).
    HttpConnection(qintptr descriptor, const ConnectionLimits &limits, BodyBudget &budget, ApiExchange &exchange,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Closes the connection when its idle timeout or request deadline has passed.
    void checkDeadlines(qint64 nowMs);
    // Shutdown: take no new request; close now when between requests (unless the bytes of the next one
    // are already here), else after the answer.
    void stopTakingRequests();
    // A request is arriving, being answered, or its answer is still being written.
    [[nodiscard]] bool busy() const;

signals:
    void finished();

private:
    enum class Phase { Reading, Writing, Lingering, Closing, Closed };

    void process();
    void dispatch();
    [[nodiscard]] bool reserveBody();
    void releaseBody();
    void refuse(const HttpRefusal &refusal);
    void onBytesWritten();
    void close();
    void finish();

    const ConnectionLimits &m_limits;
    BodyBudget &m_budget;
    ApiExchange &m_exchange;
    QTcpSocket *m_socket = nullptr;
    QHostAddress m_peer;
    RequestReader m_reader;
    QByteArray m_input;
    Phase m_phase = Phase::Reading;
    bool m_closeAfterWrite = false;
    bool m_stopping = false;
    bool m_finishOne = false; // shutdown began with this request's bytes already here
    qint64 m_lastActivity = 0;
    qint64 m_requestStart = 0;
    qint64 m_requestBytes = 0;
    qint64 m_lingerUntil = 0;
    QString m_reservedFor;
    qint64 m_reserved = 0;
};

} // namespace lianxin::server
