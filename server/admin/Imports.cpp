#include "server/admin/Imports.h"

#include "core/register/RegionImporter.h"
#include "core/storage/SyncedTable.h"
#include "core/sync/Wire.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/ChangeWriter.h"

#include <QFileInfo>
#include <QSet>
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

namespace {

// Rows per INSERT of an import: a few thousand bound values, within every backend's limits.
constexpr int kBlockRows = 200;

// The ids the server holds of a table (an import leaves those rows alone).
Result<QSet<QString>> idsOf(ServerDatabase &database, const SyncedTable &table)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT id FROM %1").arg(table.name));
    if (Status status = database.exec(query); !status)
        return status.error();
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

const ChangeWriter::ChildTable *childTableOf(const SyncedTable &table)
{
    for (const ChangeWriter::ChildTable &child : ChangeWriter::kChildTables) {
        if (table.name == QLatin1String(child.table))
            return &child;
    }
    return nullptr;
}

bool isParentTable(const SyncedTable &table)
{
    for (const ChangeWriter::ChildTable &child : ChangeWriter::kChildTables) {
        if (table.name == QLatin1String(child.tableOfParent))
            return true;
    }
    return false;
}

} // namespace

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
            QHash<QString, QHash<QString, RegionPath>> imported; // the paths of the parent rows imported, by table
            for (const SyncedTable *table : tables::all()) {
                // A store from an older client lacks the tables added since (it has no rows of them).
                if (!storeTables.contains(table->name))
                    continue;
                QSqlQuery rows(store);
                rows.setForwardOnly(true); // millions of rows in a county's store: none kept once read
                const QString sql = QStringLiteral("SELECT id, updated_at, updated_by_device, updated_by, %1 FROM %2 "
                                                   "WHERE deleted = 0 ORDER BY rowid")
                                        .arg(table->fields.join(QStringLiteral(", ")), table->name);
                if (!rows.exec(sql))
                    return Error{QStringLiteral("file"), QStringLiteral("%1 is not a Lianxin store: %2")
                                                             .arg(storePath, rows.lastError().text())};
                const auto existing = idsOf(database, *table);
                if (!existing)
                    return existing.error();
                // Regions name their parent region and a member's regions make its path: those go row by row.
                // Every other table goes in blocks, its rows' paths taken from the parents just imported.
                const bool oneByOne =
                    table->name == QLatin1String("regions") || table->name == QLatin1String("member_regions");
                const ChangeWriter::ChildTable *child = childTableOf(*table);
                QList<ChangeWriter::NewRow> block;
                const auto flush = [&]() -> Status {
                    Status status = writer.insertMany(*table, block);
                    block.clear();
                    return status;
                };
                while (rows.next()) {
                    const QString id = rows.value(0).toString();
                    if (existing->contains(id)) {
                        ++summary.unchanged;
                        continue;
                    }
                    QVariantMap values;
                    for (qsizetype i = 0; i < table->fields.size(); ++i)
                        values.insert(table->fields.at(i),
                                      wire::normalised(*table, table->fields.at(i), rows.value(int(i) + 4)));
                    const ChangeStamp stamp{rows.value(3).toString(), rows.value(2).toString(), rows.value(1).toString()};
                    const QHash<QString, RegionPath> &parents =
                        child ? imported[QLatin1String(child->tableOfParent)] : imported[QString()];
                    const auto parent =
                        child ? parents.constFind(values.value(QLatin1String(child->columnOfParent)).toString())
                              : parents.constEnd();
                    const auto path =
                        parent != parents.constEnd() ? Result<RegionPath>(*parent) : writer.pathFor(*table, id, values);
                    if (!path)
                        return path.error();
                    // The same region made on the server beforehand (admin import-regions) has another id, and
                    // the store's records name the store's: say so instead of failing on the unique code.
                    if (table->name == QLatin1String("regions")) {
                        const QString code = values.value(QStringLiteral("code")).toString();
                        const auto other = regionIdByCode(database, code);
                        if (!other)
                            return other.error();
                        if (!other->isEmpty())
                            return Error{QStringLiteral("file"),
                                         QStringLiteral("The server already has region %1 under another id (made by "
                                                        "admin import-regions, or by another store): import this store "
                                                        "into a database without its regions, before import-regions.")
                                             .arg(code)};
                    }
                    if (isParentTable(*table))
                        imported[table->name].insert(id, *path);
                    ++summary.created;
                    if (oneByOne) {
                        if (auto written = writer.insert(*table, id, values, stamp, *path); !written)
                            return written.error();
                        continue;
                    }
                    block.append({id, values, stamp, *path});
                    if (block.size() == kBlockRows) {
                        if (Status status = flush(); !status)
                            return status;
                    }
                }
                if (Status status = flush(); !status)
                    return status;
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
