#include "core/import/RefusedRows.h"

#include "core/export/TableWriter.h"

#include <QCoreApplication>
#include <QHash>

namespace lianxin::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RefusedRows)
};

// Why a row was left out: its own errors, or the error of another row of its household.
QHash<int, QStringList> reasonsByRow(const RosterPlan &plan)
{
    QHash<int, QStringList> reasons;
    for (const RosterProblem &problem : plan.problems) {
        if (problem.severity != RosterProblem::Severity::Error)
            continue;
        reasons[problem.row].append(problem.column < 0
                                        ? problem.reason
                                        : Tr::tr("Column %1: %2").arg(columnLetter(problem.column), problem.reason));
    }
    for (const RosterHousehold &household : plan.households) {
        if (!household.refused)
            continue;
        int erring = 0;
        for (const int row : household.rows) {
            if (reasons.contains(row) && erring == 0)
                erring = row;
        }
        for (const int row : household.rows) {
            if (!reasons.contains(row))
                reasons[row].append(Tr::tr("Left out with its household: see row %1 of the roster.").arg(erring));
        }
    }
    return reasons;
}
} // namespace

Status writeRefusedRows(const Sheet &sheet, const ColumnMapping &mapping, const RosterPlan &plan, const QString &path)
{
    const QHash<int, QStringList> reasons = reasonsByRow(plan);
    int width = 0;
    for (const QList<Cell> &row : sheet.rows)
        width = std::max(width, int(row.size()));
    QStringList header{Tr::tr("Reason left out"), Tr::tr("Row in the roster")};
    const QList<Cell> headerCells = mapping.headerRow >= 0 ? sheet.rows.value(mapping.headerRow) : QList<Cell>();
    for (int column = 0; column < width; ++column) {
        const QString name = column < headerCells.size() ? headerCells.at(column).text : QString();
        header.append(name.isEmpty() ? columnLetter(column) : name);
    }
    TableWriter writer;
    if (Status opened = writer.open(path, TableWriter::Format::Xlsx, sheet.name, header); !opened)
        return opened;
    for (const int row : plan.refusedRows()) {
        QVariantList cells{reasons.value(row).join(QLatin1Char('\n')), row};
        const QList<Cell> &stored = sheet.rows.value(row - 1);
        for (int column = 0; column < width; ++column)
            cells.append(column < stored.size() ? stored.at(column).text : QString());
        if (Status added = writer.addRow(cells); !added)
            return added;
    }
    return writer.finish();
}

} // namespace lianxin::import
