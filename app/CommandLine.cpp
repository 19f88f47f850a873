#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace lianxin {

std::optional<int> parseCommandLine(const QCoreApplication &app, CommandLine *result)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "Lianxin, the grid and mediation workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("CommandLine", "Keep the workspace in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption makeDemo(
        QStringLiteral("make-demo"),
        QCoreApplication::translate("CommandLine", "Fill an empty workspace with a demo township of <n> households, then exit."),
        QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("CommandLine", "Seed of the demo data (default 1)."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("CommandLine", "Interface language: zh_CN or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption addAccount(
        QStringLiteral("add-account"),
        QCoreApplication::translate("CommandLine", "Create the account <user> (password read from standard input), then exit."),
        QStringLiteral("user"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("CommandLine", "With --add-account: the person's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QCoreApplication::translate("CommandLine", "With --add-account: grid_officer, grid_head, unit_head, defence_head, "
                                                   "mediator, legal_adviser or township_admin."),
        QStringLiteral("role"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        QCoreApplication::translate("CommandLine", "With --add-account: the region codes covered, separated by commas."),
        QStringLiteral("codes"));
    const QCommandLineOption syncOnce(
        QStringLiteral("sync-once"),
        QCoreApplication::translate("CommandLine", "Sync the workspace with the county server without a window, then exit "
                                                   "(0 done, 3 sign-in needed, 4 server unreachable, 5 refused by the server, 1 other)."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("CommandLine", "The county server's address, e.g. http://127.0.0.1:8470."),
                                    QStringLiteral("url"));
    const QCommandLineOption syncUser(
        QStringLiteral("sync-user"),
        QCoreApplication::translate("CommandLine", "With --sync-once: sign in as <user> first (password read from standard input)."),
        QStringLiteral("user"));
    const QCommandLineOption backup(
        QStringLiteral("backup"),
        QCoreApplication::translate("CommandLine",
                                    "Back up the workspace (its store with the attachments, and the settings) "
                                    "into <file>, encrypted with a passphrase read from standard input."),
        QStringLiteral("file"));
    const QCommandLineOption restore(
        QStringLiteral("restore"),
        QCoreApplication::translate("CommandLine",
                                    "Restore the workspace from the backup <file> (passphrase from standard input); "
                                    "the store it replaces is kept in before-restore-<time> in the workspace."),
        QStringLiteral("file"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QCoreApplication::translate("CommandLine",
                                    "Import the households of a roster (.xlsx, .xls or .csv in UTF-8 or GBK) into the "
                                    "grid given with --grid."),
        QStringLiteral("file"));
    const QCommandLineOption grid(QStringLiteral("grid"),
                                  QCoreApplication::translate("CommandLine", "With --import: the grid's code."),
                                  QStringLiteral("code"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        QCoreApplication::translate("CommandLine", "With --import: the sheet (default: the first)."),
        QStringLiteral("name"));
    const QCommandLineOption skipBadRows(
        QStringLiteral("skip-bad-rows"),
        QCoreApplication::translate("CommandLine",
                                    "With --import: import the households without errors and leave out the others "
                                    "(default: refuse the whole roster when any row has an error)."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("CommandLine", "With --import: check the roster, write nothing."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("CommandLine", "With --import: print the result as JSON."));
    const QCommandLineOption refusedRows(
        QStringLiteral("refused-rows"),
        QCoreApplication::translate("CommandLine",
                                    "With --import: write the rows left out, with a reason column, to <file> (.xlsx) "
                                    "to fix and import again."),
        QStringLiteral("file"));
    parser.addOptions({dataDir, makeDemo, seed,        language, addAccount, name,       role,
                       scope,   syncOnce, server,      syncUser, backup,     restore,    import,
                       grid,    sheet,    skipBadRows, dryRun,   json,       refusedRows});
    parser.process(app);

    auto fail = [&](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    };
    result->dataDir = parser.value(dataDir);
    if (parser.isSet(makeDemo)) {
        bool ok = false;
        result->makeDemoHouseholds = parser.value(makeDemo).toInt(&ok);
        if (!ok || result->makeDemoHouseholds < 1)
            return fail(QCoreApplication::translate("CommandLine", "--make-demo needs a number of households of at least 1."));
    }
    bool ok = false;
    result->demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("CommandLine", "--seed needs a whole number."));
    result->language = parser.value(language);
    result->addAccount = parser.value(addAccount);
    result->accountName = parser.value(name);
    result->accountRole = parser.value(role);
    result->accountScope = parser.value(scope).split(QLatin1Char(','), Qt::SkipEmptyParts);
    result->syncOnce = parser.isSet(syncOnce);
    result->serverUrl = parser.value(server);
    result->syncUser = parser.value(syncUser);
    result->backupFile = parser.value(backup);
    result->restoreFile = parser.value(restore);
    result->importFile = parser.value(import);
    result->importGrid = parser.value(grid);
    result->importSheet = parser.value(sheet);
    result->skipBadRows = parser.isSet(skipBadRows);
    result->dryRun = parser.isSet(dryRun);
    result->json = parser.isSet(json);
    result->refusedRowsFile = parser.value(refusedRows);
    if (!result->language.isEmpty() && result->language != QLatin1String("zh_CN") && result->language != QLatin1String("en"))
        return fail(QCoreApplication::translate("CommandLine", "--lang takes zh_CN or en."));
    return std::nullopt;
}

} // namespace lianxin
