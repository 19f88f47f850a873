#pragma once

#include "core/backup/DeviceBackup.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>

namespace lianxin {

class Settings;

// The daily automatic backup into the folder the settings name (a USB stick, say), keeping the last few: once
// a China-time day, checked at start and every hour, written off the UI thread for the recipient the settings
// keep — the device never holds what opens it. A missing folder (the stick not in) is said and tried again
// at the next check.
class AutomaticBackup : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckEveryMs = 60 * 60 * 1000;

    AutomaticBackup(QString storePath, Settings &settings, QObject *parent = nullptr);
    ~AutomaticBackup() override;

    bool isRunning() const { return m_watcher.isRunning(); }

public slots:
    // Makes today's backup when one is due and none is running.
    void checkNow();

signals:
    // What a person should know: a backup made, a folder missing, a failure.
    void noted(const QString &message);

private:
    void finished();

    QString m_storePath;
    Settings &m_settings;
    QTimer m_timer;
    QString m_target;
    QFutureWatcher<Result<device_backup::Summary>> m_watcher;
    std::atomic_bool m_cancel = false;
};

} // namespace lianxin
