#include "core/export/ListExport.h"

#include "core/auth/Account.h"
#include "core/auth/AuditLog.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFile>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)
};
} // namespace

TableWriter::Format formatOfPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? TableWriter::Format::Csv
                                                                     : TableWriter::Format::Xlsx;
}

Result<qint64> exportList(Database &database, const Account &account, ListSource &source, const ExportOptions &options)
{
    TableWriter writer;
    if (Status opened = writer.open(options.path, options.format, source.title(), source.header()); !opened)
        return opened.error();
    const qint64 total = source.total(database);
    for (;;) {
        const auto rows = source.next(database);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        for (const QVariantList &row : *rows) {
            if (Status added = writer.addRow(row); !added)
                return added.error();
        }
        if (options.progress && !options.progress(writer.rowCount(), total))
            return Error{{}, Tr::tr("The export was cancelled; no file was written.")};
    }
    if (Status finished = writer.finish(); !finished)
        return finished.error();
    const QString format = options.format == TableWriter::Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    if (Status audited = AuditLog(database).recordExport(account, source.name(), writer.rowCount(), format); !audited) {
        QFile::remove(options.path);
        return audited.error();
    }
    return writer.rowCount();
}

} // namespace lianxin
