#pragma once

#include <QString>

namespace lianxin {

class Database;
struct CommandLine;

// The client's terminal commands; each returns the process exit code.

// --make-demo: fills an empty workspace with a demo township and its accounts, one per role.
int makeDemoWorkspace(Database &database, const CommandLine &options);
// --add-account: creates an account; the password is the first line of standard input.
int addAccountFromCommandLine(Database &database, const CommandLine &options);
// --sync-once: one sync with the county server; prints what happened and returns 0, or 3 (sign in
// needed), 4 (server unreachable), 5 (refused: rows, the account, or this version), 1 (anything else).
int syncOnce(Database &database, const CommandLine &options);
// --backup: the workspace in `dataDir` and the settings file into one encrypted file; 0 done, 1 failed.
int backupWorkspace(const QString &dataDir, const QString &settingsFile, const CommandLine &options);
// --restore: the workspace in `dataDir` (and the settings file) from a backup; 0 done, 1 failed, nothing
// replaced on a wrong passphrase or a damaged file.
int restoreWorkspace(const QString &dataDir, const QString &settingsFile, const CommandLine &options);

} // namespace lianxin
