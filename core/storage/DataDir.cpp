#include "core/storage/DataDir.h"

#include "core/storage/Database.h"

#include <QDir>
#include <QStandardPaths>

namespace lianxin {

QString resolveDataDir(const QString &requested)
{
    if (!requested.isEmpty())
        return QDir(requested).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(Database::kFileName));
}

QString workspaceLockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("lianxin.lock"));
}

} // namespace lianxin
