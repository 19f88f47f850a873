#include "server/http/HttpService.h"

#include "server/http/HttpWorker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace lianxin::server {

HttpService::HttpService(HttpServiceOptions options, AccessLog &accessLog, QObject *parent)
    : QTcpServer(parent), m_options(std::move(options)), m_accessLog(accessLog), m_budget(m_options.bodyBudget)
{
}

HttpService::~HttpService()
{
    stop();
}

Status HttpService::start()
{
    for (int i = 0; i < qMax(1, m_options.threads); ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("request-%1").arg(i));
        auto *worker = new HttpWorker(m_options.database, m_options.api, m_options.limits, m_options.request,
                                      m_accessLog, m_budget);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        Status opened;
        QMetaObject::invokeMethod(worker, [worker, &opened] { opened = worker->open(); }, Qt::BlockingQueuedConnection);
        m_threads.push_back(std::move(thread));
        m_workers.push_back(worker);
        if (!opened)
            return opened;
    }
    if (!listen(m_options.address, m_options.port))
        return Error{QStringLiteral("listen"), QStringLiteral("Cannot listen on %1 port %2: %3")
                                                   .arg(m_options.address.toString())
                                                   .arg(m_options.port)
                                                   .arg(errorString())};
    return {};
}

void HttpService::incomingConnection(qintptr descriptor)
{
    if (m_workers.empty())
        return;
    // The socket is made on the worker's thread from the bare descriptor: no QTcpServer there.
    HttpWorker *worker = m_workers.at(m_next++ % m_workers.size());
    QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
}

int HttpService::stopTakingRequests()
{
    close();
    int busy = 0;
    for (HttpWorker *worker : m_workers)
        QMetaObject::invokeMethod(worker, [worker, &busy] { busy += worker->stopTakingRequests(); }, Qt::BlockingQueuedConnection);
    return busy;
}

void HttpService::stop()
{
    if (m_threads.empty())
        return;
    if (isListening())
        stopTakingRequests();
    const QDeadlineTimer deadline(qint64(m_options.shutdownGraceSeconds) * 1000);
    while (!deadline.hasExpired()) {
        int busy = 0;
        for (HttpWorker *worker : m_workers)
            QMetaObject::invokeMethod(worker, [worker, &busy] { busy += worker->busyCount(); }, Qt::BlockingQueuedConnection);
        if (busy == 0)
            break;
        QThread::msleep(20);
    }
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    m_threads.clear();
    m_workers.clear();
}

} // namespace lianxin::server
