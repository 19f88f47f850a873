#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lianxin {

class Database;

enum class ChangeOp { Insert, Update, Delete };

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

// A person with changes waiting, and where the first of them lies in the log.
struct PendingAuthor
{
    QString username;
    qint64 firstSeq = 0;
};

// The local outbox (docs/SYNC.md): each write appends an entry naming the fields it changed; sync reads
// the pending rows, pushes them with their current values and marks each row the server accepted as
// synced up to the entry that was pushed. Entries written after that stay pending.
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

private:
    QList<RowChange> read(int limit, bool skipRejected, const QString &author, qint64 beforeSeq) const;

    Database &m_database;
};

} // namespace lianxin
