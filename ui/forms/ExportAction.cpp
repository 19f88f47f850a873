#include "ui/forms/ExportAction.h"

#include "core/common/ChinaTime.h"
#include "core/export/ListExport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportAction)
};
} // namespace

qint64 exportListTo(QWidget *parent, Database &database, const Account &account, std::unique_ptr<ListSource> source,
                    const QString &suggestedName)
{
    // The folder of the last export, for as long as Lianxin runs (a township's exports go to one place).
    static QString lastFolder;
    const QString folder =
        lastFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : lastFolder;
    const QString day = chinaToday(database.clock()).toString(QStringLiteral("yyyyMMdd"));
    const QString xlsx = Tr::tr("Excel workbook (*.xlsx)");
    const QString csv = Tr::tr("CSV, UTF-8 (*.csv)");
    QString type = xlsx;
    QString chosen = QFileDialog::getSaveFileName(
        parent, Tr::tr("Export the list"), QDir(folder).filePath(QStringLiteral("%1-%2.xlsx").arg(suggestedName, day)),
        xlsx + QStringLiteral(";;") + csv, &type);
    if (chosen.isEmpty())
        return -1;
    lastFolder = QFileInfo(chosen).absolutePath();
    // A name typed without an extension takes the type chosen in the dialog.
    if (!chosen.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !chosen.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        chosen += type == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");

    QProgressDialog progress(Tr::tr("Exporting %1…").arg(source->title()), Tr::tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Result<qint64>> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Result<qint64>>::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&progress, &QProgressDialog::canceled, &watcher, &QFutureWatcher<Result<qint64>>::cancel);
    std::shared_ptr<ListSource> shared(std::move(source));
    watcher.setFuture(QtConcurrent::run(
        [shared, chosen, storePath = database.filePath(), account](QPromise<Result<qint64>> &promise) {
            auto own = Database::open({storePath});
            if (!own)
                return void(promise.addResult(Result<qint64>(own.error())));
            (*own)->setActor(account.id);
            promise.setProgressRange(0, 1000);
            ExportOptions options;
            options.path = chosen;
            options.format = formatOfPath(chosen);
            options.progress = [&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(1000 * done / total));
                return !promise.isCanceled();
            };
            promise.addResult(exportList(**own, account, *shared, options));
        }));
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<qint64>>::finished, &loop, &QEventLoop::quit);
    loop.exec();
    progress.reset();
    if (watcher.isCanceled() || watcher.future().resultCount() == 0)
        return -1;
    const Result<qint64> written = watcher.result();
    if (!written) {
        QMessageBox::warning(parent, Tr::tr("Export the list"), written.error().message);
        return -1;
    }
    QMessageBox::information(
        parent, Tr::tr("Export the list"),
        Tr::tr("%n row(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(chosen)));
    return *written;
}

} // namespace lianxin
