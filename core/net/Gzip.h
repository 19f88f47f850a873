#pragma once

#include <QByteArray>

#include <optional>

namespace lianxin::gzip {

// A gzip member (RFC 1952) holding `data`, as HTTP's Content-Encoding: gzip expects.
QByteArray compress(const QByteArray &data, int level = 6);

// The data of a gzip body; nothing when it is not valid gzip or inflates to more than `maxSize` bytes
// (a small body that inflates enormously is refused without inflating it all).
std::optional<QByteArray> decompress(const QByteArray &gzip, qsizetype maxSize);

} // namespace lianxin::gzip
