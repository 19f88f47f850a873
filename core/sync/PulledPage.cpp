#include "core/sync/PulledPage.h"

#include "core/search/SearchIndex.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"
#include "core/sync/SyncSessions.h"

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


QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (value.isDouble())
        return QVariant(qint64(value.toDouble()));
    return value.toString();
}

// The fields of a row with unsynced local changes, and whether its deletion is one of them.
struct Pending
{
    QSet<QString> fields;
    bool deleted = false;
    bool any = false;
};

Pending pendingOf(Database &database, const SyncedTable &table, const QString &rowId)
{
    QSqlQuery &query = database.cached(QStringLiteral("SELECT op, fields FROM change_log WHERE table_name = ? AND row_id = ?"));
    query.bindValue(0, table.name);
    query.bindValue(1, rowId);
    Pending pending;
    if (!database.exec(query))
        return pending;
    while (query.next()) {
        pending.any = true;
        const QString op = query.value(0).toString();
        if (op == QLatin1String("insert"))
            pending.fields.unite(QSet<QString>(table.fields.begin(), table.fields.end()));
        pending.deleted = pending.deleted || op == QLatin1String("delete");
        for (const QString &field : RecordWriter::storedList(query.value(1)))
            pending.fields.insert(field);
    }
    query.finish();
    return pending;
}

// INSERT … ON CONFLICT (id) DO UPDATE of every column given.
QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        if (column != QLatin1String("id"))
            updates.append(column + QStringLiteral(" = excluded.") + column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

Status applyRow(Database &database, const SyncedTable &table, const QHash<QString, int> &index, const QJsonArray &row,
                bool logEmpty)
{
    const QString id = row.at(index.value(QStringLiteral("id"))).toString();
    QVariantMap values;
    for (const QString &field : table.fields) {
        const auto it = index.constFind(field);
        if (it != index.constEnd())
            values.insert(field, fromJson(row.at(*it)));
    }
    QVariantMap sync;
    for (const QString &column : tables::syncColumns())
        sync.insert(column, fromJson(row.at(index.value(column))));

    if (!logEmpty) {
        const Pending pending = pendingOf(database, table, id);
        if (pending.any) {
            // Rebase: the local value of each pending field stays; it is pushed next.
            if (const auto local = RecordWriter(database).read(table, id)) {
                for (const QString &field : pending.fields)
                    values.insert(field, local->value(field));
                if (pending.deleted)
                    sync.insert(QStringLiteral("deleted"), 1);
                // The base of the pending change stays the version the person edited: had it moved to the
                // pulled one, the push would overwrite a value its author never saw (docs/SYNC.md 6).
                sync.insert(QStringLiteral("server_version"), local->value(QStringLiteral("server_version")));
            }
        }
    }
    if (table.derive) {
        const QVariantMap derived = table.derive(values);
        for (auto it = derived.cbegin(); it != derived.cend(); ++it)
            values.insert(it.key(), it.value());
    }
    const QStringList columns = QStringList{QStringLiteral("id")} + values.keys() + sync.keys();
    QSqlQuery &query = database.cached(upsertSql(table.name, columns));
    int i = 0;
    query.bindValue(i++, id);
    for (const QVariantMap *map : {&values, &sync}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            query.bindValue(i++, it.value());
    }
    return database.exec(query);
}

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
    QSqlQuery anyPending = database.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM change_log)"));
    const bool logEmpty = database.exec(anyPending) && anyPending.next() && !anyPending.value(0).toBool();

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
        if (!table || pendingOf(database, *table, id).any)
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
        QHash<QString, int> index;
        const QJsonArray columns = tableObject.value(QStringLiteral("columns")).toArray();
        for (int i = 0; i < columns.size(); ++i)
            index.insert(columns.at(i).toString(), i);
        for (const QString &column : tables::syncColumns() + QStringList{QStringLiteral("id")}) {
            if (!index.contains(column))
                return Error{QStringLiteral("sync"), Tr::tr("The county server sent rows without the column %1.").arg(column)};
        }
        for (const QJsonValue &row : tableObject.value(QStringLiteral("rows")).toArray()) {
            if (row.toArray().size() != columns.size())
                return Error{QStringLiteral("sync"), Tr::tr("The county server sent a malformed row.")};
            if (Status status = applyRow(database, *table, index, row.toArray(), logEmpty); !status)
                return status.error();
            applied.ids[table->name].append(row.toArray().at(index.value(QStringLiteral("id"))).toString());
            ++applied.rows;
        }
    }
    if (Status status = search_index::catchUpRows(database, applied.ids.value(QStringLiteral("persons")),
                                                  applied.ids.value(QStringLiteral("households")));
        !status)
        return status.error();
    if (Status status = sessions.setCursor(username, {applied.nextAfter, applied.scopeEpoch}); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return applied;
}

} // namespace lianxin
