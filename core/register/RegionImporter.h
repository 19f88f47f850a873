#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace lianxin {

class Database;

struct RegionImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

// One line of a region CSV file, checked for form only (the kind is known, the sort order a number).
struct RegionCsvRow
{
    int line = 0;
    QString code;
    QString name;
    QString kind;
    QString parentCode;
    int sortOrder = 0;
};

// The rows of a region CSV file (code,name,kind,parent_code,sort_order; '#' lines are comments); the
// first bad line stops it with an error naming the line and the field.
[[nodiscard]] Result<QList<RegionCsvRow>> parseRegionsCsv(const QString &filePath);
// The same error, prefixed with the line it comes from.
Error regionCsvError(int line, const Error &error);

// Imports a region tree from CSV (code,name,kind,parent_code,sort_order; '#' lines are comments), matching
// existing regions by code: new codes are created, known ones updated. Parents must come before their
// children. All or nothing: the first bad line stops the import, names the line and the field, and
// leaves the store as it was.
[[nodiscard]] Result<RegionImportSummary> importRegionsCsv(Database &database, const QString &filePath);

// The seed shipped with the program: Yuexi County and its 24 townships.
QString builtinRegionSeedPath();

} // namespace lianxin
