#include "server/http/HttpConnection.h"

#include "server/http/ApiExchange.h"
#include "server/http/BodyBudget.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTimer>

#include <sys/ioctl.h>
#include <sys/socket.h>

namespace lianxin::server {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
constexpr qint64 kLingerMs = 2000;
constexpr int kMaxHeaders = 100;
constexpr int kRetryAfterSeconds = 5;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

HttpConnection::HttpConnection(qintptr descriptor, const ConnectionLimits &limits, BodyBudget &budget, ApiExchange &exchange,
                               QObject *parent)
    : QObject(parent), m_limits(limits), m_budget(budget), m_exchange(exchange),
      m_reader(ReaderLimits{16 * 1024, kMaxHeaders, limits.maxBodyBytes}), m_lastActivity(now())
{
    QSslSocket *ssl = nullptr;
    if (m_limits.tls) {
        ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_limits.tls);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    // Qt reads no more from the kernel than this until the reader takes it.
    m_socket->setReadBufferSize(kReadChunk);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        m_phase = Phase::Closed;
        QTimer::singleShot(0, this, &HttpConnection::finished);
        return;
    }
    m_peer = m_socket->peerAddress();
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    if (ssl)
        ssl->startServerEncryption();
}

HttpConnection::~HttpConnection()
{
    releaseBody();
}

void HttpConnection::process()
{
    if (m_phase == Phase::Lingering) {
        m_socket->readAll();
        return;
    }
    if (m_phase != Phase::Reading)
        return;
    for (;;) {
        switch (m_reader.stage()) {
        case RequestReader::Stage::Refused: return refuse(m_reader.refusal());
        case RequestReader::Stage::Complete: return dispatch();
        case RequestReader::Stage::Body:
            if (m_reserved == 0 && !reserveBody())
                return;
            break;
        case RequestReader::Stage::Idle:
            if (m_stopping && !m_finishOne)
                return close();
            break;
        case RequestReader::Stage::Head: break;
        }
        if (m_input.isEmpty()) {
            m_input = m_socket->read(qMin(m_reader.wanted(), kReadChunk));
            if (m_input.isEmpty())
                return;
            m_lastActivity = now();
        }
        if (m_reader.stage() == RequestReader::Stage::Idle) {
            m_requestStart = now();
            m_requestBytes = 0;
            m_finishOne = false;
        }
        const qsizetype before = m_input.size();
        m_reader.feed(m_input);
        m_requestBytes += before - m_input.size();
    }
}

bool HttpConnection::reserveBody()
{
    const QString address = m_exchange.clientAddress(m_peer, m_reader.request().header("x-forwarded-for"));
    switch (m_budget.reserve(address, m_reader.bodyLength())) {
    case BodyBudget::Outcome::Reserved:
        m_reservedFor = address;
        m_reserved = m_reader.bodyLength();
        if (!m_reader.request().http10 && m_reader.request().header("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    case BodyBudget::Outcome::ServerFull:
        refuse({503, QStringLiteral("server_busy"),
                QStringLiteral("The server is receiving as many large requests as it can hold; try again shortly."),
                kRetryAfterSeconds});
        return false;
    case BodyBudget::Outcome::AddressFull:
        refuse({429, QStringLiteral("too_many_uploads"),
                QStringLiteral("This address is sending as many large requests at once as it may; try again when they are done."),
                kRetryAfterSeconds});
        return false;
    }
    return false;
}

void HttpConnection::releaseBody()
{
    if (m_reserved > 0)
        m_budget.release(m_reservedFor, m_reserved);
    m_reserved = 0;
}

void HttpConnection::dispatch()
{
    const HttpRequest request = m_reader.take();
    const HttpAnswer answer = m_exchange.answer(request, m_peer);
    releaseBody();
    m_closeAfterWrite = !request.keepAlive || m_stopping;
    m_phase = Phase::Writing;
    m_socket->write(answer.bytes(m_closeAfterWrite));
    m_lastActivity = now();
}

void HttpConnection::refuse(const HttpRefusal &refusal)
{
    releaseBody();
    m_socket->write(m_exchange.refusal(refusal, m_requestBytes).bytes(true));
    m_input.clear();
    close();
}

void HttpConnection::onBytesWritten()
{
    m_lastActivity = now();
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_phase == Phase::Writing) {
        if (m_closeAfterWrite || m_stopping)
            return close();
        // The answer is out: the next request, perhaps already waiting, may be read.
        m_phase = Phase::Reading;
        process();
    } else if (m_phase == Phase::Closing) {
        close();
    }
}

void HttpConnection::close()
{
    m_phase = Phase::Closing;
    if (m_socket->bytesToWrite() > 0)
        return; // again from onBytesWritten
    if (m_limits.tls) {
        m_socket->disconnectFromHost();
        return;
    }
    // Half-close, then read and drop for a moment: closing with unread bytes in the kernel would reset the
    // connection, and the client might lose the answer before reading it.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_phase = Phase::Lingering;
    m_lingerUntil = now() + kLingerMs;
    m_socket->readAll();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    releaseBody();
    emit finished();
}

void HttpConnection::checkDeadlines(qint64 nowMs)
{
    const qint64 idleMs = qint64(m_limits.idleTimeoutSeconds) * 1000;
    switch (m_phase) {
    case Phase::Reading:
        if (m_reader.stage() == RequestReader::Stage::Idle) {
            if (nowMs - m_lastActivity > idleMs)
                close();
        } else if (nowMs - m_requestStart > qint64(m_limits.requestTimeoutSeconds) * 1000 || nowMs - m_lastActivity > idleMs) {
            refuse({408, QStringLiteral("request_timeout"), QStringLiteral("The request did not arrive in time."), 0});
        }
        break;
    case Phase::Writing:
    case Phase::Closing:
        if (nowMs - m_lastActivity > idleMs) {
            m_socket->abort();
            finish();
        }
        break;
    case Phase::Lingering:
        if (nowMs > m_lingerUntil) {
            m_socket->abort();
            finish();
        }
        break;
    case Phase::Closed: break;
    }
}

void HttpConnection::stopTakingRequests()
{
    m_stopping = true;
    if (m_phase != Phase::Reading || m_reader.stage() != RequestReader::Stage::Idle)
        return;
    // A request whose bytes reached the server before shutdown began is in flight, even when this thread
    // has not read them yet; one arriving later is not served.
    int inKernel = 0;
    if (::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &inKernel) != 0)
        inKernel = 0;
    m_finishOne = !m_input.isEmpty() || m_socket->bytesAvailable() > 0 || inKernel > 0;
    if (m_finishOne)
        process();
    else
        close();
}

bool HttpConnection::busy() const
{
    return (m_phase == Phase::Reading && (m_reader.stage() != RequestReader::Stage::Idle || m_finishOne)) || m_phase == Phase::Writing
           || (m_phase == Phase::Closing && m_socket->bytesToWrite() > 0);
}

} // namespace lianxin::server
