#include "core/sync/SyncProblems.h"

#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"
#include "core/sync/SyncSessions.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncProblems)
};
} // namespace

namespace {

// What a person calls a row of each kind, and where it belongs: SQL over the row bound as ?, giving the
// label, the household and the case it leads to, and its parent's table and id.
struct RowPlace
{
    const char *table;
    const char *sql;
};

const RowPlace kPlaces[] = {
    {"households", "SELECT h.address || coalesce(' ' || h.house_number, ''), h.id, NULL, NULL, NULL FROM households h WHERE h.id = ?"},
    {"persons", "SELECT p.name, p.household_id, NULL, 'households', p.household_id FROM persons p WHERE p.id = ?"},
    {"members", "SELECT m.name, NULL, NULL, NULL, NULL FROM members m WHERE m.id = ?"},
    {"disputes", "SELECT coalesce(d.case_number, d.title), NULL, d.id, NULL, NULL FROM disputes d WHERE d.id = ?"},
    {"dispute_parties", "SELECT coalesce(d.case_number, d.title) || ' · ' || x.name, NULL, d.id, 'disputes', d.id "
                        "FROM dispute_parties x JOIN disputes d ON d.id = x.dispute_id WHERE x.id = ?"},
    {"dispute_steps", "SELECT coalesce(d.case_number, d.title) || ' · ' || x.occurred, NULL, d.id, 'disputes', d.id "
                      "FROM dispute_steps x JOIN disputes d ON d.id = x.dispute_id WHERE x.id = ?"},
    {"attachments", "SELECT coalesce(d.case_number, d.title) || ' · ' || x.file_name, NULL, d.id, 'disputes', d.id "
                    "FROM attachments x JOIN disputes d ON d.id = x.dispute_id WHERE x.id = ?"},
    {"points_entries", "SELECT h.address || coalesce(' ' || h.house_number, ''), h.id, NULL, 'households', h.id "
                       "FROM points_entries x JOIN households h ON h.id = x.household_id WHERE x.id = ?"},
    {"points_decisions", "SELECT h.address || coalesce(' ' || h.house_number, ''), h.id, NULL, 'points_entries', e.id "
                         "FROM points_decisions x JOIN points_entries e ON e.id = x.entry_id "
                         "JOIN households h ON h.id = e.household_id WHERE x.id = ?"},
    {"visits", "SELECT h.address || coalesce(' ' || h.house_number, '') || ' · ' || x.visited_on, h.id, NULL, 'households', h.id "
               "FROM visits x JOIN households h ON h.id = x.household_id WHERE x.id = ?"},
    {"problems", "SELECT h.address || coalesce(' ' || h.house_number, '') || ' · ' || x.description, h.id, NULL, 'visits', "
                 "x.visit_id FROM problems x JOIN households h ON h.id = x.household_id WHERE x.id = ?"},
    {"service_requests", "SELECT x.number || ' · ' || x.description, x.household_id, NULL, NULL, NULL FROM service_requests x "
                         "WHERE x.id = ?"},
    {"service_steps", "SELECT r.number || ' · ' || x.action, r.household_id, NULL, 'service_requests', r.id "
                      "FROM service_steps x JOIN service_requests r ON r.id = x.request_id WHERE x.id = ?"},
    {"holidays", "SELECT x.on_date || coalesce(' ' || x.name, ''), NULL, NULL, NULL, NULL FROM holidays x WHERE x.id = ?"},
    {"departments", "SELECT x.name, NULL, NULL, NULL, NULL FROM departments x WHERE x.id = ?"},
    {"service_kinds", "SELECT x.code || ' ' || x.name, NULL, NULL, NULL, NULL FROM service_kinds x WHERE x.id = ?"},
    {"consultations", "SELECT x.held_on || ' ' || x.chair, NULL, NULL, NULL, NULL FROM consultations x WHERE x.id = ?"},
};

const RowPlace *placeOf(const QString &table)
{
    for (const RowPlace &place : kPlaces) {
        if (table == QLatin1String(place.table))
            return &place;
    }
    return nullptr;
}

} // namespace

QString SyncProblems::rowLabel(const QString &table, const QString &rowId) const
{
    RefusedChange change;
    change.table = table;
    change.rowId = rowId;
    locate(change);
    return change.rowLabel;
}

void SyncProblems::locate(RefusedChange &change) const
{
    change.rowLabel = change.rowId.left(8);
    const RowPlace *place = placeOf(change.table);
    if (!place)
        return;
    QSqlQuery query = m_database.prepare(QString::fromLatin1(place->sql));
    query.addBindValue(change.rowId);
    if (!m_database.exec(query) || !query.next())
        return;
    change.rowLabel = query.value(0).toString();
    change.householdId = query.value(1).toString();
    change.disputeId = query.value(2).toString();
    const QString parentTable = query.value(3).toString();
    const QString parentId = query.value(4).toString();
    if (parentTable.isEmpty())
        return;
    if (ChangeLog(m_database).isRefused(parentTable, parentId))
        change.refusedParentLabel = rowLabel(parentTable, parentId);
}

QList<OpenConflict> SyncProblems::openConflicts(int limit) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT c.id, c.table_name, c.row_id, c.field, c.kept_value, coalesce(k.display_name, ''), c.kept_at, "
        "c.lost_value, coalesce(l.display_name, ''), c.lost_at FROM conflicts c "
        "LEFT JOIN accounts k ON k.id = c.kept_by LEFT JOIN accounts l ON l.id = c.lost_by "
        "WHERE c.resolution IS NULL AND c.deleted = 0 ORDER BY c.created_at DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<OpenConflict> conflicts;
    if (!m_database.exec(query))
        return conflicts;
    while (query.next()) {
        OpenConflict conflict{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {},
                              query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                              query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                              query.value(9).toString()};
        conflicts.append(conflict);
    }
    for (OpenConflict &conflict : conflicts)
        conflict.rowLabel = rowLabel(conflict.table, conflict.rowId);
    return conflicts;
}

QList<RefusedChange> SyncProblems::refusedChanges(int limit) const
{
    QList<RefusedChange> refused;
    for (const Refusal &refusal : ChangeLog(m_database).refusals(limit))
        refused.append({refusal.table, refusal.rowId, {}, refusal.reason, refusal.field, refusal.message, {}, {}, {}});
    for (RefusedChange &change : refused)
        locate(change);
    return refused;
}

int SyncProblems::count() const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT count(*) FROM conflicts WHERE resolution IS NULL AND deleted = 0"));
    return (m_database.exec(query) && query.next() ? query.value(0).toInt() : 0) + ChangeLog(m_database).refusalCount();
}

Status SyncProblems::close(const QString &conflictId, const QString &resolution)
{
    return toStatus(RecordWriter(m_database).update(tables::conflicts(), conflictId,
                                                   {{QStringLiteral("resolution"), resolution},
                                                    {QStringLiteral("resolved_by"), m_database.actor()}}));
}

Result<QVariantMap> SyncProblems::decidable(const QString &conflictId, const Permissions &may) const
{
    const auto conflict = RecordWriter(m_database).read(tables::conflicts(), conflictId);
    if (!conflict)
        return Error{QString(), Tr::tr("This conflict is no longer here.")};
    if (!mayChange(may, conflict->value(QStringLiteral("table_name")).toString()))
        return Error{QString(), Tr::tr("Your role may not change this record; a colleague who may decides.")};
    return *conflict;
}

Status SyncProblems::keep(const QString &conflictId, const Permissions &may)
{
    if (const auto conflict = decidable(conflictId, may); !conflict)
        return conflict.error();
    return close(conflictId, QStringLiteral("kept"));
}

Status SyncProblems::restore(const QString &conflictId, const Permissions &may)
{
    const auto conflict = decidable(conflictId, may);
    if (!conflict)
        return conflict.error();
    const SyncedTable *table = tables::byName(conflict->value(QStringLiteral("table_name")).toString());
    const QString field = conflict->value(QStringLiteral("field")).toString();
    if (!table || !table->fields.contains(field))
        return Error{QString(), Tr::tr("This version of Lianxin cannot restore that value.")};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    const QVariant lost = conflict->value(QStringLiteral("lost_value"));
    const QVariant value = table->isInteger(field) && !lost.isNull() ? QVariant(lost.toLongLong()) : lost;
    const auto written = RecordWriter(m_database).update(*table, conflict->value(QStringLiteral("row_id")).toString(),
                                                         {{field, value}});
    if (!written)
        return written.error();
    if (Status status = close(conflictId, QStringLiteral("restored")); !status)
        return status;
    return transaction.commit();
}

Status SyncProblems::discard(const QString &table, const QString &rowId, const Permissions &may)
{
    const SyncedTable *synced = tables::byName(table);
    if (!synced)
        return Error{QString(), Tr::tr("This version of Lianxin does not know that kind of record.")};
    if (table == QLatin1String("audit_log"))
        return Error{QString(), Tr::tr("A record of who looked at personal data is never discarded; it waits until the county "
                                       "server takes it.")};
    if (!mayChange(may, table))
        return Error{QString(), Tr::tr("Your role may not change this record; a colleague who may decides.")};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    const auto row = RecordWriter(m_database).read(*synced, rowId);
    const qint64 version = row ? row->value(QStringLiteral("server_version")).toLongLong() : 0;
    if (Status status = ChangeLog(m_database).discard(table, rowId); !status)
        return status;
    if (row && version == 0) {
        // The server never had it: it goes (a tombstone of a row nobody else knows would mean nothing).
        if (Status status = m_database.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !status)
            return status;
        QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        remove.addBindValue(rowId);
        if (Status status = m_database.exec(remove); !status)
            return status;
    } else if (row) {
        // The next pulls start at the row's version, so they bring the server's values back.
        if (Status status = SyncSessions(m_database).rewindPulls(version - 1); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace lianxin
