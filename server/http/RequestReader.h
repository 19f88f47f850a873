#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace lianxin::server {

// One request as read off the wire: header names in lower case, values without surrounding blanks.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // origin-form: the path and query as sent
    bool http10 = false;
    bool keepAlive = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// Why a request was not read; the connection is closed after this answer.
struct HttpRefusal
{
    int status = 0;
    QString code;
    QString message;
    int retryAfterSeconds = 0; // sent as Retry-After when set
};

struct ReaderLimits
{
    qint64 maxHeadBytes = 16 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
};

// A strict, incremental HTTP/1.1 request reader (RFC 9112), without sockets: fed bytes, it yields one
// request or a refusal. Framing is accepted only when it cannot be read two ways: a single Content-Length
// of digits, no Transfer-Encoding (our clients send Content-Length; chunked bodies get 411), no blank
// before a header's colon, no folded header line, no bare CR or LF. The head limit counts every byte
// before the body however the head is split into segments, and a body over the limit is refused from its
// announced length before any of it is read.
class RequestReader
{
public:
    enum class Stage {
        Idle,     // between requests: no byte of the next one yet
        Head,     // reading the request line and headers
        Body,     // head read: the body's length is known, its bytes are arriving
        Complete, // take() the request
        Refused,  // answer refusal() and close
    };

    explicit RequestReader(ReaderLimits limits);

    // Takes bytes from the front of `input`, never past the end of the current request (pipelined bytes
    // stay in `input`), and never past the end of the head in one call: a caller may reserve memory for
    // the body once the stage is Body, before feeding the body.
    void feed(QByteArray &input);
    // The most bytes feed() can take now: what a caller may read from the network without buffering more.
    [[nodiscard]] qint64 wanted() const;

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] qint64 bodyLength() const { return m_bodyLength; }
    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    [[nodiscard]] const HttpRefusal &refusal() const { return m_refusal; }
    // The complete request; the reader then waits for the next one.
    [[nodiscard]] HttpRequest take();

private:
    void readHead(QByteArray &input);
    void parseHead();
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    void decideFraming();
    void refuse(int status, const char *code, const QString &message);

    ReaderLimits m_limits;
    Stage m_stage = Stage::Idle;
    QByteArray m_head;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    HttpRefusal m_refusal;
};

} // namespace lianxin::server
