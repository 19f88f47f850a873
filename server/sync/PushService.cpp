#include "server/sync/PushService.h"

#include "core/auth/Account.h"
#include "core/service/RequestLifecycle.h"
#include "core/storage/SyncedTable.h"
#include "core/sync/Wire.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/BlobService.h"
#include "server/sync/ChangeWriter.h"
#include "server/sync/IdNumberReviews.h"
#include "server/sync/RowAccess.h"
#include "server/sync/RowRules.h"

#include <QElapsedTimer>
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
        : m_database(database), m_paths(database), m_writer(database, m_paths), m_access(database, m_paths, caller),
          m_rules(database, m_access), m_caller(caller),
          m_deviceId(deviceId)
    {
    }

    Result<QJsonObject> apply(const PushedRow &row)
    {
        const SyncedTable *table = tables::byName(row.table);
        if (!table)
            return rejected(row, QStringLiteral("validation"), QStringLiteral("table"), QStringLiteral("Unknown table."));
        // Checks of the row's own shape and of the caller's role come first: they depend on nothing stored.
        if (table->name == QLatin1String("conflicts")) {
            static const QStringList decision{QStringLiteral("resolution"), QStringLiteral("resolved_by")};
            const bool onlyDecision = std::all_of(row.fields.keyBegin(), row.fields.keyEnd(),
                                                  [](const QString &field) { return decision.contains(field); });
            if (row.op != QLatin1String("update") || !onlyDecision)
                return rejected(row, QStringLiteral("forbidden"), QStringLiteral("table"),
                                QStringLiteral("Conflict records are made by the server; devices only record a decision."));
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
        const bool serverManaged = tables::isServerManaged(table->name);
        if (m_caller.role == QLatin1String("department")) {
            const auto routed = routedToCaller(*table, row);
            if (!routed)
                return routed.error();
            if (!*routed)
                return outOfScope(row);
        }

        // Scope next, before the row is compared with anything: a row the caller may not read is answered
        // exactly as one the server does not have (docs/API.md, "What a refusal reveals").
        const auto stored = m_writer.read(*table, row.id);
        if (!stored)
            return stored.error();
        if (stored->has_value()) {
            const auto readable = m_access.mayRead(*table, (**stored).path);
            if (!readable)
                return readable.error();
            if (!*readable)
                return outOfScope(row);
        } else if (row.op != QLatin1String("insert")) {
            return outOfScope(row);
        }
        // A device may hold the same rows as the server (a store imported into the server): sending them back
        // unchanged changes nothing, so its role does not matter.
        const bool same = stored->has_value() && !(*stored)->deleted && row.op != QLatin1String("delete") &&
                          std::all_of(row.fields.keyBegin(), row.fields.keyEnd(), [&](const QString &field) {
                              return asText((*stored)->values.value(field)) == asText(row.fields.value(field));
                          });
        if (same && table->name != QLatin1String("conflicts"))
            return applied(row, (*stored)->version, {});
        // Deciding a conflict is changing its record: the role must be one that may change that record.
        const QString forbidden =
            table->name == QLatin1String("conflicts") && stored->has_value()
                ? forbiddenToDecide((**stored).values.value(QStringLiteral("table_name")).toString())
                : forbiddenFor(*table, serverManaged);
        if (!forbidden.isEmpty())
            return rejected(row, QStringLiteral("forbidden"), serverManaged ? QStringLiteral("table") : QString(), forbidden);
        const ChangeStamp stamp{m_caller.accountId, m_deviceId, row.changedAt};
        if (!stored->has_value())
            return insert(*table, row, stamp);
        const StoredRow &current = **stored;
        const auto writable = m_access.mayWrite(*table, current.path);
        if (!writable)
            return writable.error();
        if (!*writable)
            return rejected(row, QStringLiteral("scope"), QString(), QStringLiteral("The row lies outside this account's scope."));
        if (table->appendOnly)
            return row.op == QLatin1String("insert")
                       ? applied(row, current.version, {})
                       : rejected(row, QStringLiteral("append_only"), QString(),
                                  QStringLiteral("Records of this kind are never changed; add a correcting record."));
        // A device can only have seen versions the server gave out: a higher one would win every field.
        if (row.op != QLatin1String("insert") && row.baseVersion > current.version)
            return rejected(row, QStringLiteral("validation"), QStringLiteral("base_version"),
                            QStringLiteral("Newer than the row on the server (%1).").arg(current.version));
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
    // The one answer to a row outside the caller's scope and to a row the server does not have.
    static QJsonObject outOfScope(const PushedRow &row)
    {
        return rejected(row, QStringLiteral("scope"), QString(), QStringLiteral("No such row within this account's scope."));
    }

    // The refusal of a place the caller may not write, the same whether the region or parent record it comes
    // from lies outside the scope or does not exist: a child whose parent cannot be reached waits for it.
    Result<std::optional<QJsonObject>> refusePlace(const SyncedTable &table, const PushedRow &row, const RegionPath &path)
    {
        if (!path.isEmpty()) {
            const auto writable = m_access.mayWrite(table, path);
            if (!writable)
                return writable.error();
            if (*writable)
                return std::optional<QJsonObject>();
        }
        for (const ChangeWriter::ChildTable &child : ChangeWriter::kChildTables) {
            if (table.name == QLatin1String(child.table))
                return std::optional<QJsonObject>(rejected(row, QStringLiteral("missing_reference"),
                                                           QLatin1String(child.columnOfParent), QLatin1String(RowRules::kNoSuchRecord)));
        }
        return std::optional<QJsonObject>(outOfScope(row));
    }

    Status recordIdNumberReview(const QString &personId)
    {
        if (m_rules.idNumberReview().isEmpty())
            return {};
        return IdNumberReviews(m_database).record(personId, m_rules.idNumberReview(), m_caller.accountId);
    }

    // Why this caller's role may not write rows of the table at all, if it may not.
    // A department account writes only the requests routed to it (the state their steps give), their steps
    // and the audit records of its own views; any other row is answered as one outside its scope.
    Result<bool> routedToCaller(const SyncedTable &table, const PushedRow &row)
    {
        if (table.name == QLatin1String("audit_log"))
            return row.op == QLatin1String("insert");
        if (table.name == QLatin1String("service_requests")) {
            static const QStringList derived{QStringLiteral("state"),        QStringLiteral("department_id"),
                                             QStringLiteral("routed_to"),    QStringLiteral("result"),
                                             QStringLiteral("satisfaction"), QStringLiteral("reopened"),
                                             QStringLiteral("closed_on")};
            if (row.op != QLatin1String("update") ||
                !std::all_of(row.fields.keyBegin(), row.fields.keyEnd(),
                             [](const QString &field) { return derived.contains(field); }))
                return false;
            return m_access.routedToCaller(row.id);
        }
        if (table.name == QLatin1String("service_steps")) {
            const auto stored = m_writer.read(table, row.id);
            if (!stored)
                return stored.error();
            const QString request = stored->has_value()
                                        ? (**stored).values.value(QStringLiteral("request_id")).toString()
                                        : row.fields.value(QStringLiteral("request_id")).toString();
            return m_access.routedToCaller(request);
        }
        return false;
    }

    QString forbiddenFor(const SyncedTable &table, bool serverManaged) const
    {
        if (serverManaged)
            return QStringLiteral("Regions and accounts are managed on the county server.");
        // Staff records are the administrators' (docs/API.md, "Staff and accounts").
        if (table.name == QLatin1String("members") || table.name == QLatin1String("member_regions"))
            return permissionsOf(m_caller.role).administerStaff
                       ? QString()
                       : QStringLiteral("Staff records are kept by the township and county administrators.");
        if (const auto service = forbiddenService(table.name))
            return *service;
        if (isDisputeTable(table.name))
            return permissionsOf(m_caller.role).editDisputes ? QString()
                                                             : QStringLiteral("This account's role may not record dispute cases.");
        if ((!table.appendOnly || table.name.startsWith(QLatin1String("points_"))) && !permissionsOf(m_caller.role).editRegister)
            return QStringLiteral("This account's role may not change the register.");
        return {};
    }

    // Visits, problems and requests are the work of those who keep the register; the township's service data
    // and its consultations are the sub-centre's; a department records the steps of what is routed to it.
    std::optional<QString> forbiddenService(const QString &table) const
    {
        const auto actor = request_lifecycle::actorOf(m_caller.role);
        if (isTownshipDataTable(table) || table == QLatin1String("consultations") ||
            table == QLatin1String("consultation_decisions"))
            return actor == request_lifecycle::Actor::SubCentre
                       ? QString()
                       : QStringLiteral("Only the township sub-centre keeps this.");
        if (table == QLatin1String("service_requests") || table == QLatin1String("service_steps"))
            return actor == request_lifecycle::Actor::Nobody
                       ? QStringLiteral("This account's role does not handle requests.")
                       : QString();
        if (table == QLatin1String("visits") || table == QLatin1String("visit_photos") ||
            table == QLatin1String("problems"))
            return permissionsOf(m_caller.role).editRegister
                       ? QString()
                       : QStringLiteral("This account's role may not record visits.");
        return std::nullopt;
    }

    QString forbiddenToDecide(const QString &subjectTable) const
    {
        return mayChange(permissionsOf(m_caller.role), subjectTable)
                   ? QString()
                   : QStringLiteral("This account's role may not change the record this conflict is about.");
    }

    Result<QJsonObject> insert(const SyncedTable &table, const PushedRow &row, const ChangeStamp &stamp)
    {
        const auto callerHome = m_paths.pathOf(m_caller.scope.regionIds().value(0));
        if (!callerHome)
            return callerHome.error();
        // The author of an audit record and the registrar of a case are whoever's token sent them, whatever
        // the body says.
        QVariantMap values = row.fields;
        if (table.name == QLatin1String("audit_log"))
            values.insert(QStringLiteral("account_id"), m_caller.accountId);
        if (table.name == QLatin1String("disputes"))
            values.insert(QStringLiteral("registered_by"), m_caller.accountId);
        const auto path = m_writer.pathFor(table, row.id, values, callerHome->value_or(RegionPath{}));
        if (!path)
            return path.error();
        if (const auto refusal = refusePlace(table, row, *path); !refusal)
            return refusal.error();
        else if (refusal->has_value())
            return **refusal;
        if (Status status = m_rules.check(table, row.id, values, *path); !status)
            return rejected(row, RowRules::reasonOf(status.error()), status.error().field, status.error().message);
        // A file record (append-only: only ever inserted) names content by its hash (BlobService::mayName).
        if (table.fields.contains(QStringLiteral("sha256"))) {
            const auto named =
                BlobService(m_database).mayName(m_caller, row.fields.value(QStringLiteral("sha256")).toString());
            if (!named || !*named)
                return named ? rejected(row, QStringLiteral("missing_reference"), QStringLiteral("sha256"),
                                        QLatin1String(BlobService::kNotNameable))
                             : Result<QJsonObject>(named.error());
        }
        const auto seq = m_writer.insert(table, row.id, values, stamp, *path);
        if (!seq)
            return seq.error();
        if (Status status = recordIdNumberReview(row.id); !status)
            return status.error();
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
            const auto recorded = recordConflicts(table, row, current, lost, current.path);
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
        if (*path != current.path) {
            if (const auto refusal = refusePlace(table, row, *path); !refusal)
                return refusal.error();
            else if (refusal->has_value())
                return **refusal;
            const auto moving = m_writer.rowsMovingWith(table, row.id);
            if (!moving)
                return moving.error();
            if (*moving > PushService::kMaxRowsMovingWithOne)
                return rejected(row, QStringLiteral("validation"), QString(),
                                QStringLiteral("%1 records would move with this one, more than one change may move (%2); "
                                               "ask the county administrator.").arg(*moving).arg(PushService::kMaxRowsMovingWithOne));
        }
        const QStringList written = changed.keys();
        if (Status status = m_rules.check(table, row.id, merged, *path, &written); !status)
            return rejected(row, RowRules::reasonOf(status.error()), status.error().field, status.error().message);
        // The records of what was lost lie where the row will, so that they follow it to its new region.
        const auto conflicts = recordConflicts(table, row, current, lost, *path);
        if (!conflicts)
            return conflicts.error();
        if (changed.isEmpty())
            return applied(row, current.version, *conflicts);
        const auto seq = m_writer.update(table, current, row.id, changed, stamp, *path);
        if (!seq)
            return seq.error();
        if (Status status = recordIdNumberReview(row.id); !status)
            return status.error();
        return applied(row, *seq, *conflicts);
    }

    Result<QJsonArray> recordConflicts(const SyncedTable &table, const PushedRow &row, const StoredRow &current,
                                       const QList<QPair<QString, QVariant>> &lost, const RegionPath &path)
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
                                                 {m_caller.accountId, m_deviceId, ServerDatabase::now()}, path);
            if (!written)
                return written.error();
            ids.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("field"), field},
                            {QStringLiteral("kept_value"), wire::toWire(table, field, current.values.value(field))}});
        }
        return ids;
    }

public:
    qint64 rowsWritten() const { return m_writer.rowsWritten(); }

private:
    ServerDatabase &m_database;
    RegionPaths m_paths;
    ChangeWriter m_writer;
    RowAccess m_access;
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
    int deferred = 0;
    // The write lock is everyone's: a batch stops taking rows once it has done its share of work, and the
    // device sends the rest again (docs/API.md, `deferred`). The first row is always applied.
    QElapsedTimer worked;
    worked.start();
    for (const PushedRow &row : batch.rows) {
        if (!results.isEmpty() && (applier.rowsWritten() >= kMaxRowsWrittenPerBatch || worked.elapsed() >= kMaxBatchMilliseconds)) {
            results.append(QJsonObject{{QStringLiteral("table"), row.table}, {QStringLiteral("id"), row.id},
                                       {QStringLiteral("status"), QStringLiteral("deferred")},
                                       {QStringLiteral("message"), QStringLiteral("Not applied yet: send the row again.")}});
            ++deferred;
            continue;
        }
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
                           {QStringLiteral("deferred"), deferred},
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
