#include "core/register/RegionImporter.h"

#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegionImporter)
};

const QStringList kHeader{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                          QStringLiteral("parent_code"), QStringLiteral("sort_order")};

Error atLine(int line, const Error &error)
{
    return {error.field, Tr::tr("Line %1: %2").arg(line).arg(error.message)};
}
} // namespace

QString builtinRegionSeedPath()
{
    return QStringLiteral(":/lianxin/seed/regions-340828.csv");
}

Error regionCsvError(int line, const Error &error)
{
    return atLine(line, error);
}

Result<QList<RegionCsvRow>> parseRegionsCsv(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("file"), Tr::tr("Cannot read %1: %2").arg(filePath, file.errorString())};
    QList<RegionCsvRow> rows;
    bool headerSeen = false;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (!headerSeen) {
            if (cells != kHeader)
                return atLine(lineNumber, {QStringLiteral("header"),
                                           Tr::tr("The header must read %1.").arg(kHeader.join(u','))});
            headerSeen = true;
            continue;
        }
        if (cells.size() != kHeader.size())
            return atLine(lineNumber, {{}, Tr::tr("Expected %1 comma-separated values, found %2.")
                                               .arg(kHeader.size())
                                               .arg(cells.size())});
        RegionCsvRow row;
        row.line = lineNumber;
        row.code = cells[0].trimmed();
        row.name = cells[1].trimmed();
        row.kind = cells[2].trimmed();
        RegionKind kind;
        if (!regionKindFromCode(row.kind, &kind))
            return atLine(lineNumber, {QStringLiteral("kind"), Tr::tr("Unknown region kind \"%1\".").arg(cells[2])});
        row.parentCode = cells[3].trimmed();
        bool numeric = false;
        row.sortOrder = cells[4].trimmed().isEmpty() ? 0 : cells[4].trimmed().toInt(&numeric);
        if (!cells[4].trimmed().isEmpty() && !numeric)
            return atLine(lineNumber, {QStringLiteral("sort_order"), Tr::tr("The sort order must be a whole number.")});
        rows.append(row);
    }
    if (!headerSeen)
        return Error{QStringLiteral("header"), Tr::tr("The file %1 holds no regions.").arg(filePath)};
    return rows;
}

Result<RegionImportSummary> importRegionsCsv(Database &database, const QString &filePath)
{
    const auto rows = parseRegionsCsv(filePath);
    if (!rows)
        return rows.error();
    RegionRepository regions(database);
    RegionImportSummary summary;
    Transaction transaction = database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();

    for (const RegionCsvRow &row : *rows) {
        Region region;
        region.code = row.code;
        region.name = row.name;
        regionKindFromCode(row.kind, &region.kind);
        if (!row.parentCode.isEmpty()) {
            const auto parent = regions.findByCode(row.parentCode);
            if (!parent)
                return atLine(row.line, {QStringLiteral("parent_code"),
                                         Tr::tr("No region has the parent code %1; list parents before "
                                                "their children.")
                                             .arg(row.parentCode)});
            region.parentId = parent->id;
        }
        region.sortOrder = row.sortOrder;

        if (const auto existing = regions.findByCode(region.code)) {
            region.id = existing->id;
            const bool same = existing->name == region.name && existing->kind == region.kind &&
                              existing->parentId == region.parentId && existing->sortOrder == region.sortOrder;
            if (same) {
                ++summary.unchanged;
                continue;
            }
            if (Status status = regions.update(region); !status)
                return atLine(row.line, status.error());
            ++summary.updated;
        } else {
            if (auto created = regions.create(region); !created)
                return atLine(row.line, created.error());
            ++summary.created;
        }
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace lianxin
