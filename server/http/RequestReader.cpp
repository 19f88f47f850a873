#include "server/http/RequestReader.h"

#include <algorithm>
#include <string>

namespace lianxin::server {

namespace {

// tchar of RFC 9110 section 5.6.2: what a method or a header name may be made of.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static constexpr char kOthers[] = "!#$%&'*+-.^_`|~";
    return c != '\0' && std::char_traits<char>::find(kOthers, sizeof kOthers - 1, c) != nullptr;
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

// A field value: visible characters, blanks and obs-text; never a control character (a bare CR, LF or NUL).
bool isFieldValue(const QByteArray &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

QByteArray trimBlanks(const QByteArray &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text.at(from) == ' ' || text.at(from) == '\t'))
        ++from;
    while (to > from && (text.at(to - 1) == ' ' || text.at(to - 1) == '\t'))
        --to;
    return text.mid(from, to - from);
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

RequestReader::RequestReader(ReaderLimits limits) : m_limits(limits) {}

qint64 RequestReader::wanted() const
{
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Head: return qMax<qint64>(1, m_limits.maxHeadBytes + 1 - m_head.size());
    case Stage::Body: return m_bodyLength - m_request.body.size();
    case Stage::Complete:
    case Stage::Refused: return 0;
    }
    return 0;
}

void RequestReader::feed(QByteArray &input)
{
    if (input.isEmpty())
        return;
    if (m_stage == Stage::Idle || m_stage == Stage::Head) {
        readHead(input);
    } else if (m_stage == Stage::Body) {
        if (m_request.body.isEmpty())
            m_request.body.reserve(m_bodyLength);
        const qsizetype taken = qsizetype(qMin<qint64>(input.size(), m_bodyLength - m_request.body.size()));
        m_request.body.append(input.constData(), taken);
        input.remove(0, taken);
        if (m_request.body.size() == m_bodyLength)
            m_stage = Stage::Complete;
    }
}

void RequestReader::readHead(QByteArray &input)
{
    m_stage = Stage::Head;
    const qsizetype before = m_head.size();
    const qsizetype taken = qsizetype(qMin<qint64>(input.size(), wanted()));
    m_head.append(input.constData(), taken);
    // One empty line before a request is tolerated (RFC 9112 section 2.2), as after a body some clients send.
    const qsizetype from = qMax<qsizetype>(m_head.startsWith("\r\n") ? 2 : 0, before - 3);
    const qsizetype end = m_head.indexOf("\r\n\r\n", from);
    if (end < 0) {
        input.remove(0, taken);
        if (m_head.size() > m_limits.maxHeadBytes)
            refuse(431, "headers_too_large", QStringLiteral("The request headers are larger than 16 KiB."));
        return;
    }
    const qsizetype headSize = end + 4;
    input.remove(0, taken - (m_head.size() - headSize));
    m_head.truncate(headSize);
    if (headSize > m_limits.maxHeadBytes)
        return refuse(431, "headers_too_large", QStringLiteral("The request headers are larger than 16 KiB."));
    parseHead();
}

void RequestReader::parseHead()
{
    qsizetype at = m_head.startsWith("\r\n") ? 2 : 0;
    const qsizetype end = m_head.size() - 2; // the empty line's CRLF
    bool first = true;
    while (at < end) {
        const qsizetype lineEnd = m_head.indexOf("\r\n", at);
        const QByteArray line = m_head.mid(at, lineEnd - at);
        at = lineEnd + 2;
        if (line.contains('\r') || line.contains('\n'))
            return refuse(400, "bad_request", QStringLiteral("Lines of the request must end with CRLF."));
        if (first ? !parseRequestLine(line) : !parseHeaderLine(line))
            return;
        first = false;
    }
    if (first)
        return refuse(400, "bad_request", QStringLiteral("The request line is missing."));
    m_head.clear();
    decideFraming();
}

bool RequestReader::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')) {
        refuse(400, "bad_request", QStringLiteral("The request line must be: method, one space, a path, one space, HTTP/1.1."));
        return false;
    }
    const QByteArray &target = parts[1];
    const bool visible = std::all_of(target.cbegin(), target.cend(), [](char c) { return c > 0x20 && c < 0x7f && c != '#'; });
    if (!visible) {
        refuse(400, "bad_request", QStringLiteral("The path holds a character that must be percent-encoded."));
        return false;
    }
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0' && version[5] <= '9' && version[6] == '.'
                                && version[7] >= '0' && version[7] <= '9';
        if (wellFormed)
            refuse(505, "http_version_not_supported", QStringLiteral("Speak HTTP/1.1."));
        else
            refuse(400, "bad_request", QStringLiteral("The request line must end with HTTP/1.1."));
        return false;
    }
    m_request.method = parts[0];
    m_request.target = target;
    m_request.http10 = version == "HTTP/1.0";
    return true;
}

bool RequestReader::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        refuse(400, "bad_request", QStringLiteral("Folded header lines are not accepted."));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    if (colon <= 0 || !isToken(name)) {
        refuse(400, "bad_request", QStringLiteral("A header name must be a token followed at once by a colon."));
        return false;
    }
    const QByteArray value = trimBlanks(line.mid(colon + 1));
    if (!isFieldValue(value)) {
        refuse(400, "bad_request", QStringLiteral("A header value holds a control character."));
        return false;
    }
    if (m_request.headers.size() >= m_limits.maxHeaderCount) {
        refuse(431, "headers_too_large", QStringLiteral("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
        return false;
    }
    m_request.headers.append({name.toLower(), value});
    return true;
}

void RequestReader::decideFraming()
{
    int lengths = 0;
    int encodings = 0;
    int hosts = 0;
    QByteArray length;
    QList<QByteArray> options;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name == "content-length") {
            ++lengths;
            length = value;
        } else if (name == "transfer-encoding") {
            ++encodings;
        } else if (name == "host") {
            ++hosts;
        } else if (name == "connection") {
            for (const QByteArray &option : value.split(','))
                options.append(trimBlanks(option).toLower());
        }
    }
    // HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 only when asked to keep it.
    m_request.keepAlive = !options.contains("close") && (!m_request.http10 || options.contains("keep-alive"));
    if (hosts > 1)
        return refuse(400, "bad_request", QStringLiteral("More than one Host header."));
    if (encodings > 0 && lengths > 0)
        return refuse(400, "bad_framing", QStringLiteral("Both Transfer-Encoding and Content-Length: the body's length is ambiguous."));
    if (encodings > 0)
        return refuse(411, "length_required", QStringLiteral("Send the body with a Content-Length, not a Transfer-Encoding."));
    if (lengths > 1)
        return refuse(400, "bad_framing", QStringLiteral("More than one Content-Length header."));
    if (lengths == 1) {
        const bool digits = !length.isEmpty() && length.size() <= 18
                            && std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits)
            return refuse(400, "bad_framing", QStringLiteral("Content-Length must be one whole number."));
        m_bodyLength = length.toLongLong();
        if (m_bodyLength > m_limits.maxBodyBytes)
            return refuse(413, "body_too_large",
                          QStringLiteral("The body is larger than the server accepts (%1 bytes).").arg(m_limits.maxBodyBytes));
    }
    m_stage = m_bodyLength > 0 ? Stage::Body : Stage::Complete;
}

void RequestReader::refuse(int status, const char *code, const QString &message)
{
    m_stage = Stage::Refused;
    m_refusal = {status, QString::fromLatin1(code), message};
}

HttpRequest RequestReader::take()
{
    HttpRequest request = std::move(m_request);
    m_request = {};
    m_head.clear();
    m_bodyLength = 0;
    m_stage = Stage::Idle;
    return request;
}

} // namespace lianxin::server
