#include "core/import/XlsReader.h"

#include "core/import/CellValues.h"
#include "core/import/ReadErrors.h"

#include <QDateTime>
#include <QFile>

#include <freexl.h>

namespace lianxin::import {

namespace {
constexpr unsigned kRowsPerReport = 1000;

// A workbook saved with a password to open is no BIFF stream any more: Office keeps the encrypted package
// (an .xlsx) or the encrypted workbook in the compound file, whose directory names the stream.
bool namesEncryptedPackage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray name = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    constexpr qint64 kChunk = 1 << 20;
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray chunk = tail + file.read(kChunk);
        if (chunk.contains(name))
            return true;
        tail = chunk.right(name.size());
    }
    return false;
}

Cell cellOf(const FreeXL_CellValue &value, bool date1904)
{
    switch (value.type) {
    case FREEXL_CELL_INT:
        return numberCell(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberCell(value.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        return textCell(QString::fromUtf8(value.value.text_value));
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME: {
        // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS"
        const QString text = QString::fromUtf8(value.value.text_value);
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (!date.isValid())
            return textCell(text);
        const QTime time = text.size() > 10 ? QTime::fromString(text.mid(11), Qt::ISODate) : QTime();
        const double serial =
            serialOf(date, date1904) + (time.isValid() ? time.msecsSinceStartOfDay() / 86400000.0 : 0);
        return Cell{Cell::Kind::Date, date.toString(Qt::ISODate), serial, date};
    }
    case FREEXL_CELL_TIME:
        return textCell(QString::fromUtf8(value.value.text_value));
    default:
        return {};
    }
}
} // namespace

XlsReader::XlsReader(QString path) : m_path(std::move(path)) {}

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Status XlsReader::open()
{
    const int opened = freexl_open(QFile::encodeName(m_path).constData(), &m_handle);
    unsigned info = 0;
    if (m_handle && freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return encrypted(m_path);
    if (opened != FREEXL_OK) {
        if (namesEncryptedPackage(m_path))
            return encrypted(m_path);
        // A compound file without a workbook in it is a Word document or the like.
        if (opened == FREEXL_BIFF_WORKBOOK_NOT_FOUND)
            return notSpreadsheet(m_path);
        return damaged(m_path, QStringLiteral("freexl_open: %1").arg(opened));
    }
    if (freexl_get_info(m_handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK)
        m_date1904 = info == FREEXL_BIFF_DATEMODE_1904;
    unsigned count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        return damaged(m_path, QStringLiteral("no sheets"));
    for (unsigned i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name) != FREEXL_OK)
            return damaged(m_path, QStringLiteral("sheet name %1").arg(i));
        m_names.append(QString::fromUtf8(name));
    }
    return {};
}

Result<Sheet> XlsReader::read(int index, const ReadProgress &progress)
{
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK)
        return damaged(m_path, QStringLiteral("sheet %1").arg(index));
    if (progress && !progress(0, rows))
        return cancelled(m_path);
    Sheet sheet{m_names.value(index), {}};
    for (unsigned r = 0; r < rows; ++r) {
        QList<Cell> row;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (const int got = freexl_get_cell_value(m_handle, r, c, &value); got != FREEXL_OK)
                return damaged(m_path, QStringLiteral("cell %1,%2: %3").arg(r).arg(c).arg(got));
            Cell cell = cellOf(value, m_date1904);
            if (cell.kind != Cell::Kind::Empty) {
                row.resize(c);
                row.append(std::move(cell));
            }
        }
        putRow(sheet.rows, r, std::move(row));
        if (progress && (r + 1) % kRowsPerReport == 0 && !progress(r + 1, rows))
            return cancelled(m_path);
    }
    if (progress && !progress(rows, rows))
        return cancelled(m_path);
    return sheet;
}

} // namespace lianxin::import
