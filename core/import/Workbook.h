#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace lianxin::import {

// One cell as the file stores it. Rosters are judged by how a value was stored, not only by what it
// shows: an 18-digit ID number stored as a number has already lost its last digits.
struct Cell
{
    enum class Kind { Empty, Text, Number, Date, Boolean, Error };
    Kind kind = Kind::Empty;
    // Text as stored. For numbers: the digits when the value is whole and below 1e15 ("13912345678"),
    // otherwise Excel's General form with 15 significant digits ("3.40828199001011E+17"). For dates:
    // ISO yyyy-MM-dd. Empty for Kind::Empty.
    QString text;
    double number = 0;  // Kind::Number and Kind::Date (the serial day number, when the file has one)
    QDate date;         // Kind::Date
};

// One sheet: rows[i] is the sheet's own row i + 1 (blank rows are kept as empty lists, so row numbers
// shown to the user are the ones Excel shows); a row holds its cells from column A, trailing empties
// dropped.
struct Sheet
{
    QString name;
    QList<QList<Cell>> rows;
};

// Called now and then while reading: bytes (or rows) done and the total; returning false cancels.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

// The sheets of a roster file, by its content (.xlsx zip, .xls compound file, otherwise CSV text in
// UTF-8 or GB18030/GBK). A CSV file has one sheet, named after the file.
[[nodiscard]] Result<QStringList> sheetNames(const QString &path);

// Reads one sheet (the first when `sheet` is empty). Refuses an unknown sheet name, a damaged or
// encrypted file, and a cancelled read, with a message naming the file.
[[nodiscard]] Result<Sheet> readSheet(const QString &path, const QString &sheet = {}, const ReadProgress &progress = {});

} // namespace lianxin::import
