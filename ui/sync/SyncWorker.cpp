#include "ui/sync/SyncWorker.h"

#include "core/storage/Database.h"

namespace lianxin {

SyncWorker::SyncWorker(QString storePath, QString serverUrl, const std::atomic_bool *cancel)
    : m_storePath(std::move(storePath)), m_serverUrl(std::move(serverUrl)), m_cancel(cancel)
{
}

SyncWorker::~SyncWorker() = default;

Status SyncWorker::open()
{
    if (m_engine)
        return {};
    auto database = Database::open({m_storePath});
    if (!database)
        return Error{QLatin1String(sync_failure::kLocal), database.error().message};
    m_database = std::move(database).value();
    m_engine = std::make_unique<SyncEngine>(*m_database, m_serverUrl);
    return {};
}

void SyncWorker::run(const QString &username, const QString &password)
{
    if (Status status = open(); !status) {
        emit finished(false, status.error(), {});
        return;
    }
    m_engine->setAccount(username);
    const auto attempt = [&] {
        return m_engine->run([this](const SyncProgress &progress) { emit progressed(progress); }, m_cancel);
    };
    auto report = m_engine->hasToken() ? attempt() : Result<SyncReport>(Error{QLatin1String(sync_failure::kSignIn), {}});
    if (!report && report.error().field == QLatin1String(sync_failure::kSignIn) && !password.isEmpty()) {
        if (Status status = m_engine->signIn(username, password); !status) {
            emit finished(false, status.error(), {});
            return;
        }
        report = attempt();
    }
    if (!report) {
        emit finished(false, report.error(), {});
        return;
    }
    (void)m_database->setMetaValue(QStringLiteral("last_sync_at"), m_database->now());
    emit finished(true, {}, *report);
}

} // namespace lianxin
