#pragma once

#include "core/common/Result.h"
#include "core/sync/SyncEngine.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace lianxin {

class Database;

// The sync thread's side of SyncController: its own connection to the store and the engine. Lives on
// the sync thread; every slot runs there.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString storePath, QString serverUrl, const std::atomic_bool *cancel);
    ~SyncWorker() override;

public slots:
    // Signs in first when credentials are given and the device has no token (or it was refused).
    void run(const QString &username, const QString &password);

signals:
    void progressed(const lianxin::SyncProgress &progress);
    void finished(bool ok, const lianxin::Error &error, const lianxin::SyncReport &report);

private:
    Status open();

    QString m_storePath;
    QString m_serverUrl;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace lianxin
