#include "server/http/RequestReader.h"

#include <catch2/catch.hpp>

using lianxin::server::ReaderLimits;
using lianxin::server::RequestReader;
using Stage = RequestReader::Stage;

namespace {

// Feeds `bytes` in pieces of `piece` bytes, as far as the reader takes them (reserving nothing).
RequestReader read(const QByteArray &bytes, qsizetype piece = 1 << 20, ReaderLimits limits = {})
{
    RequestReader reader(limits);
    QByteArray input;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        input += bytes.mid(at, piece);
        while (!input.isEmpty() && (reader.stage() == Stage::Idle || reader.stage() == Stage::Head || reader.stage() == Stage::Body))
            reader.feed(input);
    }
    return reader;
}

} // namespace

TEST_CASE("A request is read whole however its bytes are split, and pipelined bytes are left alone")
{
    const QByteArray request = "POST /api/v1/changes?after=3 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nX-A:  padded \t\r\n\r\nhello";
    for (const qsizetype piece : {qsizetype(1), qsizetype(7), request.size()}) {
        RequestReader reader = read(request, piece);
        REQUIRE(reader.stage() == Stage::Complete);
        const auto taken = reader.take();
        CHECK(taken.method == "POST");
        CHECK(taken.target == "/api/v1/changes?after=3");
        CHECK(taken.body == "hello");
        CHECK(taken.header("x-a") == "padded");
        CHECK(taken.keepAlive);
        CHECK(reader.stage() == Stage::Idle);
    }
    RequestReader reader(ReaderLimits{});
    QByteArray input = request + "GET /next HTTP/1.1\r\n";
    while (reader.stage() != Stage::Complete)
        reader.feed(input);
    CHECK(input == "GET /next HTTP/1.1\r\n");
}

TEST_CASE("The head stops the reader so that the body's memory can be reserved before it is read")
{
    RequestReader reader(ReaderLimits{});
    QByteArray input = "POST / HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody";
    reader.feed(input);
    CHECK(reader.stage() == Stage::Body);
    CHECK(reader.bodyLength() == 4);
    CHECK(reader.wanted() == 4);
    CHECK(input == "body");
    reader.feed(input);
    CHECK(reader.stage() == Stage::Complete);
    CHECK(reader.wanted() == 0);
}

TEST_CASE("Framing that could be read two ways is refused")
{
    struct Case
    {
        const char *name;
        QByteArray head;
        int status;
        const char *code;
    };
    const QList<Case> cases{
        {"two equal Content-Lengths", "Content-Length: 5\r\nContent-Length: 5\r\n", 400, "bad_framing"},
        {"two different Content-Lengths", "Content-Length: 5\r\nContent-Length: 50\r\n", 400, "bad_framing"},
        {"a list in Content-Length", "Content-Length: 5, 5\r\n", 400, "bad_framing"},
        {"a sign in Content-Length", "Content-Length: +5\r\n", 400, "bad_framing"},
        {"a blank before the colon", "Transfer-Encoding : chunked\r\n", 400, "bad_request"},
        {"Transfer-Encoding and Content-Length", "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", 400, "bad_framing"},
        {"Transfer-Encoding alone", "Transfer-Encoding: chunked\r\n", 411, "length_required"},
        {"an obs-fold", "X-A: 1\r\n Content-Length: 5\r\n", 400, "bad_request"},
        {"a bare LF", "X-A: 1\nContent-Length: 5\r\n", 400, "bad_request"},
        {"a bare CR in a value", "X-A: 1\rContent-Length: 5\r\n", 400, "bad_request"},
        {"a NUL in a value", QByteArray("X-A: 1\0\r\n", 9), 400, "bad_request"},
        {"two Hosts", "Host: a\r\nHost: b\r\n", 400, "bad_request"},
        {"a body over the limit", "Content-Length: 16777217\r\n", 413, "body_too_large"},
    };
    for (const Case &test : cases) {
        INFO(test.name);
        const RequestReader reader = read("POST /api/v1/session HTTP/1.1\r\n" + test.head + "\r\nhello");
        REQUIRE(reader.stage() == Stage::Refused);
        CHECK(reader.refusal().status == test.status);
        CHECK(reader.refusal().code == QLatin1String(test.code));
    }
}

TEST_CASE("Malformed request lines are refused")
{
    for (const QByteArray &line : {QByteArray("GET  /x HTTP/1.1"), QByteArray("GET http://host/x HTTP/1.1"), QByteArray("GET /x"),
                                   QByteArray("G(T /x HTTP/1.1"), QByteArray("GET /x HTTP/1.1 "), QByteArray("GET /x#y HTTP/1.1"),
                                   QByteArray("GET /\x7f HTTP/1.1"), QByteArray("")}) {
        INFO(line.toStdString());
        const RequestReader reader = read(line + "\r\nHost: x\r\n\r\n");
        REQUIRE(reader.stage() == Stage::Refused);
        CHECK(reader.refusal().status == 400);
    }
    CHECK(read("GET / HTTP/2.0\r\n\r\n").refusal().status == 505);
    // One empty line before a request is tolerated.
    CHECK(read("\r\nGET / HTTP/1.1\r\n\r\n").stage() == Stage::Complete);
}

TEST_CASE("The head limit counts every byte of the head, however it is split")
{
    const QByteArray head = "GET / HTTP/1.1\r\nX-Padding: " + QByteArray(20000, 'p') + "\r\n\r\n";
    for (const qsizetype piece : {qsizetype(1000), qsizetype(1 << 20)}) {
        const RequestReader reader = read(head, piece);
        REQUIRE(reader.stage() == Stage::Refused);
        CHECK(reader.refusal().status == 431);
    }
    // Many small headers add up too.
    QByteArray many = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 1000; ++i)
        many += "X-" + QByteArray::number(i) + ": " + QByteArray(20, 'v') + "\r\n";
    CHECK(read(many + "\r\n", 100).refusal().status == 431);
    // The reader never asks for more than the limit.
    RequestReader reader(ReaderLimits{});
    QByteArray input = "GET / HTTP/1.1\r\n";
    reader.feed(input);
    CHECK(reader.wanted() <= 16 * 1024);
}

TEST_CASE("Connection: close and HTTP/1.0 end the connection after the answer")
{
    CHECK_FALSE(read("GET / HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n").request().keepAlive);
    CHECK_FALSE(read("GET / HTTP/1.0\r\n\r\n").request().keepAlive);
    CHECK(read("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").request().keepAlive);
    CHECK(read("GET / HTTP/1.1\r\n\r\n").request().keepAlive);
}
