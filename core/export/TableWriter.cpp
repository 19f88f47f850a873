#include "core/export/TableWriter.h"

#include "core/import/CellValues.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <filesystem>
#include <system_error>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
};

constexpr qint64 kMaxXlsxRows = 1048576;
constexpr qsizetype kMaxXlsxText = 32767;
constexpr qsizetype kMaxSheetName = 31;
constexpr qint64 kRowsMeasured = 1000;
constexpr qsizetype kCsvFlushBytes = 64 * 1024;

Error writeError(const QString &path, const QString &reason)
{
    return Error{QStringLiteral("file"), Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
}

// How a value is written, by its type.
enum class ValueKind { Empty, Text, Number, Date, DateTime, Boolean };

ValueKind kindOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return ValueKind::Empty;
    switch (value.typeId()) {
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Float:
    case QMetaType::Double:
        return ValueKind::Number;
    case QMetaType::QDate:
        return ValueKind::Date;
    case QMetaType::QDateTime:
        return ValueKind::DateTime;
    case QMetaType::Bool:
        return ValueKind::Boolean;
    default:
        return value.toString().isEmpty() ? ValueKind::Empty : ValueKind::Text;
    }
}

QString dateTimeText(const QDateTime &value)
{
    return value.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The columns Excel gives a text: East Asian characters are twice as wide as Latin ones.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            width += c.unicode() >= 0x2E80 ? 2 : 1;
    }
    return width;
}
} // namespace

// One file format's writing.
class TableBackend
{
public:
    virtual ~TableBackend() = default;
    [[nodiscard]] virtual Status open(const QString &path, const QString &sheetName, const QStringList &header) = 0;
    [[nodiscard]] virtual Status write(const QVariantList &cells) = 0;
    [[nodiscard]] virtual Status finish() = 0;
    virtual void discard() = 0;
};

namespace {
// libxlsxwriter in constant-memory mode: each row goes to a temporary file as soon as the next one starts.
// It writes the whole .xlsx only when closed, to "<path>.part", renamed into place once complete.
class XlsxBackend final : public TableBackend
{
public:
    ~XlsxBackend() override { discard(); }

    Status open(const QString &path, const QString &sheetName, const QStringList &header) override
    {
        m_path = path;
        m_part = path + QStringLiteral(".part");
        QFile::remove(m_part);
        m_tmpdir = QFile::encodeName(QDir::tempPath());
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        m_workbook = workbook_new_opt(nativeName(m_part).constData(), &options);
        if (!m_workbook)
            return writeError(m_path, Tr::tr("the spreadsheet library cannot start"));
        m_sheet = workbook_add_worksheet(m_workbook, TableWriter::sheetNameFor(sheetName).toUtf8().constData());
        m_bold = workbook_add_format(m_workbook);
        m_date = workbook_add_format(m_workbook);
        m_dateTime = workbook_add_format(m_workbook);
        if (!m_sheet || !m_bold || !m_date || !m_dateTime)
            return writeError(m_path, Tr::tr("the spreadsheet library cannot start"));
        format_set_bold(m_bold);
        format_set_num_format(m_date, "yyyy-mm-dd");
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm:ss");
        m_columns = lxw_col_t(header.size());
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QString text = header.at(column).left(kMaxXlsxText);
            measure(column, displayWidth(text));
            if (const lxw_error error =
                    worksheet_write_string(m_sheet, 0, lxw_col_t(column), text.toUtf8().constData(), m_bold))
                return libraryError(error);
        }
        if (!header.isEmpty())
            worksheet_freeze_panes(m_sheet, 1, 0);
        return {};
    }

    Status write(const QVariantList &cells) override
    {
        if (m_row + 1 >= kMaxXlsxRows)
            return writeError(m_path, Tr::tr("a sheet holds at most %1 rows").arg(kMaxXlsxRows));
        ++m_row;
        const bool measuring = m_row <= kRowsMeasured;
        m_columns = std::max(m_columns, lxw_col_t(cells.size()));
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QVariant &value = cells.at(i);
            const auto column = lxw_col_t(i);
            lxw_error error = LXW_NO_ERROR;
            qsizetype width = 0;
            switch (kindOf(value)) {
            case ValueKind::Empty:
                break;
            case ValueKind::Text: {
                const QString text = value.toString().left(kMaxXlsxText);
                width = displayWidth(text);
                error = worksheet_write_string(m_sheet, m_row, column, text.toUtf8().constData(), nullptr);
                break;
            }
            case ValueKind::Number:
                width = import::numberText(value.toDouble()).size();
                error = worksheet_write_number(m_sheet, m_row, column, value.toDouble(), nullptr);
                break;
            case ValueKind::Boolean:
                width = 5;
                error = worksheet_write_boolean(m_sheet, m_row, column, value.toBool(), nullptr);
                break;
            case ValueKind::Date:
            case ValueKind::DateTime: {
                const bool withTime = kindOf(value) == ValueKind::DateTime;
                const QDateTime at = withTime ? value.toDateTime() : value.toDate().startOfDay();
                // Excel has no day before 1900; such a date is written as its text.
                if (at.date().year() < 1900) {
                    const QString text = withTime ? dateTimeText(at) : at.date().toString(Qt::ISODate);
                    width = text.size();
                    error = worksheet_write_string(m_sheet, m_row, column, text.toUtf8().constData(), nullptr);
                    break;
                }
                lxw_datetime datetime{at.date().year(),
                                      at.date().month(),
                                      at.date().day(),
                                      withTime ? at.time().hour() : 0,
                                      withTime ? at.time().minute() : 0,
                                      withTime ? at.time().second() : 0.0};
                width = withTime ? 19 : 10;
                error = worksheet_write_datetime(m_sheet, m_row, column, &datetime, withTime ? m_dateTime : m_date);
                break;
            }
            }
            if (error)
                return libraryError(error);
            if (measuring)
                measure(i, width);
        }
        return {};
    }

    Status finish() override
    {
        for (qsizetype column = 0; column < m_widths.size(); ++column)
            worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                                 double(std::clamp<qsizetype>(m_widths.at(column) + 2, 6, 60)), nullptr);
        if (m_columns > 0)
            worksheet_autofilter(m_sheet, 0, 0, m_row, m_columns - 1);
        const lxw_error error = workbook_close(std::exchange(m_workbook, nullptr));
        if (error) {
            QFile::remove(m_part);
            return libraryError(error);
        }
        std::error_code failed;
        std::filesystem::rename(std::filesystem::path(m_part.toStdU16String()),
                                std::filesystem::path(m_path.toStdU16String()), failed);
        if (failed) {
            QFile::remove(m_part);
            return writeError(m_path, QString::fromStdString(failed.message()));
        }
        return {};
    }

    void discard() override
    {
        if (m_workbook)
            lxw_workbook_free(std::exchange(m_workbook, nullptr));
        if (!m_part.isEmpty())
            QFile::remove(m_part);
    }

private:
    // libxlsxwriter opens files by UTF-8 names on Windows, by the locale's bytes elsewhere.
    static QByteArray nativeName(const QString &path)
    {
#ifdef Q_OS_WIN
        return path.toUtf8();
#else
        return QFile::encodeName(path);
#endif
    }

    Error libraryError(lxw_error error) const
    {
        return writeError(m_path, QString::fromUtf8(lxw_strerror(error)));
    }

    void measure(qsizetype column, qsizetype width)
    {
        if (m_widths.size() <= column)
            m_widths.resize(column + 1);
        m_widths[column] = std::max(m_widths.at(column), width);
    }

    QString m_path;
    QString m_part;
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_row_t m_row = 0;
    lxw_col_t m_columns = 0;
    QList<qsizetype> m_widths;
};

// CSV through QSaveFile, which writes beside the target and renames it into place on commit.
class CsvBackend final : public TableBackend
{
public:
    Status open(const QString &path, const QString &, const QStringList &header) override
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(path, m_file.errorString());
        m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
        QVariantList cells;
        for (const QString &name : header)
            cells.append(name);
        return header.isEmpty() ? Status{} : write(cells);
    }

    Status write(const QVariantList &cells) override
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendField(cells.at(i));
        }
        m_buffer.append("\r\n");
        return m_buffer.size() >= kCsvFlushBytes ? flush() : Status{};
    }

    Status finish() override
    {
        if (Status flushed = flush(); !flushed)
            return flushed;
        if (!m_file.commit())
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

    void discard() override
    {
        if (m_file.isOpen())
            m_file.cancelWriting();
    }

private:
    void appendField(const QVariant &value)
    {
        QString text;
        switch (kindOf(value)) {
        case ValueKind::Empty:
            return;
        case ValueKind::Text:
            text = value.toString();
            break;
        case ValueKind::Number:
            text = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float
                       ? import::numberText(value.toDouble())
                       : value.toString();
            break;
        case ValueKind::Boolean:
            text = value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case ValueKind::Date:
            text = value.toDate().toString(Qt::ISODate);
            break;
        case ValueKind::DateTime:
            text = dateTimeText(value.toDateTime());
            break;
        }
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
            text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            text = u'"' + text + u'"';
        }
        m_buffer.append(text.toUtf8());
    }

    Status flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return writeError(m_file.fileName(), m_file.errorString());
        m_buffer.clear();
        return {};
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};
} // namespace

TableWriter::TableWriter() = default;

TableWriter::~TableWriter()
{
    cancel();
}

Status TableWriter::open(const QString &path, Format format, const QString &sheetName, const QStringList &header)
{
    cancel();
    m_path = path;
    m_rows = 0;
    if (format == Format::Xlsx)
        m_backend = std::make_unique<XlsxBackend>();
    else
        m_backend = std::make_unique<CsvBackend>();
    if (Status opened = m_backend->open(path, sheetName, header); !opened) {
        cancel();
        return opened;
    }
    return {};
}

Status TableWriter::addRow(const QVariantList &cells)
{
    if (!m_backend)
        return writeError(m_path, Tr::tr("the table is not open"));
    if (Status written = m_backend->write(cells); !written) {
        cancel();
        return written;
    }
    ++m_rows;
    return {};
}

Status TableWriter::finish()
{
    if (!m_backend)
        return writeError(m_path, Tr::tr("the table is not open"));
    const Status finished = m_backend->finish();
    if (!finished)
        m_backend->discard();
    m_backend.reset();
    return finished;
}

void TableWriter::cancel()
{
    if (m_backend)
        m_backend->discard();
    m_backend.reset();
}

QString TableWriter::sheetNameFor(const QString &name)
{
    QString fitted = name;
    for (QChar &c : fitted) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    if (fitted.size() > kMaxSheetName)
        fitted.truncate(fitted.at(kMaxSheetName - 1).isHighSurrogate() ? kMaxSheetName - 1 : kMaxSheetName);
    while (fitted.startsWith(u'\''))
        fitted.remove(0, 1);
    while (fitted.endsWith(u'\''))
        fitted.chop(1);
    // Excel keeps "History" for itself.
    if (fitted.isEmpty() || fitted.compare(u"History", Qt::CaseInsensitive) == 0)
        fitted = QStringLiteral("Sheet1");
    return fitted;
}

} // namespace lianxin
