#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace lianxin {

class TableBackend;

// A table written row by row into an .xlsx or a .csv file in constant memory: exported lists, and the rows
// of a roster that an import refused. The file appears at its path only when finish() succeeds; a writer
// cancelled or destroyed before that leaves nothing behind (nor a file it would have replaced changed).
class TableWriter
{
public:
    enum class Format { Xlsx, Csv };

    TableWriter();
    ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    // Starts the table with `header` as its first row: bold, frozen and with a filter in .xlsx, whose one
    // sheet is named `sheetName` as sheetNameFor() makes it fit. A .csv file is UTF-8 with a byte order
    // mark (so that Excel reads Chinese), CRLF line ends, quoted where RFC 4180 asks. Errors name "file".
    [[nodiscard]] Status open(const QString &path, Format format, const QString &sheetName, const QStringList &header);
    // One row. A QString is always a text cell, so that an ID number or a phone stays as typed; a number
    // (int, qint64, double, ...) is a number cell, a QDate a date shown yyyy-mm-dd, a QDateTime a date and
    // time, a bool TRUE or FALSE, a null or invalid QVariant an empty cell, anything else its toString().
    [[nodiscard]] Status addRow(const QVariantList &cells);
    // Writes the file out and puts it at its path, replacing a file that was there.
    [[nodiscard]] Status finish();
    // Drops what was written; also what the destructor does with an unfinished table.
    void cancel();

    // The rows added, the header not counted.
    qint64 rowCount() const { return m_rows; }

    // A name Excel accepts for a sheet: []:*?/\ become _, at most 31 characters, no apostrophe at either
    // end, not empty.
    static QString sheetNameFor(const QString &name);

private:
    std::unique_ptr<TableBackend> m_backend;
    QString m_path;
    qint64 m_rows = 0;
};

} // namespace lianxin
