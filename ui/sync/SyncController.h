#pragma once

#include "core/common/Result.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace lianxin {

class SyncWorker;

// Runs sync in the background for the main window: at start, every few minutes, soon after local edits,
// and on request (Sync now). The work happens on a thread of its own with its own connection to the
// store, so the window never waits; progress and the outcome arrive as signals. Stopping (closing the
// window) cancels a sync in flight without losing anything.
class SyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPeriodMs = 5 * 60 * 1000;
    static constexpr int kAfterEditMs = 20 * 1000;
    static constexpr int kFirstRetryMs = 30 * 1000; // after the server could not be reached; doubles each time

    SyncController(const QString &storePath, const QString &serverUrl, QObject *parent = nullptr);
    ~SyncController() override;

    // The password the person just signed in with, used once to sign in to the server when this device
    // holds no token (or the server refused it), then forgotten.
    void setCredentials(const QString &username, const QString &password);
    bool isRunning() const { return m_running; }
    // The wait before the retry after an unreachable server; -1 when none is waiting.
    int retryIntervalMs() const { return m_retry.isActive() ? m_retry.interval() : -1; }
    // Stops the sync in flight between or during requests; finished() then says it was cancelled.
    void cancel() { m_cancel = true; }

public slots:
    void syncNow();
    // A local edit: sync soon, so that colleagues see it.
    void noteLocalChange();

signals:
    void started();
    void progressed(const lianxin::SyncProgress &progress);
    // ok: the sync completed (report holds what it did); otherwise `error` says why in plain words, and
    // its field is one of sync_failure.
    void finished(bool ok, const lianxin::Error &error, const lianxin::SyncReport &report);

private:
    void onFinished(bool ok, const Error &error, const SyncReport &report);

    QThread m_thread;
    SyncWorker *m_worker;
    QTimer m_period;
    QTimer m_afterEdit;
    QTimer m_retry;
    int m_retryMs = 0;
    std::atomic_bool m_cancel = false;
    bool m_running = false;
    bool m_again = false;
    QString m_username;
    QString m_password;
};

} // namespace lianxin

Q_DECLARE_METATYPE(lianxin::SyncProgress)
Q_DECLARE_METATYPE(lianxin::SyncReport)
Q_DECLARE_METATYPE(lianxin::Error)
