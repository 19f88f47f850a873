#include "core/import/ZipArchive.h"

#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace lianxin::import {

namespace {
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kMaxComment = 0xFFFF;
constexpr qint64 kMaxDirectory = 256 * 1024 * 1024;
constexpr qint64 kChunk = 64 * 1024;
constexpr quint16 kEncrypted = 0x0001;
constexpr quint16 kUtf8Names = 0x0800;

template <typename T> T at(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

bool readAt(QFile &file, qint64 offset, qint64 size, QByteArray &bytes)
{
    if (offset < 0 || size < 0 || !file.seek(offset))
        return false;
    bytes = file.read(size);
    return bytes.size() == size;
}
} // namespace

ZipArchive::ZipArchive(QString path) : m_path(std::move(path)) {}

bool ZipArchive::open()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    // The end of the central directory: the last 22 bytes, or fewer when a comment follows it.
    const qint64 size = file.size();
    const qint64 tailSize = std::min(size, 22 + kMaxComment);
    QByteArray tail;
    if (!readAt(file, size - tailSize, tailSize, tail)) {
        m_error = QStringLiteral("cannot read the end");
        return false;
    }
    qsizetype end = tail.size() - 22;
    while (end >= 0 &&
           !(at<quint32>(tail, end) == kEndOfDirectory && end + 22 + at<quint16>(tail, end + 20) <= tail.size()))
        --end;
    if (end < 0) {
        m_error = QStringLiteral("no end of central directory");
        return false;
    }
    qint64 count = at<quint16>(tail, end + 10);
    qint64 directorySize = at<quint32>(tail, end + 12);
    qint64 directoryOffset = at<quint32>(tail, end + 16);
    const qint64 endOffset = size - tailSize + end;
    QByteArray zip64;
    if ((count == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) &&
        readAt(file, endOffset - 20, 20, zip64) && at<quint32>(zip64, 0) == kZip64Locator) {
        QByteArray record;
        if (!readAt(file, qint64(at<quint64>(zip64, 8)), 56, record) ||
            at<quint32>(record, 0) != kZip64EndOfDirectory) {
            m_error = QStringLiteral("damaged Zip64 end of central directory");
            return false;
        }
        count = qint64(at<quint64>(record, 32));
        directorySize = qint64(at<quint64>(record, 40));
        directoryOffset = qint64(at<quint64>(record, 48));
    }
    QByteArray directory;
    if (directorySize > kMaxDirectory || !readAt(file, directoryOffset, directorySize, directory)) {
        m_error = QStringLiteral("cut-off central directory");
        return false;
    }
    qsizetype offset = 0;
    for (qint64 i = 0; i < count; ++i) {
        if (offset + 46 > directory.size() || at<quint32>(directory, offset) != kDirectoryEntry) {
            m_error = QStringLiteral("damaged central directory entry %1").arg(i);
            return false;
        }
        Entry entry;
        entry.flags = at<quint16>(directory, offset + 8);
        entry.method = at<quint16>(directory, offset + 10);
        entry.crc = at<quint32>(directory, offset + 16);
        entry.compressedSize = at<quint32>(directory, offset + 20);
        entry.size = at<quint32>(directory, offset + 24);
        const qsizetype nameSize = at<quint16>(directory, offset + 28);
        const qsizetype extraSize = at<quint16>(directory, offset + 30);
        const qsizetype commentSize = at<quint16>(directory, offset + 32);
        entry.headerOffset = at<quint32>(directory, offset + 42);
        if (offset + 46 + nameSize + extraSize + commentSize > directory.size()) {
            m_error = QStringLiteral("cut-off central directory entry %1").arg(i);
            return false;
        }
        const QByteArray name = directory.mid(offset + 46, nameSize);
        entry.name = entry.flags & kUtf8Names ? QString::fromUtf8(name) : QString::fromLatin1(name);
        // Zip64: the sizes and the offset that did not fit in 32 bits, in this order.
        for (qsizetype extra = offset + 46 + nameSize; extra + 4 <= offset + 46 + nameSize + extraSize;) {
            const quint16 id = at<quint16>(directory, extra);
            const quint16 length = at<quint16>(directory, extra + 2);
            if (id == 0x0001) {
                qsizetype field = extra + 4;
                for (qint64 *value : {&entry.size, &entry.compressedSize, &entry.headerOffset}) {
                    if (*value == 0xFFFFFFFF && field + 8 <= extra + 4 + length) {
                        *value = qint64(at<quint64>(directory, field));
                        field += 8;
                    }
                }
            }
            extra += 4 + length;
        }
        m_byName.insert(entry.name.toLower(), m_entries.size());
        m_entries.append(entry);
        offset += 46 + nameSize + extraSize + commentSize;
    }
    return true;
}

const ZipArchive::Entry *ZipArchive::find(const QString &name) const
{
    const auto found = m_byName.constFind(name.toLower());
    return found == m_byName.constEnd() ? nullptr : &m_entries.at(*found);
}

std::unique_ptr<ZipEntryDevice> ZipArchive::openEntry(const Entry &entry)
{
    if (entry.flags & kEncrypted) {
        m_error = QStringLiteral("%1 is encrypted").arg(entry.name);
        return nullptr;
    }
    if (entry.method != 0 && entry.method != Z_DEFLATED) {
        m_error = QStringLiteral("%1 is compressed by method %2").arg(entry.name).arg(entry.method);
        return nullptr;
    }
    QFile file(m_path);
    QByteArray header;
    if (!file.open(QIODevice::ReadOnly) || !readAt(file, entry.headerOffset, 30, header) ||
        at<quint32>(header, 0) != kLocalHeader) {
        m_error = QStringLiteral("damaged local header of %1").arg(entry.name);
        return nullptr;
    }
    const qint64 dataOffset = entry.headerOffset + 30 + at<quint16>(header, 26) + at<quint16>(header, 28);
    if (dataOffset + entry.compressedSize > file.size()) {
        m_error = QStringLiteral("cut-off %1").arg(entry.name);
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(m_path, entry, dataOffset);
    if (!device->isOpen()) {
        m_error = device->errorString();
        return nullptr;
    }
    return device;
}

struct ZipEntryDevice::Inflater
{
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&stream, -MAX_WBITS) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

ZipEntryDevice::ZipEntryDevice(const QString &path, const ZipArchive::Entry &entry, qint64 dataOffset)
    : m_file(path), m_entry(entry)
{
    m_crc = quint32(crc32(0, nullptr, 0));
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(dataOffset)) {
        setErrorString(m_file.errorString());
        return;
    }
    if (entry.method == Z_DEFLATED) {
        m_inflater = std::make_unique<Inflater>();
        if (!m_inflater->ready) {
            setErrorString(QStringLiteral("zlib does not start"));
            return;
        }
    }
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntryDevice::~ZipEntryDevice() = default;

qint64 ZipEntryDevice::bytesAvailable() const
{
    return m_entry.size - m_produced + QIODevice::bytesAvailable();
}

qint64 ZipEntryDevice::fail(const QString &reason)
{
    m_failed = true;
    setErrorString(QStringLiteral("%1: %2").arg(m_entry.name, reason));
    return -1;
}

bool ZipEntryDevice::finishEntry()
{
    m_ended = true;
    if (m_produced != m_entry.size)
        fail(QStringLiteral("%1 bytes instead of %2").arg(m_produced).arg(m_entry.size));
    else if (m_crc != m_entry.crc)
        fail(QStringLiteral("checksum mismatch"));
    return !m_failed;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    qint64 produced = 0;
    if (!m_inflater) {
        const QByteArray bytes = m_file.read(std::min(maxSize, m_entry.compressedSize - m_consumed));
        m_consumed += bytes.size();
        std::memcpy(data, bytes.constData(), size_t(bytes.size()));
        produced = bytes.size();
        if (produced == 0 && m_consumed < m_entry.compressedSize)
            return fail(QStringLiteral("cut off"));
    } else {
        z_stream &stream = m_inflater->stream;
        stream.next_out = reinterpret_cast<Bytef *>(data);
        stream.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
        while (stream.avail_out > 0) {
            if (stream.avail_in == 0) {
                m_input = m_file.read(std::min(kChunk, m_entry.compressedSize - m_consumed));
                m_consumed += m_input.size();
                stream.next_in = reinterpret_cast<Bytef *>(m_input.data());
                stream.avail_in = uInt(m_input.size());
            }
            const uInt before = stream.avail_out;
            const int status = inflate(&stream, Z_NO_FLUSH);
            const bool progressed = stream.avail_out != before;
            if (status == Z_STREAM_END) {
                m_ended = true;
                break;
            }
            if (status != Z_OK && !(status == Z_BUF_ERROR && progressed))
                return fail(QStringLiteral("inflate: %1").arg(status));
            if (stream.avail_in == 0 && m_consumed >= m_entry.compressedSize && !progressed)
                return fail(QStringLiteral("cut off"));
        }
        produced = qint64(reinterpret_cast<char *>(stream.next_out) - data);
    }
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced)));
    m_produced += produced;
    if (m_produced > m_entry.size)
        return fail(QStringLiteral("longer than its size"));
    const bool last = m_inflater ? m_ended : m_consumed >= m_entry.compressedSize;
    if (last && !finishEntry())
        return -1;
    return produced;
}

bool ZipEntryDevice::verify()
{
    char buffer[16 * 1024];
    while (!m_failed && !m_ended) {
        if (read(buffer, sizeof buffer) <= 0 && !m_ended)
            break;
    }
    return m_ended && !m_failed;
}

} // namespace lianxin::import
