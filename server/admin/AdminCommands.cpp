#include "server/admin/AdminCommands.h"

#include "core/register/RegionImporter.h"
#include "core/storage/StoreCopy.h"
#include "server/ServerConfig.h"
#include "server/admin/Imports.h"
#include "server/admin/Maintenance.h"
#include "server/admin/ServerAccounts.h"
#include "server/storage/ServerDatabase.h"
#include "server/storage/ServerSchema.h"
#include "server/sync/IdNumberReviews.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace lianxin::server {

namespace {

const char kUsage[] = R"(Commands:
  init                          create the database, or bring it to this version's schema
  import-regions [FILE.csv]     import a region tree (default: the Yuexi County seed shipped with Lianxin)
  import-store FILE [--mark-synced]
                                import the records of a Lianxin client store (lianxin.db); with
                                --mark-synced, clear the store's change log (its device has nothing to send)
  add-user USER --name NAME --role ROLE --scope CODES
                                add an account; the password is read from standard input
  set-scope USER --scope CODES  change the regions an account may see
  set-department USER --department NAME
                                the department (of the account's township) whose requests a
                                department account handles
  disable-user USER             disable an account and revoke its tokens
  enable-user USER              enable it again
  reset-password USER           set a new password (from standard input) and revoke the account's tokens
  revoke-sessions USER          sign the account out everywhere
  list-users                    list the accounts with role, scope and state
  id-number-reviews             list persons of different scopes who share an ID number (pushes accept
                                them without telling the pusher; correct one record of each pair)
  prune-tombstones [--days N]   forget deletions older than N days (default 180); devices that last
                                synced before them download their scope again
  backup FILE                   a consistent copy of the SQLite database into FILE, while the server
                                serves (on PostgreSQL, use pg_dump: see the README))";

int fail(const Error &error)
{
    std::fprintf(stderr, "lianxin-server: %s%s%s\n", qPrintable(error.field), error.field.isEmpty() ? "" : ": ",
                 qPrintable(error.message));
    return 1;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "lianxin-server admin: %s\n%s\n", qPrintable(message), kUsage);
    return 2;
}

// The first line of standard input; typed at a terminal, it is asked for twice and not echoed. Nothing
// when the two differ.
std::optional<QString> readPassword()
{
    QTextStream in(stdin);
    if (!::isatty(STDIN_FILENO))
        return in.readLine();
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::fprintf(stderr, "Password: ");
    const QString first = in.readLine();
    std::fprintf(stderr, "\nAgain: ");
    const QString second = in.readLine();
    std::fprintf(stderr, "\n");
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (first != second)
        return std::nullopt;
    return first;
}

const Error kPasswordsDiffer{QStringLiteral("password"), QStringLiteral("The two passwords differ; nothing was changed.")};

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Look after the Lianxin county server's database.\n\n") +
                                     QString::fromLatin1(kUsage));
    parser.addHelpOption();
    ServerConfig::addOptions(parser);
    parser.addOptions(
        {{QStringLiteral("name"), QStringLiteral("add-user: the person's name."), QStringLiteral("name")},
         {QStringLiteral("role"),
          QStringLiteral("add-user: the role (e.g. grid_officer, mediator, township_admin, county_admin)."),
          QStringLiteral("role")},
         {QStringLiteral("scope"),
          QStringLiteral("add-user: comma-separated codes of the regions the account may see."),
          QStringLiteral("codes")},
         {QStringLiteral("department"), QStringLiteral("set-department: the department's name."),
          QStringLiteral("name")},
         {QStringLiteral("mark-synced"), QStringLiteral("import-store: clear the imported store's change log.")},
         {QStringLiteral("days"), QStringLiteral("prune-tombstones: the age in days (default 180)."),
          QStringLiteral("n"), QStringLiteral("180")}});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("Name a command."));
    const QString command = positional.first();
    const auto argumentAt = [&](int index) { return positional.value(index); };

    const auto config = ServerConfig::load(parser);
    if (!config)
        return fail(config.error());
    auto opened = ServerDatabase::open(config->http.database);
    if (!opened)
        return fail(opened.error());
    ServerDatabase &database = **opened;
    if (Status status = schema::migrate(database); !status)
        return fail(status.error());

    ServerAccounts accounts(database);
    if (command == QLatin1String("init")) {
        std::printf("The database %s is ready (schema %d).\n", qPrintable(database.url().display()), schema::kVersion);
        return 0;
    }
    if (command == QLatin1String("import-regions") || command == QLatin1String("import-store")) {
        const bool regions = command == QLatin1String("import-regions");
        const QString file = argumentAt(1).isEmpty() && regions ? builtinRegionSeedPath() : argumentAt(1);
        if (file.isEmpty())
            return usage(QStringLiteral("import-store needs the path of a lianxin.db file."));
        const auto summary = regions ? importRegions(database, file) : importClientStore(database, file, parser.isSet(QStringLiteral("mark-synced")));
        if (!summary)
            return fail(summary.error());
        std::printf("Imported: %d new, %d changed, %d already there.\n", summary->created, summary->updated, summary->unchanged);
        return 0;
    }
    if (command == QLatin1String("backup")) {
        const QString file = argumentAt(1);
        if (file.isEmpty())
            return usage(QStringLiteral("backup needs the path of the file to write."));
        if (database.backend() != Backend::Sqlite)
            return fail(
                Error{QStringLiteral("backup"), QStringLiteral("The database is PostgreSQL: back it up with pg_dump "
                                                               "(see the README), not with this command.")});
        if (QFileInfo::exists(file))
            return fail(
                Error{QStringLiteral("backup"), QStringLiteral("%1 exists already; name a new file.").arg(file)});
        if (Status copied = copyStore(database.url().path, file); !copied)
            return fail(copied.error());
        if (Status sound = checkStoreIntegrity(file); !sound)
            return fail(sound.error());
        std::printf("Backed up %s into %s (%lld bytes), checked.\n", qPrintable(database.url().display()),
                    qPrintable(file), static_cast<long long>(QFileInfo(file).size()));
        return 0;
    }
    if (command == QLatin1String("prune-tombstones")) {
        bool numeric = false;
        const int days = parser.value(QStringLiteral("days")).toInt(&numeric);
        if (!numeric || days < 0)
            return usage(QStringLiteral("--days takes a whole number of days, 0 or more."));
        const auto removed = pruneTombstones(database, days);
        if (!removed)
            return fail(removed.error());
        std::printf("Removed %d tombstones older than %d days.\n", *removed, days);
        return 0;
    }
    if (command == QLatin1String("id-number-reviews")) {
        const auto pairs = IdNumberReviews(database).open();
        if (!pairs)
            return fail(pairs.error());
        for (const IdNumberReviews::Pair &pair : *pairs)
            std::printf("%s  pushed by %s: person %s (%s) has the ID number of person %s (%s)\n", qPrintable(pair.receivedAt),
                        qPrintable(pair.pushedBy), qPrintable(pair.personId), qPrintable(pair.personTownship),
                        qPrintable(pair.otherPersonId), qPrintable(pair.otherTownship));
        std::printf("%lld pairs to review.\n", static_cast<long long>(pairs->size()));
        return 0;
    }
    if (command == QLatin1String("list-users")) {
        const auto list = accounts.list();
        if (!list)
            return fail(list.error());
        for (const AccountListing &account : *list)
            std::printf("%-16s %-18s %-10s %s%s\n", qPrintable(account.username), qPrintable(account.role),
                        qPrintable(account.displayName), qPrintable(account.scopeCodes.join(QLatin1Char(','))),
                        account.disabled ? "  (disabled)" : "");
        return 0;
    }
    const QString username = argumentAt(1);
    if (username.isEmpty())
        return usage(QStringLiteral("%1 needs a user name.").arg(command));
    Status status;
    if (command == QLatin1String("add-user")) {
        for (const char *option : {"name", "role", "scope"}) {
            if (!parser.isSet(QLatin1String(option)))
                return usage(QStringLiteral("add-user needs --%1.").arg(QLatin1String(option)));
        }
        const auto password = readPassword();
        if (!password)
            return fail(kPasswordsDiffer);
        const auto id = accounts.add(username, parser.value(QStringLiteral("name")), parser.value(QStringLiteral("role")),
                                     parser.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                                     *password);
        status = toStatus(id);
    } else if (command == QLatin1String("set-scope")) {
        if (!parser.isSet(QStringLiteral("scope")))
            return usage(QStringLiteral("set-scope needs --scope."));
        status = accounts.setScope(username, parser.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    } else if (command == QLatin1String("set-department")) {
        if (!parser.isSet(QStringLiteral("department")))
            return usage(QStringLiteral("set-department needs --department."));
        status = accounts.setDepartment(username, parser.value(QStringLiteral("department")));
    } else if (command == QLatin1String("disable-user") || command == QLatin1String("enable-user")) {
        status = accounts.setDisabled(username, command == QLatin1String("disable-user"));
    } else if (command == QLatin1String("reset-password")) {
        const auto password = readPassword();
        if (!password)
            return fail(kPasswordsDiffer);
        status = accounts.resetPassword(username, *password);
    } else if (command == QLatin1String("revoke-sessions")) {
        const auto revoked = accounts.revokeSessions(username);
        if (revoked)
            std::printf("Revoked %d tokens.\n", *revoked);
        status = toStatus(revoked);
    } else {
        return usage(QStringLiteral("Unknown command \"%1\".").arg(command));
    }
    if (!status)
        return fail(status.error());
    std::printf("Done: %s %s.\n", qPrintable(command), qPrintable(username));
    return 0;
}

} // namespace lianxin::server
