#include "ui/documents/StoredFile.h"

#include "core/files/FileStore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoredFile)
};
} // namespace

void openStoredFile(QWidget *parent, Database &database, const QString &sha256, const QString &fileName)
{
    const auto content = FileStore(database).content(sha256);
    if (!content) {
        QMessageBox::information(parent, fileName, Tr::tr("%1 has not arrived on this computer yet: it comes with the next sync.")
                                                       .arg(fileName));
        return;
    }
    // A copy for the system's viewer; the store keeps the original.
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/lianxin-attachments"));
    folder.mkpath(QStringLiteral("."));
    QFile file(folder.filePath(sha256.left(12) + QLatin1Char('-') + fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size()) {
        QMessageBox::warning(parent, fileName, Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

} // namespace lianxin
