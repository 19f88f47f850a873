#pragma once

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

} // namespace lianxin
