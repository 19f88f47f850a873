#pragma once

namespace lianxin {

class Database;
struct CommandLine;

// The client's terminal commands; each returns the process exit code.

// --make-demo: fills an empty workspace with a demo township and its accounts, one per role.
int makeDemoWorkspace(Database &database, const CommandLine &options);
// --add-account: creates an account; the password is the first line of standard input.
int addAccountFromCommandLine(Database &database, const CommandLine &options);

} // namespace lianxin
