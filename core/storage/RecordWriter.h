#pragma once

#include "core/common/Result.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>
#include <QVariantMap>

#include <optional>

namespace lianxin {

class Database;
class NativeStatement;

// Writes rows of synced tables the one way sync expects: UUID ids, UTC timestamps, the device and
// account of the change, tombstones instead of deletes, and a change_log entry naming the fields
// changed, all in one transaction per call. Repositories validate; this class only writes.
class RecordWriter
{
public:
    // How a call's writes are made atomic. OwnSavepoint: each call is a savepoint of its own, so a failed
    // call leaves nothing behind even inside a larger transaction. CallerTransaction: for bulk work (demo
    // data, imports) inside one transaction that the caller rolls back on any failure; skipping the
    // per-call savepoint keeps the search index from flushing a segment for every row.
    enum class Atomicity { OwnSavepoint, CallerTransaction };

    explicit RecordWriter(Database &database, Atomicity atomicity = Atomicity::OwnSavepoint);

    // Creates a row from field values (keys are fields of the table); makes the id unless one is given.
    [[nodiscard]] Result<QString> insert(const SyncedTable &table, const QVariantMap &values,
                                         const QString &id = {});
    // Writes the given fields whose value differs from the stored one and returns their names; an empty
    // list means nothing changed and nothing was written. A tombstoned row is refused.
    [[nodiscard]] Result<QStringList> update(const SyncedTable &table, const QString &id, const QVariantMap &values);
    // Marks a live row deleted. Removing an already removed row changes nothing.
    [[nodiscard]] Status tombstone(const SyncedTable &table, const QString &id);

    // Writes the table's derived local columns (SyncedTable::derive) from the row as stored, after its fields
    // were written by a statement of their own (a conflict's adopted values). No change log: they are local.
    [[nodiscard]] Status rederive(const SyncedTable &table, const QString &id);

    // A row (live or tombstoned) with its sync columns, or nothing.
    std::optional<QVariantMap> read(const SyncedTable &table, const QString &id) const;

    // The form values are stored in: empty and blank text as NULL, text trimmed, string lists as JSON
    // arrays, dates as ISO dates, booleans as 0/1.
    static QVariant storedValue(const QVariant &value);
    // A string list as storedValue() keeps it (a JSON array), read back.
    static QStringList storedList(const QVariant &json);

private:
    NativeStatement &insertQuery(const SyncedTable &table, const QStringList &fields);
    // A savepoint, or (CallerTransaction) nothing beyond a check that the caller's transaction is open.
    std::optional<Transaction> begin(Status *status);

    Database &m_database;
    Atomicity m_atomicity;
    ChangeLog m_changeLog;
};

} // namespace lianxin
