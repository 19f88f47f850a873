#include "core/import/CsvReader.h"

#include "core/import/CellValues.h"
#include "core/import/ReadErrors.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <utility>

namespace lianxin::import {

namespace {
constexpr qint64 kChunk = 256 * 1024;

// The rows of CSV text fed in pieces of any size: fields, RFC 4180 quotes ("" inside quotes is one quote,
// separators and line breaks inside quotes are part of the value), CRLF, LF or CR line ends.
class CsvParser
{
public:
    // False when the text holds control characters that no spreadsheet's text has (a binary file).
    bool feed(QStringView text)
    {
        if (m_separator.isNull()) {
            // The separator is known from the first line.
            m_firstLine += text;
            if (!m_firstLine.contains(u'\n') && !m_firstLine.contains(u'\r'))
                return true;
            return startWith(std::exchange(m_firstLine, {}));
        }
        return parse(text);
    }

    bool finish()
    {
        if (m_separator.isNull() && !startWith(std::exchange(m_firstLine, {})))
            return false;
        if (m_inQuotes || m_quoted || !m_field.isEmpty() || !m_row.isEmpty())
            endRow();
        return true;
    }

    QList<QList<Cell>> takeRows() { return std::move(m_rows); }

private:
    bool startWith(const QString &text)
    {
        qsizetype end = 0;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QStringView firstLine = QStringView(text).left(end);
        m_separator = firstLine.contains(u'\t') && !firstLine.contains(u',') ? u'\t' : u',';
        return parse(text);
    }

    bool parse(QStringView text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\r' && c != u'\n')
                return false;
            if (m_inQuotes) {
                if (!m_quotePending && c == u'"') {
                    m_quotePending = true;
                    continue;
                }
                if (!m_quotePending || c == u'"') {
                    m_quotePending = false;
                    m_field += c;
                    continue;
                }
                // The pending quote closed the value; c comes after it.
                m_quotePending = false;
                m_inQuotes = false;
            }
            const bool afterCarriageReturn = std::exchange(m_afterCarriageReturn, false);
            if (c == m_separator) {
                endField();
            } else if (c == u'\r') {
                endRow();
                m_afterCarriageReturn = true;
            } else if (c == u'\n') {
                if (!afterCarriageReturn)
                    endRow();
            } else if (c == u'"' && m_field.isEmpty() && !m_quoted) {
                m_inQuotes = true;
                m_quoted = true;
            } else {
                m_field += c;
            }
        }
        return true;
    }

    void endField()
    {
        if (m_quoted && m_field.contains(u'\r'))
            m_field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        m_row.append(textCell(m_field));
        m_field.clear();
        m_quoted = false;
        m_inQuotes = false;
        m_quotePending = false;
    }

    void endRow()
    {
        endField();
        putRow(m_rows, m_rowIndex++, std::exchange(m_row, {}));
    }

    QChar m_separator;
    QString m_firstLine;
    QString m_field;
    QList<Cell> m_row;
    QList<QList<Cell>> m_rows;
    qsizetype m_rowIndex = 0;
    bool m_inQuotes = false;
    bool m_quotePending = false;
    bool m_quoted = false;
    bool m_afterCarriageReturn = false;
};

// A byte order mark names the encoding (and is skipped). Without one: UTF-8 when all of the text is valid
// UTF-8, otherwise GB18030, read again from the start. GB18030 comes through ICU, which Qt has on the
// platforms we build for.
QList<const char *> encodingsFor(const QByteArray &head, qint64 &skip)
{
    skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
        return {"UTF-8"};
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        skip = 2;
        return {head.startsWith("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE"};
    }
    return {"UTF-8", "GB18030"};
}
} // namespace

CsvReader::CsvReader(QString path) : m_path(std::move(path)) {}

Status CsvReader::open()
{
    // A first look, so that the sheet names of a binary file are refused too: its start must decode as
    // text without control characters.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(m_path, file.errorString());
    const QByteArray head = file.read(kChunk);
    qint64 skip = 0;
    for (const char *encoding : encodingsFor(head, skip)) {
        QStringDecoder decoder(encoding);
        const QString text = decoder.decode(QByteArrayView(head).sliced(skip));
        CsvParser parser;
        if (decoder.isValid() && !decoder.hasError())
            return parser.feed(text) && parser.finish() ? Status{} : notSpreadsheet(m_path);
    }
    return notSpreadsheet(m_path);
}

QStringList CsvReader::sheetNames() const
{
    return {QFileInfo(m_path).completeBaseName()};
}

Result<Sheet> CsvReader::read(int, const ReadProgress &progress)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(m_path, file.errorString());
    const qint64 total = file.size();
    qint64 skip = 0;
    for (const char *encoding : encodingsFor(file.peek(3), skip)) {
        QStringDecoder decoder(encoding);
        if (!decoder.isValid())
            return notSpreadsheet(m_path);
        if (!file.seek(skip))
            return cannotRead(m_path, file.errorString());
        if (progress && !progress(0, total))
            return cancelled(m_path);
        CsvParser parser;
        bool decoded = true;
        while (decoded && !file.atEnd()) {
            const QByteArray bytes = file.read(kChunk);
            if (bytes.isEmpty())
                return cannotRead(m_path, file.errorString());
            const QString text = decoder.decode(bytes);
            decoded = !decoder.hasError();
            if (decoded && !parser.feed(text))
                return notSpreadsheet(m_path);
            if (progress && !progress(file.pos(), total))
                return cancelled(m_path);
        }
        if (!decoded)
            continue;
        if (!parser.finish())
            return notSpreadsheet(m_path);
        return Sheet{sheetNames().constFirst(), parser.takeRows()};
    }
    return notSpreadsheet(m_path);
}

} // namespace lianxin::import
