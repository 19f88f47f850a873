#pragma once

#include "core/import/Workbook.h"

#include <QDate>
#include <QString>
#include <QStringView>

// How the readers turn stored values into Cells, shared by the three formats and by the table writer so
// that a number reads and writes the same way everywhere.
namespace lianxin::import {

// Excel's General form of a number: the digits when it is whole and below 1e15, otherwise 15 significant
// digits ("3.40828199001011E+17", "0.1", "1.5E-07").
QString numberText(double value);

// A text cell; an empty text is an Empty cell.
Cell textCell(const QString &text);
Cell numberCell(double value);

// What a number format shows: the number itself, a date (perhaps with a time), or a time of day alone.
enum class FormatKind { Number, Date, Time };

// The kind of a built-in format id (0–163) of a workbook in the Chinese locale.
FormatKind builtinFormatKind(int id);
// The kind of a format code such as `yyyy"年"m"月"d"日"`: its first section's tokens outside quotes,
// escapes and brackets ([h], [mm] and [ss] are elapsed times; [Red], [$-804], [DBNum1] are not dates).
FormatKind formatCodeKind(QStringView code);

// A stored serial day number shown through a date or time format. A date out of Excel's range stays a
// Number; the 1900 system's fake 29 February 1900 (serial 60) becomes the Text "1900-02-29"; a time of
// day alone becomes the Text "HH:mm:ss".
Cell serialCell(double serial, bool date1904, FormatKind kind);
// A date's serial day number in the workbook's date system.
double serialOf(const QDate &date, bool date1904);

} // namespace lianxin::import
