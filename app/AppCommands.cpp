#include "app/AppCommands.h"

#include "app/CommandLine.h"
#include "core/auth/AccountRepository.h"
#include "core/demo/DemoAccounts.h"
#include "core/demo/DemoGenerator.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/RegionRepository.h"

#include <QCoreApplication>
#include <QTextStream>

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
    const auto accounts = makeDemoAccounts(database, demo.townshipCode);
    if (!accounts)
        return fail(accounts.error().message);
    std::printf("%s\n", qPrintable(Tr::tr("Demo workspace made: %1 villages, %2 grids, %3 households, %4 persons.")
                                       .arg(summary->villages)
                                       .arg(summary->grids)
                                       .arg(summary->households)
                                       .arg(summary->persons)));
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

} // namespace lianxin
