#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lianxin {

class Database;

enum class ChangeOp { Insert, Update, Delete };
// The name of an operation in the change log and on the wire: insert, update or delete.
QString changeOpName(ChangeOp op);

// The unsynced changes of one row, coalesced from its change_log entries.
struct RowChange
{
    QString table;
    QString rowId;
    bool inserted = false; // the row was created here and the server has never seen it
    bool deleted = false;  // the row was tombstoned
    QStringList fields;    // the fields changed (every field of the table for a new row), sorted
    qint64 lastSeq = 0;    // the newest change_log entry folded in
    QString author;        // the user name of the person whose changes these are (empty: folded across people)
};

// What a row still holds of its own: the fields with unsynced changes, and whether its deletion is one.
struct PendingRow
{
    QSet<QString> fields;
    bool deleted = false;
    bool any = false;
};

// A change the county server refused (docs/SYNC.md section 5): kept until the row changes again, it is
// fixed, or it is discarded.
struct Refusal
{
    QString table;
    QString rowId;
    QString reason; // the server's code, such as invalid, forbidden or missing_reference
    QString field;
    QString message;
};

// A person with changes waiting, and where the first of them lies in the log.
struct PendingAuthor
{
    QString username;
    qint64 firstSeq = 0;
};

// The local outbox (docs/SYNC.md): each write appends an entry naming the fields it changed; sync reads
// the pending rows, pushes them with their current values and marks each row the server accepted as
// synced up to the entry that was pushed. Entries written after that stay pending.
class SyncedTable;

// The outbox's statements all live here (ChangeLog.cpp for the change log, ChangeLogRefusals.cpp for the
// refused rows); no other code reads or writes those two tables.
class ChangeLog
{
public:
    explicit ChangeLog(Database &database);

    // Records the change as made by the person signed in (the user name of Database::actor()).
    [[nodiscard]] Status record(const QString &table, const QString &rowId, ChangeOp op, const QStringList &fields);

    // Pending rows in the order of their first change, at most `limit` rows, whoever made them.
    QList<RowChange> pending(int limit = 1000) const;
    // The rows `author` changed that the next push sends under that person's session: without rows the
    // server refused whose entries have not changed since (sync_rejections), and only entries before
    // `beforeSeq` when it is above 0. In the order of their first change, at most `limit` rows.
    QList<RowChange> pushable(const QString &author, qint64 beforeSeq = 0, int limit = 1000) const;
    // Who has changes waiting, in the order of each one's first change.
    QList<PendingAuthor> pendingAuthors() const;
    // Changes made with nobody signed in (the terminal tools) are taken on by `username`.
    [[nodiscard]] Status attributeUnowned(const QString &username);
    // How many distinct rows have unsynced changes (for the status bar). Reads the whole log: callers
    // that ask often compare version() first.
    int pendingRowCount() const;
    // Changes whenever the log does (entries are only appended or cleared), read in O(log n): the oldest
    // and newest sequence.
    std::pair<qint64, qint64> version() const;
    // Clears the entries of each row up to and including its lastSeq (only its author's, when it names
    // one), in one transaction.
    [[nodiscard]] Status markSynced(const QList<RowChange> &changes);
    // The pending fields of one row (a pulled row is rebased on them).
    PendingRow pendingOf(const SyncedTable &table, const QString &rowId) const;
    bool isEmpty() const;
    // The newest entry, and (demo data) changes after `seq` handed to whoever syncs first.
    qint64 lastSeq() const;
    [[nodiscard]] Status disownAfter(qint64 seq);
    // Adds to the temporary table sync_keep(table_name, row_id) every row with pending changes (a resync
    // keeps them).
    [[nodiscard]] Status keepPendingRows();

    // Refused rows (ChangeLogRefusals.cpp).
    [[nodiscard]] Status refuse(const RowChange &change, const QString &reason, const QString &field,
                                const QString &message);
    [[nodiscard]] Status clearRefusal(const QString &table, const QString &rowId);
    // Rows refused because a record they name was not on the server yet are tried again at every sync.
    [[nodiscard]] Status retryMissingReferences();
    // Whether the server refused the row for a reason of its own (not a missing reference).
    bool isRefused(const QString &table, const QString &rowId) const;
    QList<Refusal> refusals(int limit) const;
    int refusalCount() const;
    // Forgets a row's changes and its refusal: the person gave them up.
    [[nodiscard]] Status discard(const QString &table, const QString &rowId);

private:
    QList<RowChange> read(int limit, bool skipRejected, const QString &author, qint64 beforeSeq) const;

    Database &m_database;
};

} // namespace lianxin
