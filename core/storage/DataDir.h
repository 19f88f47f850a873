#pragma once

#include <QString>

namespace lianxin {

// The folder holding a workspace: the one given (--data-dir) or the platform's app data folder.
QString resolveDataDir(const QString &requested);

// The store file inside a data folder.
QString databasePath(const QString &dataDir);

} // namespace lianxin
