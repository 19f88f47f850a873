#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace lianxin {

struct CommandLine
{
    QString dataDir;           // empty: the platform's app data folder
    int makeDemoHouseholds = 0; // > 0: fill an empty workspace with a demo township and exit
    quint64 demoSeed = 1;
    QString language;          // empty: the settings', else the system locale

    // --add-account: create an account (password read from standard input) and exit.
    QString addAccount;        // the user name
    QString accountName;
    QString accountRole;
    QStringList accountScope;  // region codes

    // --sync-once: sync with the county server without a window, then exit with a status code.
    bool syncOnce = false;
    QString serverUrl;         // --server: the county server (kept in the workspace for later syncs)
    QString syncUser;          // --sync-user: sign in first (password from standard input)

    // --backup FILE / --restore FILE: the whole workspace into (or from) one encrypted file, the passphrase
    // read from standard input.
    QString backupFile;
    QString restoreFile;

    // --import FILE: a roster into the register (app/ImportCommand.h).
    QString importFile;
    QString importGrid;  // --grid CODE
    QString importSheet; // --sheet NAME; empty: the first
    bool skipBadRows = false;
    bool dryRun = false;
    bool json = false;
    QString refusedRowsFile; // --refused-rows FILE: the rows left out, with their reasons, as .xlsx
};

// Parses the arguments; on --help, --version or a bad value prints to the terminal and gives the exit code.
std::optional<int> parseCommandLine(const QCoreApplication &app, CommandLine *result);

} // namespace lianxin
