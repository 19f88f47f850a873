#pragma once

#include "core/common/Result.h"
#include "core/export/TableWriter.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace lianxin {

class Database;
struct Account;

// A list as the screens show it, read page by page on the connection an export gives it: an export runs on
// a connection of its own, off the window's thread, and never holds the whole list in memory.
class ListSource
{
public:
    virtual ~ListSource() = default;
    // The list's name in the audit log ("households", "persons", "cases" …).
    virtual QString name() const = 0;
    // The sheet's name, translated.
    virtual QString title() const = 0;
    virtual QStringList header() const = 0;
    // Rows in all, for progress; -1 when not known beforehand.
    virtual qint64 total(Database &database) const = 0;
    // The next rows; an empty list when the list is done.
    virtual Result<QList<QVariantList>> next(Database &database) = 0;
};

struct ExportOptions
{
    QString path;
    TableWriter::Format format = TableWriter::Format::Xlsx;
    // Rows written and the total (-1: unknown); returning false cancels, and no file is left.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Writes the list into the file and records in the audit log who exported which list and how many rows;
// the file is left only when both succeeded. Returns the rows written.
[[nodiscard]] Result<qint64> exportList(Database &database, const Account &account, ListSource &source,
                                        const ExportOptions &options);

// The format a file name asks for: .csv is CSV, anything else .xlsx.
TableWriter::Format formatOfPath(const QString &path);

} // namespace lianxin
