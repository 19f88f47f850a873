#include "server/http/HttpService.h"

#include "server/http/HttpWorker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace lianxin::server {

HttpService::HttpService(HttpServiceOptions options, AccessLog &accessLog, QObject *parent)
    : QTcpServer(parent), m_options(std::move(options)), m_accessLog(accessLog)
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
                                      m_accessLog);
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
    HttpWorker *worker = m_workers.at(m_next++ % m_workers.size());
    SocketFeeder *feeder = worker->feeder();
    QMetaObject::invokeMethod(feeder, [feeder, descriptor] { feeder->adopt(descriptor); }, Qt::QueuedConnection);
}

void HttpService::stop()
{
    if (m_threads.empty())
        return;
    close();
    // Each thread finishes the request it is handling before it answers; connections with a request
    // still arriving or an answer still leaving are given the grace period.
    const QDeadlineTimer deadline(qint64(m_options.shutdownGraceSeconds) * 1000);
    for (HttpWorker *worker : m_workers) {
        if (!worker->feeder())
            continue;
        while (!deadline.hasExpired()) {
            int busy = 0;
            QMetaObject::invokeMethod(worker->feeder(), [worker, &busy] { busy = worker->feeder()->closeIdle(); },
                                      Qt::BlockingQueuedConnection);
            if (busy == 0)
                break;
            QThread::msleep(50);
        }
    }
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    m_threads.clear();
    m_workers.clear();
}

} // namespace lianxin::server
