#pragma once

#include "core/backup/DeviceBackup.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lianxin {

// Lianxin → Back up this computer: the whole workspace (the store with its attachments, and the settings)
// into one file, on a USB stick say, encrypted with a passphrase typed twice. The copy runs off the UI
// thread with progress and can be cancelled (no file is left then).
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(QString storePath, QString settingsFile, QWidget *parent = nullptr);
    ~BackupDialog() override;

    void reject() override;

private:
    void start();
    void finished();
    void showError(const QString &message, QWidget *field);

    QString m_storePath;
    QString m_settingsFile;
    QLineEdit *m_file;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QFutureWatcher<Result<device_backup::Summary>> m_watcher;
    std::atomic_bool m_cancelled = false;
};

} // namespace lianxin
