#include "server/admin/Imports.h"

#include "core/register/RegionImporter.h"
#include "core/storage/SyncedTable.h"
#include "core/sync/Wire.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/ChangeWriter.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace lianxin::server {

namespace {
const QString kAdminDevice = QStringLiteral("county-server");
} // namespace

Result<ImportSummary> importRegions(ServerDatabase &database, const QString &csvPath)
{
    const auto rows = parseRegionsCsv(csvPath);
    if (!rows)
        return rows.error();
    ServerTransaction transaction(database);
    if (Status status = transaction.write(); !status)
        return status.error();
    RegionPaths paths(database);
    ChangeWriter writer(database, paths);
    ImportSummary summary;
    const ChangeStamp stamp{QString(), kAdminDevice, ServerDatabase::now()};
    for (const RegionCsvRow &row : *rows) {
        QString parentId;
        if (!row.parentCode.isEmpty()) {
            const auto parent = regionIdByCode(database, row.parentCode);
            if (!parent)
                return parent.error();
            if (parent->isEmpty())
                return regionCsvError(row.line, {QStringLiteral("parent_code"),
                                                 QStringLiteral("No region has the parent code %1; list parents "
                                                                "before their children.").arg(row.parentCode)});
            parentId = *parent;
        }
        const QVariantMap values{{QStringLiteral("parent_id"), parentId.isEmpty() ? QVariant() : QVariant(parentId)},
                                 {QStringLiteral("code"), row.code},
                                 {QStringLiteral("name"), row.name},
                                 {QStringLiteral("kind"), row.kind},
                                 {QStringLiteral("sort_order"), qint64(row.sortOrder)}};
        const auto existingId = regionIdByCode(database, row.code);
        if (!existingId)
            return existingId.error();
        const QString id = existingId->isEmpty() ? ServerDatabase::newId() : *existingId;
        const auto path = writer.pathFor(tables::regions(), id, values);
        if (!path)
            return path.error();
        if (existingId->isEmpty()) {
            if (auto written = writer.insert(tables::regions(), id, values, stamp, *path); !written)
                return written.error();
            ++summary.created;
            continue;
        }
        const auto stored = writer.read(tables::regions(), id);
        if (!stored)
            return stored.error();
        QVariantMap changed;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if ((*stored)->values.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        }
        if (changed.isEmpty()) {
            ++summary.unchanged;
            continue;
        }
        if (auto written = writer.update(tables::regions(), **stored, id, changed, stamp, *path); !written)
            return written.error();
        ++summary.updated;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

Result<ImportSummary> importClientStore(ServerDatabase &database, const QString &storePath, bool markSynced)
{
    if (!QFileInfo(storePath).isFile())
        return Error{QStringLiteral("file"), QStringLiteral("There is no file %1.").arg(storePath)};
    const QString connectionName = QStringLiteral("lianxin-import-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ImportSummary summary;
    Status outcome;
    {
        QSqlDatabase store = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        store.setDatabaseName(storePath);
        if (!markSynced)
            store.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        outcome = [&]() -> Status {
            if (!store.open())
                return Error{QStringLiteral("file"), QStringLiteral("Cannot open %1: %2").arg(storePath, store.lastError().text())};
            ServerTransaction transaction(database);
            if (Status status = transaction.write(); !status)
                return status;
            RegionPaths paths(database);
            ChangeWriter writer(database, paths);
            const QStringList storeTables = store.tables();
            for (const SyncedTable *table : tables::all()) {
                // A store from an older client lacks the tables added since (it has no rows of them).
                if (!storeTables.contains(table->name))
                    continue;
                QSqlQuery rows(store);
                const QString sql = QStringLiteral("SELECT id, updated_at, updated_by_device, updated_by, %1 FROM %2 "
                                                   "WHERE deleted = 0 ORDER BY rowid")
                                        .arg(table->fields.join(QStringLiteral(", ")), table->name);
                if (!rows.exec(sql))
                    return Error{QStringLiteral("file"), QStringLiteral("%1 is not a Lianxin store: %2")
                                                             .arg(storePath, rows.lastError().text())};
                while (rows.next()) {
                    const QString id = rows.value(0).toString();
                    const auto existing = writer.read(*table, id);
                    if (!existing)
                        return existing.error();
                    if (existing->has_value()) {
                        ++summary.unchanged;
                        continue;
                    }
                    QVariantMap values;
                    for (qsizetype i = 0; i < table->fields.size(); ++i) {
                        values.insert(table->fields.at(i), wire::normalised(*table, table->fields.at(i), rows.value(int(i) + 4)));
                    }
                    const ChangeStamp stamp{rows.value(3).toString(), rows.value(2).toString(), rows.value(1).toString()};
                    const auto path = writer.pathFor(*table, id, values);
                    if (!path)
                        return path.error();
                    if (auto written = writer.insert(*table, id, values, stamp, *path); !written)
                        return written.error();
                    ++summary.created;
                }
            }
            if (Status status = transaction.commit(); !status)
                return status;
            // The store's own changes are on the server now: its device would otherwise send them back, and
            // those outside the scope of whoever signs in there would be refused.
            QSqlQuery synced(store);
            if (markSynced && storeTables.contains(QStringLiteral("change_log")) && !synced.exec(QStringLiteral("DELETE FROM change_log")))
                return Error{QStringLiteral("file"), QStringLiteral("Imported, but cannot mark the changes of %1 synced: %2")
                                                         .arg(storePath, synced.lastError().text())};
            return {};
        }();
        store.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!outcome)
        return outcome.error();
    return summary;
}

} // namespace lianxin::server
