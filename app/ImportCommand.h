#pragma once

namespace lianxin {

class Database;
struct CommandLine;

// --import FILE --grid CODE: a township's roster (.xlsx, .xls or .csv) into the register. --dry-run reads
// and checks it without writing; --json prints {"households", "persons", "problems": [{"row", "column",
// "severity", "reason"}]} (and "imported" after an import). Returns 0 when imported (or checked), 1 when
// the file cannot be read or the import was refused, 2 for bad options.
int importRoster(Database &database, const CommandLine &options);

} // namespace lianxin
