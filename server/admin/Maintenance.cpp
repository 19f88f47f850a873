#include "server/admin/Maintenance.h"

#include "server/storage/ServerDatabase.h"

namespace lianxin::server {

namespace {
constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kBatchRetention = 30 * kDay;

Result<int> removeBefore(ServerDatabase &database, const QString &sql, qint64 secondsAgo)
{
    QSqlQuery query = database.prepare(sql);
    query.bindValue(QStringLiteral(":before"), ServerDatabase::timeAfter(-secondsAgo));
    if (Status status = database.exec(query); !status)
        return status.error();
    return query.numRowsAffected();
}
} // namespace

Result<MaintenanceSummary> pruneExpired(ServerDatabase &database)
{
    ServerTransaction transaction(database);
    if (Status status = transaction.write(); !status)
        return status.error();
    const auto sessions = removeBefore(database, QStringLiteral("DELETE FROM sessions WHERE expires_at < :before"), kDay);
    if (!sessions)
        return sessions.error();
    const auto failures = removeBefore(
        database, QStringLiteral("DELETE FROM sign_in_failures WHERE last_failure_at < :before AND "
                                 "(locked_until IS NULL OR locked_until < :before)"),
        kDay);
    if (!failures)
        return failures.error();
    const auto batches = removeBefore(database, QStringLiteral("DELETE FROM push_batches WHERE received_at < :before"),
                                      kBatchRetention);
    if (!batches)
        return batches.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return MaintenanceSummary{*sessions, *failures, *batches};
}

} // namespace lianxin::server
