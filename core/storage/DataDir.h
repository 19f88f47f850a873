#pragma once

#include <QString>

namespace lianxin {

// The folder holding a workspace: the one given (--data-dir) or the platform's app data folder.
QString resolveDataDir(const QString &requested);

// The store file inside a data folder.
QString databasePath(const QString &dataDir);

// The lock a window of Lianxin holds on its workspace while open (QLockFile: a crashed holder's lock is
// taken over), so that a second window or a restore does not pull the store from under it.
QString workspaceLockPath(const QString &dataDir);

} // namespace lianxin
