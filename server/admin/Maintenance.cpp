#include "server/admin/Maintenance.h"

#include "core/storage/SyncedTable.h"
#include "server/storage/ServerDatabase.h"
#include "server/storage/TombstoneHorizon.h"
#include "server/sync/BlobService.h"

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

Result<MaintenanceSummary> pruneExpired(ServerDatabase &database, int unnamedBlobDays)
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
    const auto blobs = BlobService::removeUnnamed(database, unnamedBlobDays);
    if (!blobs)
        return blobs.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return MaintenanceSummary{*sessions, *failures, *batches, *blobs};
}

Result<int> pruneTombstones(ServerDatabase &database, int days)
{
    ServerTransaction transaction(database);
    if (Status status = transaction.write(); !status)
        return status.error();
    const QString before = ServerDatabase::timeAfter(-qint64(days) * kDay);
    const auto known = tombstoneHorizon(database);
    if (!known)
        return known.error();
    qint64 horizon = *known;
    int removed = 0;
    for (const SyncedTable *table : tables::all()) {
        QSqlQuery newest = database.prepare(QStringLiteral("SELECT coalesce(max(server_version), 0), count(*) FROM %1 "
                                                           "WHERE deleted = 1 AND received_at < :before").arg(table->name));
        newest.bindValue(QStringLiteral(":before"), before);
        if (Status status = database.exec(newest); !status)
            return status.error();
        newest.next();
        horizon = qMax(horizon, newest.value(0).toLongLong());
        QSqlQuery remove = database.prepare(
            QStringLiteral("DELETE FROM %1 WHERE deleted = 1 AND received_at < :before").arg(table->name));
        remove.bindValue(QStringLiteral(":before"), before);
        if (Status status = database.exec(remove); !status)
            return status.error();
        removed += remove.numRowsAffected();
    }
    QSqlQuery set = database.prepare(QStringLiteral(
        "INSERT INTO server_meta (key, value) VALUES ('tombstone_horizon', :value) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    set.bindValue(QStringLiteral(":value"), QString::number(horizon));
    if (Status status = database.exec(set); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return removed;
}

} // namespace lianxin::server
