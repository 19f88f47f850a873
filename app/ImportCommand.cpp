#include "app/ImportCommand.h"

#include "app/CommandLine.h"
#include "core/common/ChinaTime.h"
#include "core/import/RefusedRows.h"
#include "core/import/RosterImport.h"
#include "core/import/Workbook.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return code;
}

QJsonArray problemsJson(const import::RosterPlan &plan)
{
    QJsonArray problems;
    for (const import::RosterProblem &problem : plan.problems)
        problems.append(
            QJsonObject{{QStringLiteral("row"), problem.row},
                        {QStringLiteral("column"),
                         problem.column < 0 ? QJsonValue() : QJsonValue(import::columnLetter(problem.column))},
                        {QStringLiteral("severity"), import::severityKey(problem.severity)},
                        {QStringLiteral("reason"), problem.reason}});
    return problems;
}

void printProblems(const import::RosterPlan &plan)
{
    for (const import::RosterProblem &problem : plan.problems) {
        const QString place =
            problem.column < 0 ? Tr::tr("row %1").arg(problem.row)
                               : Tr::tr("row %1, column %2").arg(problem.row).arg(import::columnLetter(problem.column));
        const QString severity = problem.severity == import::RosterProblem::Severity::Error     ? Tr::tr("error")
                                 : problem.severity == import::RosterProblem::Severity::Warning ? Tr::tr("warning")
                                                                                                : Tr::tr("note");
        std::printf("%s (%s): %s\n", qPrintable(place), qPrintable(severity), qPrintable(problem.reason));
    }
}
} // namespace

int importRoster(Database &database, const CommandLine &options)
{
    if (options.importGrid.isEmpty())
        return fail(Tr::tr("--import needs --grid CODE: the grid the roster's households belong to."), 2);
    const auto grid = RegionRepository(database).findByCode(options.importGrid);
    if (!grid || grid->kind != RegionKind::Grid)
        return fail(Tr::tr("There is no grid with the code %1 in this workspace.").arg(options.importGrid), 2);

    // The sheet is let go once planned (and its refused rows saved): the import needs only the plan.
    import::RosterPlan plan;
    QString refusedRowsFile;
    QString sheetName;
    {
        int shown = -1;
        const auto sheet = import::readSheet(options.importFile, options.importSheet, [&](qint64 done, qint64 total) {
            const int percent = int(100 * done / qMax<qint64>(1, total));
            if (!options.json && percent != shown)
                std::fprintf(stderr, "\r%3d%%", shown = percent);
            return true;
        });
        if (!options.json && shown >= 0)
            std::fprintf(stderr, "\n");
        if (!sheet)
            return fail(sheet.error().message);
        sheetName = sheet->name;
        const import::ColumnMapping mapping = import::guessColumns(*sheet);
        plan = import::planRoster(*sheet, mapping, chinaToday(database.clock()));
        if (!options.refusedRowsFile.isEmpty() && !plan.refusedRows().isEmpty()) {
            if (Status written = import::writeRefusedRows(*sheet, mapping, plan, options.refusedRowsFile); !written)
                return fail(written.error().message);
            refusedRowsFile = options.refusedRowsFile;
        }
    }
    import::RosterImport importer(database);
    importer.review(plan, grid->id);

    QJsonObject report{{QStringLiteral("households"), int(plan.households.size())},
                       {QStringLiteral("persons"), plan.personCount()},
                       {QStringLiteral("problems"), problemsJson(plan)}};
    if (!refusedRowsFile.isEmpty())
        report.insert(QStringLiteral("refused_rows_file"), refusedRowsFile);
    if (!options.json) {
        printProblems(plan);
        std::printf("%s\n", qPrintable(Tr::tr("%1: %2 households, %3 persons; %4 errors.")
                                           .arg(sheetName)
                                           .arg(plan.households.size())
                                           .arg(plan.personCount())
                                           .arg(plan.errorCount())));
    }
    int code = 0;
    if (!options.dryRun) {
        import::ImportOptions importOptions;
        importOptions.gridId = grid->id;
        importOptions.skipBadRows = options.skipBadRows;
        const auto summary = importer.apply(plan, importOptions);
        if (summary) {
            report.insert(QStringLiteral("imported"), summary->toJson());
            if (!options.json)
                std::printf("%s\n", qPrintable(Tr::tr("Imported: %1 households added, %2 changed, %3 unchanged; %4 "
                                                      "persons added, %5 changed, %6 unchanged; %7 rows refused.")
                                                   .arg(summary->householdsAdded)
                                                   .arg(summary->householdsUpdated)
                                                   .arg(summary->householdsUnchanged)
                                                   .arg(summary->personsAdded)
                                                   .arg(summary->personsUpdated)
                                                   .arg(summary->personsUnchanged)
                                                   .arg(summary->refusedRows)));
        } else {
            report.insert(QStringLiteral("refused"), summary.error().message);
            if (!options.json)
                std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
            code = 1;
        }
    }
    if (options.json)
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return code;
}

} // namespace lianxin
