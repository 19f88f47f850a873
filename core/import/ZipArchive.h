#pragma once

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

// The zip container of an .xlsx, read with zlib. Not QuaZip: QuaZip exports minizip's functions under
// minizip's own names, and in a process that also loads libxlsxwriter (which calls the system minizip) one
// library's calls land in the other's copy and crash.
namespace lianxin::import {

class ZipEntryDevice;

class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 headerOffset = 0;
    };

    explicit ZipArchive(QString path);

    // Reads the central directory (Zip64 too). False when the file is no zip or its directory is damaged
    // or cut off; errorString() says what (in English, for the log).
    [[nodiscard]] bool open();
    QString errorString() const { return m_error; }

    // The entry of that name, compared without case as Office does; nullptr when there is none.
    const Entry *find(const QString &name) const;
    // A device streaming the entry's bytes, stored or deflated; nullptr (and errorString()) when its local
    // header is damaged or it is encrypted or compressed some other way.
    std::unique_ptr<ZipEntryDevice> openEntry(const Entry &entry);

private:
    QString m_path;
    QString m_error;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byName;
};

// One entry's bytes as they were before they were zipped. Sequential; its CRC-32 and size are checked as
// the last bytes are read.
class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(const QString &path, const ZipArchive::Entry &entry, qint64 dataOffset);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    // The bytes read so far.
    qint64 done() const { return m_produced; }
    // Reads what is left; true when every byte was there and matched the checksum.
    [[nodiscard]] bool verify();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &reason);
    bool finishEntry();

    struct Inflater;
    QFile m_file;
    ZipArchive::Entry m_entry;
    std::unique_ptr<Inflater> m_inflater; // for deflated entries
    QByteArray m_input;
    qint64 m_consumed = 0; // compressed bytes read from the file
    qint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace lianxin::import
