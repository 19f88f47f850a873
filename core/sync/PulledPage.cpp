#include "core/sync/PulledPage.h"

#include "core/search/SearchIndex.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"
#include "core/sync/SyncSessions.h"
#include "core/sync/Wire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>

namespace lianxin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PulledPage)
};

// No register rows at all: a device that has never synced, or whose store was emptied for a resync.
bool isEmptyStore(Database &database)
{
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM persons) AND NOT EXISTS (SELECT 1 FROM households)"));
    const bool empty = database.exec(query) && query.next() && query.value(0).toBool();
    query.finish();
    return empty;
}

// The rows of one table of a page, written by one upsert prepared once: the wire columns the server sent
// and the table's derived local columns (docs/SYNC.md section 1).
class TableApplier
{
public:
    TableApplier(Database &database, const SyncedTable &table, const QJsonArray &header)
        : m_database(database), m_table(table)
    {
        for (const QJsonValue &name : header) {
            m_columns.append(name.toString());
            // Columns this version does not know (a newer server's) are skipped.
            m_known.append(wire::pulledSyncColumns().contains(m_columns.last()) ||
                           table.fields.contains(m_columns.last()));
        }
        m_idColumn = m_columns.indexOf(QStringLiteral("id"));
        m_derived = table.derive ? table.derive({}).keys() : QStringList();
    }

    // The sync columns the page lacks, or nothing.
    QString missingColumn() const
    {
        for (const QString &column : wire::pulledSyncColumns()) {
            if (!m_columns.contains(column))
                return column;
        }
        return {};
    }
    qsizetype width() const { return m_columns.size(); }
    QString id(const QJsonArray &row) const { return row.at(m_idColumn).toString(); }

    Status apply(QJsonArray row, bool logEmpty)
    {
        if (!logEmpty)
            rebase(row);
        NativeStatement &upsert = m_database.native(upsertSql());
        int bound = 1;
        QVariantMap values; // the fields the derived columns are computed from
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (!m_known.at(c))
                continue;
            const QString &column = m_columns.at(c);
            const QVariant value = wire::fromWire(m_table, column, row.at(c));
            upsert.bind(bound++, value);
            if (!m_derived.isEmpty())
                values.insert(column, value);
        }
        if (!m_derived.isEmpty()) {
            const QVariantMap derived = m_table.derive(values);
            for (const QString &column : std::as_const(m_derived))
                upsert.bind(bound++, derived.value(column));
        }
        return upsert.run();
    }

private:
    // INSERT … ON CONFLICT (id) DO UPDATE of every column the page names that this version knows.
    QString upsertSql()
    {
        if (!m_sql.isEmpty())
            return m_sql;
        QStringList columns;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (m_known.at(c))
                columns.append(m_columns.at(c));
        }
        columns += m_derived;
        QStringList placeholders;
        QStringList updates;
        for (const QString &column : std::as_const(columns)) {
            placeholders.append(QStringLiteral("?"));
            if (column != QLatin1String("id"))
                updates.append(column + QStringLiteral(" = excluded.") + column);
        }
        // Names come from SyncedTable (unknown columns are skipped above); values are bound.
        m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                    .arg(m_table.name, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                         updates.join(QStringLiteral(", ")));
        return m_sql;
    }

    // A row with unsynced local changes keeps the local value of each pending field (pushed next).
    void rebase(QJsonArray &row)
    {
        const QString rowId = id(row);
        const PendingRow pending = ChangeLog(m_database).pendingOf(m_table, rowId);
        if (!pending.any)
            return;
        const auto local = RecordWriter(m_database).read(m_table, rowId);
        if (!local)
            return;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QString &column = m_columns.at(c);
            if (pending.fields.contains(column))
                row[c] = wire::toWire(m_table, column, local->value(column));
            else if (column == QLatin1String("deleted") && pending.deleted)
                row[c] = 1;
            // The base of the pending change stays the version the person edited: had it moved to the
            // pulled one, the push would overwrite a value its author never saw (docs/SYNC.md 6).
            else if (column == QLatin1String("server_version"))
                row[c] = local->value(column).toLongLong();
        }
    }

    Database &m_database;
    const SyncedTable &m_table;
    QStringList m_columns;
    QList<bool> m_known;
    qsizetype m_idColumn = -1;
    QStringList m_derived;
    QString m_sql;
};

} // namespace

Result<AppliedPage> applyPulledPage(Database &database, const QJsonObject &page, const QString &username)
{
    SyncSessions sessions(database);
    AppliedPage applied;
    applied.nextAfter = page.value(QStringLiteral("next_after")).toInteger(-1);
    applied.hasMore = page.value(QStringLiteral("has_more")).toBool();
    applied.scopeEpoch = page.value(QStringLiteral("scope_epoch")).toInteger();
    applied.serverTime = page.value(QStringLiteral("server_time")).toString();
    const qint64 before = sessions.cursor(username).lastPulledSeq;
    if (applied.nextAfter < before)
        return Error{QStringLiteral("sync"), Tr::tr("The county server sent a page older than the data here.")};

    // Rows arrive in the order the server accepted them, and a page may end between a household and the
    // head of household it names: references are the server's to keep, so the device does not check them
    // while applying pages (the pragma only takes effect outside a transaction, and is per connection).
    if (Status status = database.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !status)
        return status.error();
    const auto restore = qScopeGuard([&database] { (void)database.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    Transaction transaction = database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    // Indexed for search in a few statements at the end of the page, not row by row.
    if (Status status = search_index::defer(database); !status)
        return status.error();
    const bool logEmpty = ChangeLog(database).isEmpty();
    // A new device's first pages: its indexes and search index are built once, with the last page.
    if (before == 0 && applied.hasMore && logEmpty && isEmptyStore(database)) {
        if (Status status = bulk_load::begin(database, search_index::rebuildStatements()); !status)
            return status.error();
    }
    const bool loading = bulk_load::unfinished(database);

    // Rows that left this person's scope go, unless they hold changes still to be pushed (the push then
    // answers for them). Their people left with a household: each has a departure of its own. Another
    // person on this device may still see such a row: the others read their scope again from the start.
    const QJsonArray departures = page.value(QStringLiteral("departures")).toArray();
    if (!departures.isEmpty()) {
        if (Status status = sessions.restartPulls(username); !status)
            return status.error();
    }
    for (const QJsonValue &departure : departures) {
        const SyncedTable *table = tables::byName(departure.toArray().at(0).toString());
        const QString id = departure.toArray().at(1).toString();
        if (!table || ChangeLog(database).pendingOf(*table, id).any)
            continue;
        QSqlQuery remove = database.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table->name));
        remove.addBindValue(id);
        if (Status status = database.exec(remove); !status)
            return status.error();
        ++applied.rows;
    }
    for (const QJsonValue &tableValue : page.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject tableObject = tableValue.toObject();
        const SyncedTable *table = tables::byName(tableObject.value(QStringLiteral("table")).toString());
        if (!table)
            continue;
        TableApplier applier(database, *table, tableObject.value(QStringLiteral("columns")).toArray());
        if (const QString missing = applier.missingColumn(); !missing.isEmpty())
            return Error{QStringLiteral("sync"),
                         Tr::tr("The county server sent rows without the column %1.").arg(missing)};
        QStringList &ids = applied.ids[table->name];
        for (const QJsonValue &row : tableObject.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray values = row.toArray();
            if (values.size() != applier.width())
                return Error{QStringLiteral("sync"), Tr::tr("The county server sent a malformed row.")};
            if (Status status = applier.apply(values, logEmpty); !status)
                return status.error();
            ids.append(applier.id(values));
            ++applied.rows;
        }
    }
    if (!loading) {
        if (Status status = search_index::catchUpRows(database, applied.ids.value(QStringLiteral("persons")),
                                                      applied.ids.value(QStringLiteral("households")));
            !status)
            return status.error();
    } else if (!applied.hasMore) {
        if (Status status = bulk_load::finish(database); !status)
            return status.error();
    }
    if (Status status = sessions.setCursor(username, {applied.nextAfter, applied.scopeEpoch}); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return applied;
}

} // namespace lianxin
