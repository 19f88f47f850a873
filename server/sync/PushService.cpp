#include "server/sync/PushService.h"

#include "core/auth/Account.h"
#include "core/storage/SyncedTable.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/ChangeWriter.h"
#include "server/sync/RowRules.h"

#include <QJsonDocument>

#include <algorithm>

namespace lianxin::server {

namespace {

QJsonObject rejected(const PushedRow &row, const QString &reason, const QString &field, const QString &message)
{
    return {{QStringLiteral("table"), row.table}, {QStringLiteral("id"), row.id},
            {QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("reason"), reason},
            {QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
}

QJsonObject applied(const PushedRow &row, qint64 version, const QJsonArray &conflicts)
{
    QJsonObject answer{{QStringLiteral("table"), row.table}, {QStringLiteral("id"), row.id},
                       {QStringLiteral("status"), conflicts.isEmpty() ? QStringLiteral("accepted") : QStringLiteral("merged")},
                       {QStringLiteral("server_version"), version}};
    if (!conflicts.isEmpty())
        answer.insert(QStringLiteral("conflicts"), conflicts);
    return answer;
}

QString asText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// Applies one row inside the batch's transaction. A row that fails is answered `rejected` and leaves
// nothing behind: it runs in a savepoint the caller rolls back.
class RowApplier
{
public:
    RowApplier(ServerDatabase &database, const Caller &caller, const QString &deviceId)
        : m_database(database), m_paths(database), m_writer(database, m_paths), m_rules(database), m_caller(caller),
          m_deviceId(deviceId)
    {
    }

    Result<QJsonObject> apply(const PushedRow &row)
    {
        const SyncedTable *table = tables::byName(row.table);
        if (!table)
            return rejected(row, QStringLiteral("validation"), QStringLiteral("table"), QStringLiteral("Unknown table."));
        const bool serverManaged = table->name == QLatin1String("regions") || table->name == QLatin1String("accounts");
        // Why this caller may not write the row at all, if it may not.
        QString forbidden;
        if (table->name == QLatin1String("conflicts")) {
            static const QStringList decision{QStringLiteral("resolution"), QStringLiteral("resolved_by")};
            const bool onlyDecision = std::all_of(row.fields.keyBegin(), row.fields.keyEnd(),
                                                  [](const QString &field) { return decision.contains(field); });
            if (row.op != QLatin1String("update") || !onlyDecision)
                return rejected(row, QStringLiteral("forbidden"), QStringLiteral("table"),
                                QStringLiteral("Conflict records are made by the server; devices only record a decision."));
        } else if (serverManaged) {
            forbidden = QStringLiteral("Regions and accounts are managed on the county server.");
        } else if (isDisputeTable(table->name)) {
            if (!permissionsOf(m_caller.role).editDisputes)
                forbidden = QStringLiteral("This account's role may not record dispute cases.");
        } else if ((!table->appendOnly || table->name.startsWith(QLatin1String("points_"))) &&
                   !permissionsOf(m_caller.role).editRegister) {
            forbidden = QStringLiteral("This account's role may not change the register.");
        }
        for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
            if (!table->fields.contains(it.key()))
                return rejected(row, QStringLiteral("validation"), it.key(), QStringLiteral("Unknown field."));
            const bool integer = it.value().metaType().id() == QMetaType::LongLong;
            if (!it.value().isNull() && integer != table->isInteger(it.key()))
                return rejected(row, QStringLiteral("validation"), it.key(),
                                table->isInteger(it.key()) ? QStringLiteral("Must be a whole number.")
                                                           : QStringLiteral("Must be text."));
        }
        const auto stored = m_writer.read(*table, row.id);
        if (!stored)
            return stored.error();
        // A device may hold the same rows as the server (the region seed, or a store imported into the
        // server, which holds more than one account's scope): sending them back unchanged changes nothing,
        // so it is no one's business who sends them or from where.
        const bool same = stored->has_value() && !(*stored)->deleted && row.op != QLatin1String("delete") &&
                          std::all_of(row.fields.keyBegin(), row.fields.keyEnd(), [&](const QString &field) {
                              return asText((*stored)->values.value(field)) == asText(row.fields.value(field));
                          });
        if (same && table->name != QLatin1String("conflicts"))
            return applied(row, (*stored)->version, {});
        if (!forbidden.isEmpty())
            return rejected(row, QStringLiteral("forbidden"), serverManaged ? QStringLiteral("table") : QString(), forbidden);
        const ChangeStamp stamp{m_caller.accountId, m_deviceId, row.changedAt};
        if (!stored->has_value()) {
            if (row.op != QLatin1String("insert"))
                return row.op == QLatin1String("delete")
                           ? applied(row, 0, {})
                           : rejected(row, QStringLiteral("not_found"), QString(), QStringLiteral("The server has no such row."));
            return insert(*table, row, stamp);
        }
        const StoredRow &current = **stored;
        if (!mayWrite(*table, current.path))
            return rejected(row, QStringLiteral("scope"), QString(), QStringLiteral("The row lies outside this account's scope."));
        if (table->appendOnly)
            return row.op == QLatin1String("insert")
                       ? applied(row, current.version, {})
                       : rejected(row, QStringLiteral("append_only"), QString(),
                                  QStringLiteral("Records of this kind are never changed; add a correcting record."));
        if (row.op == QLatin1String("delete")) {
            if (current.deleted)
                return applied(row, current.version, {});
            const auto seq = m_writer.update(*table, current, row.id, {}, stamp, current.path, true);
            if (!seq)
                return seq.error();
            return applied(row, *seq, {});
        }
        // An insert of a row the server has is a replay, or the same row made twice: merge it as an
        // update that has seen nothing.
        return update(*table, row, current, row.op == QLatin1String("insert") ? 0 : row.baseVersion, stamp);
    }

private:
    // Within the caller's scope, or a village-wide row of the village of one of the caller's grids.
    bool mayWrite(const SyncedTable &table, const RegionPath &path)
    {
        if (m_caller.scope.contains(path))
            return true;
        if (!isVillageWideTable(table.name) || !path.grid.isEmpty() || path.village.isEmpty())
            return false;
        for (const QString &id : m_caller.scope.regionIds()) {
            const auto home = m_paths.pathOf(id);
            if (home && home->has_value() && (*home)->village == path.village)
                return true;
        }
        return false;
    }

    Result<QJsonObject> insert(const SyncedTable &table, const PushedRow &row, const ChangeStamp &stamp)
    {
        const auto callerHome = m_paths.pathOf(m_caller.scope.regionIds().value(0));
        if (!callerHome)
            return callerHome.error();
        const auto path = m_writer.pathFor(table, row.id, row.fields, callerHome->value_or(RegionPath{}));
        if (!path)
            return path.error();
        if (!path->isEmpty() && !mayWrite(table, *path))
            return rejected(row, QStringLiteral("scope"), QString(), QStringLiteral("The row lies outside this account's scope."));
        if (Status status = m_rules.check(table, row.id, row.fields, *path); !status)
            return rejected(row, RowRules::reasonOf(status.error()), status.error().field, status.error().message);
        const auto seq = m_writer.insert(table, row.id, row.fields, stamp, *path);
        if (!seq)
            return seq.error();
        return applied(row, *seq, {});
    }

    Result<QJsonObject> update(const SyncedTable &table, const PushedRow &row, const StoredRow &current, qint64 base,
                               const ChangeStamp &stamp)
    {
        QVariantMap changed;
        QList<QPair<QString, QVariant>> lost;
        for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
            const QVariant serverValue = current.values.value(it.key());
            if (asText(serverValue) == asText(it.value()))
                continue;
            if (current.fieldVersions.value(it.key()) <= base)
                changed.insert(it.key(), it.value());
            else
                lost.append({it.key(), it.value()}); // first to reach the server wins (docs/SYNC.md section 6)
        }
        if (current.deleted) {
            if (changed.isEmpty() && lost.isEmpty())
                return applied(row, current.version, {});
            for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                lost.append({it.key(), it.value()});
            const auto recorded = recordConflicts(table, row, current, lost);
            if (!recorded)
                return recorded.error();
            // The values are kept as conflict records, so the answer keeps what this row wrote.
            QJsonObject answer =
                rejected(row, QStringLiteral("removed"), QString(), QStringLiteral("The row was removed on the server."));
            answer.insert(QStringLiteral("conflicts"), *recorded);
            return answer;
        }
        QVariantMap merged = current.values;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            merged.insert(it.key(), it.value());
        const auto path = m_writer.pathFor(table, row.id, merged, current.path);
        if (!path)
            return path.error();
        if (!mayWrite(table, *path))
            return rejected(row, QStringLiteral("scope"), QString(), QStringLiteral("The change would move the row out of this account's scope."));
        if (Status status = m_rules.check(table, row.id, merged, *path); !status)
            return rejected(row, RowRules::reasonOf(status.error()), status.error().field, status.error().message);
        const auto conflicts = recordConflicts(table, row, current, lost);
        if (!conflicts)
            return conflicts.error();
        if (changed.isEmpty())
            return applied(row, current.version, *conflicts);
        const auto seq = m_writer.update(table, current, row.id, changed, stamp, *path);
        if (!seq)
            return seq.error();
        return applied(row, *seq, *conflicts);
    }

    Result<QJsonArray> recordConflicts(const SyncedTable &table, const PushedRow &row, const StoredRow &current,
                                       const QList<QPair<QString, QVariant>> &lost)
    {
        QJsonArray ids;
        for (const auto &[field, value] : lost) {
            const QString id = ServerDatabase::newId();
            const QVariantMap values{{QStringLiteral("table_name"), table.name},
                                     {QStringLiteral("row_id"), row.id},
                                     {QStringLiteral("field"), field},
                                     {QStringLiteral("kept_value"), asText(current.values.value(field))},
                                     {QStringLiteral("kept_by"), current.updatedBy},
                                     {QStringLiteral("kept_device"), current.updatedByDevice},
                                     {QStringLiteral("kept_at"), current.updatedAt},
                                     {QStringLiteral("lost_value"), asText(value)},
                                     {QStringLiteral("lost_by"), m_caller.accountId},
                                     {QStringLiteral("lost_device"), m_deviceId},
                                     {QStringLiteral("lost_at"), row.changedAt}};
            // The record lies where the row does, so the devices that see the row see its conflicts.
            const auto written = m_writer.insert(tables::conflicts(), id, values,
                                                 {m_caller.accountId, m_deviceId, ServerDatabase::now()}, current.path);
            if (!written)
                return written.error();
            const QVariant kept = current.values.value(field);
            ids.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("field"), field},
                                   {QStringLiteral("kept_value"), kept.isNull() ? QJsonValue(QJsonValue::Null)
                                                                  : table.isInteger(field) ? QJsonValue(kept.toLongLong())
                                                                                           : QJsonValue(kept.toString())}});
        }
        return ids;
    }

    ServerDatabase &m_database;
    RegionPaths m_paths;
    ChangeWriter m_writer;
    RowRules m_rules;
    const Caller &m_caller;
    QString m_deviceId;
};

} // namespace

Result<PushService::Outcome> PushService::push(const Caller &caller, const PushBatch &batch)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    QSqlQuery &known = m_database.cached(QStringLiteral("SELECT account_id, result FROM push_batches WHERE batch_id = :id"));
    known.bindValue(QStringLiteral(":id"), batch.batchId);
    if (Status status = m_database.exec(known); !status)
        return status.error();
    if (known.next()) {
        Outcome outcome{QJsonDocument::fromJson(known.value(1).toString().toUtf8()).object(), true,
                        known.value(0).toString() != caller.accountId};
        known.finish();
        if (outcome.foreignBatch)
            outcome.body = {};
        return outcome;
    }
    known.finish();

    RowApplier applier(m_database, caller, batch.deviceId);
    QJsonArray results;
    int accepted = 0;
    int merged = 0;
    int refused = 0;
    for (const PushedRow &row : batch.rows) {
        if (Status status = m_database.exec(QStringLiteral("SAVEPOINT push_row")); !status)
            return status.error();
        const auto answer = applier.apply(row);
        if (!answer)
            return answer.error();
        const QString verdict = answer->value(QStringLiteral("status")).toString();
        const Status done = m_database.exec(verdict == QLatin1String("rejected") && !answer->contains(QStringLiteral("conflicts"))
                                                ? QStringLiteral("ROLLBACK TO SAVEPOINT push_row")
                                                : QStringLiteral("RELEASE SAVEPOINT push_row"));
        if (!done)
            return done.error();
        (verdict == QLatin1String("accepted") ? accepted : verdict == QLatin1String("merged") ? merged : refused)++;
        results.append(*answer);
    }
    const QJsonObject body{{QStringLiteral("batch_id"), batch.batchId},
                           {QStringLiteral("server_time"), ServerDatabase::now()},
                           {QStringLiteral("accepted"), accepted},
                           {QStringLiteral("merged"), merged},
                           {QStringLiteral("rejected"), refused},
                           {QStringLiteral("rows"), results}};
    QSqlQuery &store = m_database.cached(QStringLiteral(
        "INSERT INTO push_batches (batch_id, account_id, device_id, received_at, result) "
        "VALUES (:id, :account, :device, :received, :result)"));
    store.bindValue(QStringLiteral(":id"), batch.batchId);
    store.bindValue(QStringLiteral(":account"), caller.accountId);
    store.bindValue(QStringLiteral(":device"), batch.deviceId);
    store.bindValue(QStringLiteral(":received"), ServerDatabase::now());
    store.bindValue(QStringLiteral(":result"), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (Status status = m_database.exec(store); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return Outcome{body, false, false};
}

} // namespace lianxin::server
