#include "ui/sync/SyncController.h"

#include "ui/sync/SyncWorker.h"

namespace lianxin {

SyncController::SyncController(const QString &storePath, const QString &serverUrl, QObject *parent)
    : QObject(parent), m_worker(new SyncWorker(storePath, serverUrl, &m_cancel))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<Error>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progressed, this, &SyncController::progressed);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread.start();

    m_period.setInterval(kPeriodMs);
    connect(&m_period, &QTimer::timeout, this, &SyncController::syncNow);
    m_period.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    m_afterEdit.setSingleShot(true);
    m_afterEdit.setInterval(kAfterEditMs);
    connect(&m_afterEdit, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void SyncController::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_cancel = false;
    emit started();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, username = m_username, password = m_password] {
        worker->run(username, password);
    });
}

void SyncController::noteLocalChange()
{
    if (!m_afterEdit.isActive())
        m_afterEdit.start();
}

void SyncController::onFinished(bool ok, const Error &error, const SyncReport &report)
{
    m_running = false;
    // The password was needed at most once: a token now stands for it (or it was wrong).
    if (ok || error.field != QLatin1String(sync_failure::kOffline))
        m_password.clear();
    emit finished(ok, error, report);
    if (m_again) {
        m_again = false;
        syncNow();
        return;
    }
    // Unreachable: try again soon, then less and less often up to the period, so that work goes up within
    // a minute or so of the network's return without knocking every few seconds through a day offline.
    if (!ok && error.field == QLatin1String(sync_failure::kOffline)) {
        m_retryMs = m_retryMs == 0 ? kFirstRetryMs : qMin(m_retryMs * 2, kPeriodMs);
        m_retry.start(m_retryMs);
    } else {
        m_retryMs = 0;
        m_retry.stop();
    }
}

} // namespace lianxin
