#include "app/AppCommands.h"

#include "app/CommandLine.h"
#include "core/auth/AccountRepository.h"
#include "core/backup/DeviceBackup.h"
#include "core/demo/DemoAccounts.h"
#include "core/demo/DemoDisputes.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoPoints.h"
#include "core/demo/DemoService.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/RegionRepository.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncSessions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppCommands)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}
} // namespace

int makeDemoWorkspace(Database &database, const CommandLine &options)
{
    if (HouseholdRepository(database).count({}) > 0)
        return fail(Tr::tr("The workspace already holds households; demo data is only made in an empty one."));
    const DemoOptions demo{options.demoSeed, options.makeDemoHouseholds};
    const auto summary = DemoGenerator(database, demo).run([](int done, int total) {
        std::fprintf(stderr, "\r%d / %d", done, total);
        return true;
    });
    std::fprintf(stderr, "\n");
    if (!summary)
        return fail(summary.error().message);
    // A smaller neighbouring township, so that the county account sees more than one.
    const DemoOptions neighbour{demo.seed + 1, std::max(20, demo.households / 5), QStringLiteral("340828102")};
    const auto second = DemoGenerator(database, neighbour).run();
    if (!second)
        return fail(second.error().message);
    const auto accounts = makeDemoAccounts(database, demo.townshipCode);
    if (!accounts)
        return fail(accounts.error().message);
    // About one dispute a year for every 25 households.
    const auto disputes = makeDemoDisputes(database, demo.seed, std::max(1, demo.households / 25));
    if (!disputes)
        return fail(disputes.error().message);
    const auto points = makeDemoPoints(database, demo.seed);
    if (!points)
        return fail(points.error().message);
    const auto visits = makeDemoService(database, demo.seed);
    if (!visits)
        return fail(visits.error().message);
    std::printf("%s\n", qPrintable(Tr::tr("Demo workspace made: %1 villages, %2 grids, %3 households, %4 persons, %5 "
                                          "dispute cases, %6 points entries, %7 visits.")
                                       .arg(summary->villages + second->villages)
                                       .arg(summary->grids + second->grids)
                                       .arg(summary->households + second->households)
                                       .arg(summary->persons + second->persons)
                                       .arg(*disputes)
                                       .arg(*points)
                                       .arg(*visits)));
    std::printf("%s\n", qPrintable(Tr::tr("Demo accounts (password %1):").arg(QString::fromLatin1(kDemoPassword))));
    for (const Account &account : *accounts)
        std::printf("  %s  %s  %s\n", qPrintable(account.username), qPrintable(account.role),
                    qPrintable(account.displayName));
    return 0;
}

int addAccountFromCommandLine(Database &database, const CommandLine &options)
{
    Account account;
    account.username = options.addAccount;
    account.displayName = options.accountName;
    account.role = options.accountRole;
    RegionRepository regions(database);
    for (const QString &code : options.accountScope) {
        const auto region = regions.findByCode(code.trimmed());
        if (!region)
            return fail(Tr::tr("--scope: no region has the code %1.").arg(code));
        account.scope.append(region->id);
    }
    std::fprintf(stderr, "%s", qPrintable(Tr::tr("Password for %1: ").arg(account.username)));
    const QString password = QTextStream(stdin).readLine();
    const auto id = AccountRepository(database).create(account, password);
    if (!id)
        return fail(QStringLiteral("%1: %2").arg(id.error().field, id.error().message));
    std::printf("%s\n", qPrintable(Tr::tr("Account %1 created.").arg(account.username)));
    return 0;
}

int syncOnce(Database &database, const CommandLine &options)
{
    static const QString kServerKey = QStringLiteral("sync_server_url");
    const QString server = options.serverUrl.isEmpty() ? database.metaValue(kServerKey) : options.serverUrl;
    if (server.isEmpty())
        return fail(Tr::tr("Name the county server once with --server URL."));
    if (Status status = database.setMetaValue(kServerKey, server); !status)
        return fail(status.error().message);
    const auto exitCode = [](const Error &error) {
        const QString reason = error.field;
        if (reason == QLatin1String(sync_failure::kSignIn) || reason == QLatin1String(sync_failure::kWrongPassword) ||
            reason == QLatin1String(sync_failure::kLocked) || reason == QLatin1String(sync_failure::kPasswordChange))
            return 3;
        if (reason == QLatin1String(sync_failure::kOffline))
            return 4;
        if (reason == QLatin1String(sync_failure::kDisabled) || reason == QLatin1String(sync_failure::kUpdate) ||
            reason == QLatin1String(sync_failure::kServer))
            return 5;
        return 1;
    };
    SyncEngine engine(database, server);
    // Without --sync-user the device syncs as the person who last signed in to the server on it.
    engine.setAccount(SyncSessions(database).lastSignedIn());
    if (!options.syncUser.isEmpty()) {
        QTextStream in(stdin);
        if (Status status = engine.signIn(options.syncUser, in.readLine()); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            return exitCode(status.error());
        }
    }
    const auto report = engine.run([](const SyncProgress &progress) {
        std::fprintf(stderr, "\r%s %lld rows, %d %s", progress.phase == SyncProgress::Phase::Pushing ? "push" : "pull",
                     qlonglong(progress.rows), progress.pages, progress.phase == SyncProgress::Phase::Pushing ? "batches" : "pages");
    });
    std::fprintf(stderr, "\n");
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return exitCode(report.error());
    }
    std::printf("%s\n", qPrintable(Tr::tr("Synced: %1 changes sent (%2 merged, %3 refused), %4 rows received in %5 pages; "
                                          "%6 bytes up, %7 bytes down in %8 requests.")
                                       .arg(report->accepted + report->merged + report->rejected)
                                       .arg(report->merged)
                                       .arg(report->rejected)
                                       .arg(report->pulledRows)
                                       .arg(report->pages)
                                       .arg(report->bytesSent)
                                       .arg(report->bytesReceived)
                                       .arg(report->requests)));
    if (qAbs(report->clockSkewSeconds) > 300)
        std::printf("%s\n", qPrintable(Tr::tr("This device's clock is %1 minutes off the server's; set the right time.")
                                           .arg(report->clockSkewSeconds / 60)));
    if (!report->waitingFor.isEmpty())
        std::printf("%s\n", qPrintable(Tr::tr("Changes of %1 wait until they sign in to the county server on this device.")
                                           .arg(report->waitingFor.join(QStringLiteral("、")))));
    return report->rejected > 0 ? 5 : 0;
}

int backupWorkspace(const QString &dataDir, const QString &settingsFile, const CommandLine &options)
{
    const QString store = databasePath(dataDir);
    if (!QFileInfo(store).isFile())
        return fail(Tr::tr("There is no workspace in %1.").arg(dataDir));
    const auto recipient = device_backup::recipientFor(QTextStream(stdin).readLine());
    if (!recipient)
        return fail(recipient.error().message);
    int shown = -1;
    const auto written = device_backup::write(store, {{QStringLiteral("settings.ini"), settingsFile}},
                                              options.backupFile, *recipient, [&shown](qint64 done, qint64 total) {
                                                  const int percent = int(100 * done / qMax<qint64>(1, total));
                                                  if (percent != shown)
                                                      std::fprintf(stderr, "\r%3d%%", shown = percent);
                                              });
    std::fprintf(stderr, "\n");
    if (!written)
        return fail(written.error().message);
    std::printf("%s\n", qPrintable(Tr::tr("Backed up into %1 (%2 bytes). Keep the passphrase: without it the backup "
                                          "cannot be opened.")
                                       .arg(options.backupFile)
                                       .arg(written->bytes)));
    return 0;
}

int restoreWorkspace(const QString &dataDir, const QString &settingsFile, const CommandLine &options)
{
    const QString passphrase = QTextStream(stdin).readLine();
    const auto restored = device_backup::restore(options.restoreFile, passphrase, dataDir);
    if (!restored)
        return fail(restored.error().message);
    if (restored->extra.contains(QStringLiteral("settings.ini"))) {
        QFile::remove(settingsFile);
        QDir().mkpath(QFileInfo(settingsFile).absolutePath());
        if (!QFile::copy(QDir(restored->extraFolder).filePath(QStringLiteral("settings.ini")), settingsFile))
            std::fprintf(stderr, "%s\n",
                         qPrintable(Tr::tr("The settings could not be restored to %1.").arg(settingsFile)));
    }
    if (!restored->extraFolder.isEmpty())
        QDir(restored->extraFolder).removeRecursively();
    std::printf(
        "%s\n",
        qPrintable(restored->keptIn.isEmpty()
                       ? Tr::tr("Restored. The next sync sends what the county server lacks and takes what it has.")
                       : Tr::tr("Restored; the store it replaced is kept in %1. The next sync sends what the county "
                                "server lacks and takes what it has.")
                             .arg(restored->keptIn)));
    return 0;
}

} // namespace lianxin
