#include "core/net/Gzip.h"

#include <zlib.h>

namespace lianxin::gzip {

namespace {
// windowBits 15 with 16 added selects the gzip wrapper instead of zlib's own.
constexpr int kGzipWindowBits = 15 + 16;
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

QByteArray compress(const QByteArray &data, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

std::optional<QByteArray> decompress(const QByteArray &gzip, qsizetype maxSize)
{
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    stream.avail_in = uInt(gzip.size());
    QByteArray out;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (out.size() >= maxSize + 1) {
            status = Z_BUF_ERROR;
            break;
        }
        const qsizetype before = out.size();
        out.resize(qMin(before + kChunk, maxSize + 1));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(out.size() - before);
        status = inflate(&stream, Z_NO_FLUSH);
        out.truncate(qsizetype(stream.total_out));
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // truncated input: it ended before the gzip trailer
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || out.size() > maxSize || stream.avail_in != 0)
        return std::nullopt;
    return out;
}

} // namespace lianxin::gzip
