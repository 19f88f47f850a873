#include "app/AppCommands.h"
#include "app/CommandLine.h"
#include "app/ImportCommand.h"
#include "core/auth/AccountRepository.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/auth/FirstSignInDialog.h"
#include "ui/auth/SignInDialog.h"
#include "ui/forms/Ask.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <optional>
#include <utility>

using namespace lianxin;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale(interfaceLanguage(language, QLocale::system()));
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("lianxin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

// The value of --lang (as --lang zh_CN or --lang=zh_CN), read before the full parse; checked there.
std::optional<QString> languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // The terminal commands run where there is no display (scheduled tasks, servers).
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if ((argument == "--sync-once" || argument == "--make-demo" || argument == "--add-account" ||
             argument == "--backup" || argument == "--restore" || argument == "--import" || argument == "--help" ||
             argument == "-h" || argument == "--version" || argument == "-v") &&
            qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lianxin"));
    QApplication::setOrganizationName(QStringLiteral("Lianxin"));
    QApplication::setApplicationVersion(QStringLiteral(LIANXIN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lianxin/icons/lianxin.svg")));

    // The language first, so that --help and the command line's own messages speak it too.
    Settings settings;
    installTranslations(app, languageArgument(app.arguments()).value_or(settings.language()));
    CommandLine options;
    if (const auto exitCode = parseCommandLine(app, &options))
        return *exitCode;

    const QString dataDir = resolveDataDir(options.dataDir.isEmpty() ? settings.dataDir() : options.dataDir);
    // A backup copies the store through a connection of its own; a restore replaces it: neither opens it here.
    if (!options.backupFile.isEmpty())
        return backupWorkspace(dataDir, settings.fileName(), options);
    if (!options.restoreFile.isEmpty())
        return restoreWorkspace(dataDir, settings.fileName(), options);
    auto database = Database::open({databasePath(dataDir)});
    if (!database) {
        if (options.makeDemoHouseholds > 0 || !options.addAccount.isEmpty() || options.syncOnce ||
            !options.importFile.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        else
            QMessageBox::critical(nullptr, QApplication::translate("main", "Lianxin cannot start"),
                                  database.error().message);
        return 1;
    }
    if (options.makeDemoHouseholds > 0)
        return makeDemoWorkspace(**database, options);
    if (!options.addAccount.isEmpty())
        return addAccountFromCommandLine(**database, options);
    if (options.syncOnce)
        return syncOnce(**database, options);
    if (!options.importFile.isEmpty())
        return importRoster(**database, options);
    if (!options.serverUrl.isEmpty())
        (void)(*database)->setMetaValue(QStringLiteral("sync_server_url"), options.serverUrl);

    // One window per workspace; a restore waits for it to close.
    QLockFile workspaceLock(workspaceLockPath(dataDir));
    if (!workspaceLock.tryLock(0)) {
        QMessageBox::information(
            nullptr, QApplication::translate("main", "Lianxin"),
            QApplication::translate("main", "Lianxin is already open on this workspace (%1).").arg(dataDir));
        return 0;
    }
    // A computer no one has signed in on: the first person signs in to the county server and downloads
    // their area, then goes straight in.
    std::optional<std::pair<Account, QString>> signedIn;
    if (AccountRepository(**database).list().isEmpty()) {
        FirstSignInDialog first(**database, databasePath(dataDir), {}, settings.serverUrl().toString());
        if (first.exec() != QDialog::Accepted)
            return 0;
        signedIn.emplace(first.account(), first.password());
    }
    // One person at a time; on the lock screen another may sign in (Switch user), and the window is made
    // anew for that person's role and scope. Leaving the event loop ends every dialog of the person before.
    constexpr int kSwitchUser = 42;
    QString username = settings.lastUsername();
    for (;;) {
        SignInDialog signIn(**database, SignInDialog::Mode::SignIn, username);
        const int answer = signedIn ? int(QDialog::Accepted) : signIn.exec();
        if (answer == SignInDialog::kOnline || answer == SignInDialog::kPasswordChange) {
            FirstSignInDialog online(**database, databasePath(dataDir), signIn.username(),
                                     settings.serverUrl().toString());
            if (answer == SignInDialog::kPasswordChange)
                online.changePasswordFirst(signIn.password());
            if (online.exec() == QDialog::Accepted)
                signedIn.emplace(online.account(), online.password());
            continue;
        }
        if (answer != QDialog::Accepted) {
            // Cancelled (after Switch user, say) with work not on the server yet: say so before quitting.
            const int pending = ChangeLog(**database).pendingRowCount();
            if (pending > 0 &&
                ask::question(nullptr, QApplication::translate("main", "Quit Lianxin"),
                              QApplication::translate("main", "%n change(s) on this device are not on the county server yet. "
                                                              "They are sent when their author next signs in here. Quit now?",
                                                      nullptr, pending),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                continue;
            return 0;
        }
        const Account account = signedIn ? signedIn->first : signIn.account();
        const QString password = signedIn ? signedIn->second : signIn.password();
        signedIn.reset();
        settings.setLastUsername(account.username);
        MainWindow window(**database, account, settings);
        QObject::connect(&window, &MainWindow::switchUserRequested, &app, [] { QApplication::exit(kSwitchUser); },
                         Qt::QueuedConnection);
        window.show();
        window.startSync(password);
        const int exitCode = QApplication::exec();
        if (exitCode != kSwitchUser)
            return exitCode;
        username.clear();
    }
}
