#include "app/CommandLine.h"
#include "core/demo/DemoGenerator.h"
#include "core/register/HouseholdRepository.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

using namespace lianxin;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("lianxin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

// Fills an empty workspace with demo data, reporting progress on the terminal.
int makeDemo(Database &database, const CommandLine &options)
{
    if (HouseholdRepository(database).count({}) > 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "The workspace already holds households; "
                                                                "demo data is only made in an empty one.")));
        return 1;
    }
    DemoGenerator generator(database, {options.demoSeed, options.makeDemoHouseholds});
    const auto summary = generator.run([](int done, int total) {
        std::fprintf(stderr, "\r%d / %d", done, total);
        return true;
    });
    std::fprintf(stderr, "\n");
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
        return 1;
    }
    std::printf("%s\n", qPrintable(QApplication::translate("main", "Demo workspace made: %1 villages, %2 grids, "
                                                                   "%3 households, %4 persons.")
                                       .arg(summary->villages)
                                       .arg(summary->grids)
                                       .arg(summary->households)
                                       .arg(summary->persons)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lianxin"));
    QApplication::setOrganizationName(QStringLiteral("Lianxin"));
    QApplication::setApplicationVersion(QStringLiteral(LIANXIN_VERSION));

    CommandLine options;
    if (const auto exitCode = parseCommandLine(app, &options))
        return *exitCode;
    installTranslations(app, options.language);

    const QString dataDir = resolveDataDir(options.dataDir);
    auto database = Database::open({databasePath(dataDir)});
    if (!database) {
        if (options.makeDemoHouseholds > 0) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        } else {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Lianxin cannot start"),
                                  database.error().message);
        }
        return 1;
    }
    if (options.makeDemoHouseholds > 0)
        return makeDemo(**database, options);

    MainWindow window(**database);
    window.show();
    return QApplication::exec();
}
