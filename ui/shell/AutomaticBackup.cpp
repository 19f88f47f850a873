#include "ui/shell/AutomaticBackup.h"

#include "core/common/ChinaTime.h"
#include "core/common/Clock.h"
#include "ui/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace lianxin {

AutomaticBackup::AutomaticBackup(QString storePath, Settings &settings, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_settings(settings)
{
    connect(&m_timer, &QTimer::timeout, this, &AutomaticBackup::checkNow);
    connect(&m_watcher, &QFutureWatcher<Result<device_backup::Summary>>::finished, this, &AutomaticBackup::finished);
    m_timer.start(kCheckEveryMs);
}

AutomaticBackup::~AutomaticBackup()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void AutomaticBackup::checkNow()
{
    const QString folder = m_settings.backupFolder();
    const QByteArray recipient = m_settings.backupRecipient();
    if (m_watcher.isRunning() || folder.isEmpty() || recipient.isEmpty())
        return;
    const SystemClock clock;
    const QDate today = chinaToday(clock);
    // One a day: the day the last one was made, read in China time.
    const QDateTime last = m_settings.lastAutomaticBackup();
    if (last.isValid() && last.toOffsetFromUtc(kChinaUtcOffsetSeconds).date() >= today)
        return;
    if (!QDir(folder).exists()) {
        emit noted(tr("Automatic backup: the folder %1 is not there (is the USB stick in?). It is tried again within "
                      "the hour.")
                       .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    m_target = QDir(folder).filePath(device_backup::automaticName(today));
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([store = m_storePath, settings = m_settings.fileName(), target = m_target,
                                           recipient, cancel = &m_cancel] {
        return device_backup::write(store, {{QStringLiteral("settings.ini"), settings}}, target, recipient, {}, cancel);
    }));
}

void AutomaticBackup::finished()
{
    const auto result = m_watcher.result();
    if (!result) {
        if (result.error().field != QLatin1String("cancelled"))
            emit noted(tr("Automatic backup failed: %1").arg(result.error().message));
        return;
    }
    m_settings.setLastAutomaticBackup(SystemClock().nowUtc());
    device_backup::pruneAutomatic(QFileInfo(m_target).absolutePath(), m_settings.backupKeep());
    emit noted(tr("Backed up automatically into %1.").arg(QDir::toNativeSeparators(m_target)));
}

} // namespace lianxin
