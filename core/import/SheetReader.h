#pragma once

#include "core/import/Workbook.h"

namespace lianxin::import {

// One file of one format, opened once: its sheets' names, then any sheet's cells. Workbook.cpp picks the
// reader by the file's content and the sheet by its name.
class SheetReader
{
public:
    virtual ~SheetReader() = default;

    // Reads what names the sheets; refuses a file that is not of this format, damaged or encrypted.
    [[nodiscard]] virtual Status open() = 0;
    virtual QStringList sheetNames() const = 0;
    // The sheet at `index` in sheetNames(), calling `progress` (when set) at its start, now and then, and at
    // its end.
    [[nodiscard]] virtual Result<Sheet> read(int index, const ReadProgress &progress) = 0;
};

// Sets `cells` as row `index` (0-based) of `rows`, its trailing empty cells dropped; rows between stay
// blank. A row that is all empty adds nothing, so that a sheet ends at its last row with a value.
void putRow(QList<QList<Cell>> &rows, qsizetype index, QList<Cell> cells);

} // namespace lianxin::import
