#include "core/storage/ChangeLog.h"

#include "core/storage/Database.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace lianxin {

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Insert:
        return QStringLiteral("insert");
    case ChangeOp::Update:
        return QStringLiteral("update");
    case ChangeOp::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

ChangeLog::ChangeLog(Database &database) : m_database(database) {}

Status ChangeLog::record(const QString &table, const QString &rowId, ChangeOp op, const QStringList &fields)
{
    NativeStatement &query =
        m_database.native(QStringLiteral("INSERT INTO change_log(table_name, row_id, op, fields, changed_at, author) "
                                         "VALUES (?, ?, ?, ?, ?, (SELECT username FROM accounts WHERE id = ?))"));
    query.bind(1, QStringView(table));
    query.bind(2, QStringView(rowId));
    query.bind(3, QStringView(changeOpName(op)));
    // An insert names no fields: all of them are new.
    query.bind(4, RecordWriter::storedValue(op == ChangeOp::Insert ? QStringList() : fields));
    query.bind(5, QStringView(m_database.now()));
    query.bind(6, QStringView(m_database.actor()));
    if (Status status = query.run(); !status)
        return status;
    m_database.changeLogged();
    return {};
}

QList<RowChange> ChangeLog::pending(int limit) const
{
    return read(limit, false, {}, 0);
}

QList<RowChange> ChangeLog::pushable(const QString &author, qint64 beforeSeq, int limit) const
{
    return read(limit, true, author, beforeSeq);
}

QList<PendingAuthor> ChangeLog::pendingAuthors() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT coalesce(author, ''), min(seq) AS first_seq FROM change_log GROUP BY author ORDER BY first_seq"));
    QList<PendingAuthor> authors;
    if (!m_database.exec(query))
        return authors;
    while (query.next())
        authors.append({query.value(0).toString(), query.value(1).toLongLong()});
    return authors;
}

Status ChangeLog::attributeUnowned(const QString &username)
{
    QSqlQuery query = m_database.prepare(QStringLiteral("UPDATE change_log SET author = ? WHERE author IS NULL"));
    query.addBindValue(username);
    return m_database.exec(query);
}

QList<RowChange> ChangeLog::read(int limit, bool skipRejected, const QString &author, qint64 beforeSeq) const
{
    // Rows ordered by their first pending entry, so parents created before children are pushed first.
    // With an author, only that person's entries (before beforeSeq) count.
    const QString entries = QStringLiteral("(SELECT * FROM change_log WHERE (:author IS NULL OR author = :author) "
                                           "AND (:before = 0 OR seq < :before))");
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT c.table_name, c.row_id, c.op, c.fields, c.seq FROM %1 c "
        "JOIN (SELECT g.table_name, g.row_id, g.first_seq FROM "
        "        (SELECT table_name, row_id, min(seq) AS first_seq, max(seq) AS last_seq FROM %1 "
        "         GROUP BY table_name, row_id) g "
        "      WHERE NOT :skip OR NOT EXISTS (SELECT 1 FROM sync_rejections s WHERE s.table_name = g.table_name "
        "                                     AND s.row_id = g.row_id AND s.last_seq >= g.last_seq) "
        "      ORDER BY g.first_seq LIMIT :limit) r ON r.table_name = c.table_name AND r.row_id = c.row_id "
        "ORDER BY r.first_seq, c.seq").arg(entries));
    query.bindValue(QStringLiteral(":author"), author.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(author));
    query.bindValue(QStringLiteral(":before"), beforeSeq);
    query.bindValue(QStringLiteral(":skip"), skipRejected);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<RowChange> changes;
    if (!m_database.exec(query))
        return changes;
    QSet<QString> fieldSet;
    auto flush = [&] {
        if (changes.isEmpty())
            return;
        RowChange &last = changes.last();
        if (last.inserted) {
            if (const SyncedTable *table = tables::byName(last.table))
                fieldSet.unite(QSet<QString>(table->fields.begin(), table->fields.end()));
        }
        last.fields = QStringList(fieldSet.begin(), fieldSet.end());
        last.fields.sort();
        fieldSet.clear();
    };
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString rowId = query.value(1).toString();
        if (changes.isEmpty() || changes.last().table != table || changes.last().rowId != rowId) {
            flush();
            RowChange change;
            change.table = table;
            change.rowId = rowId;
            change.author = author;
            changes.append(change);
        }
        RowChange &current = changes.last();
        const QString op = query.value(2).toString();
        current.inserted = current.inserted || op == QLatin1String("insert");
        current.deleted = current.deleted || op == QLatin1String("delete");
        for (const QString &field : RecordWriter::storedList(query.value(3)))
            fieldSet.insert(field);
        current.lastSeq = query.value(4).toLongLong();
    }
    flush();
    return changes;
}

int ChangeLog::pendingRowCount() const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT table_name, row_id FROM change_log)"));
    if (!m_database.exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::pair<qint64, qint64> ChangeLog::version() const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0) FROM change_log"));
    if (!m_database.exec(query) || !query.next())
        return {0, 0};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Status ChangeLog::markSynced(const QList<RowChange> &changes)
{
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "DELETE FROM change_log WHERE table_name = ? AND row_id = ? AND seq <= ? AND (coalesce(?, '') = '' OR author = ?)"));
    for (const RowChange &change : changes) {
        query.bindValue(0, change.table);
        query.bindValue(1, change.rowId);
        query.bindValue(2, change.lastSeq);
        query.bindValue(3, change.author);
        query.bindValue(4, change.author);
        if (Status status = m_database.exec(query); !status)
            return status;
    }
    return transaction.commit();
}

PendingRow ChangeLog::pendingOf(const SyncedTable &table, const QString &rowId) const
{
    NativeStatement &query =
        m_database.native(QStringLiteral("SELECT op, fields FROM change_log WHERE table_name = ? AND row_id = ?"));
    query.bind(1, QStringView(table.name));
    query.bind(2, QStringView(rowId));
    PendingRow pending;
    while (query.next()) {
        pending.any = true;
        const QString op = query.text(0);
        if (op == QLatin1String("insert"))
            pending.fields.unite(QSet<QString>(table.fields.begin(), table.fields.end()));
        pending.deleted = pending.deleted || op == QLatin1String("delete");
        for (const QString &field : RecordWriter::storedList(query.text(1)))
            pending.fields.insert(field);
    }
    return pending;
}

bool ChangeLog::isEmpty() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM change_log)"));
    const bool empty = m_database.exec(query) && query.next() && query.value(0).toBool();
    query.finish();
    return empty;
}

qint64 ChangeLog::lastSeq() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    return m_database.exec(query) && query.next() ? query.value(0).toLongLong() : 0;
}

Status ChangeLog::disownAfter(qint64 seq)
{
    QSqlQuery query = m_database.prepare(QStringLiteral("UPDATE change_log SET author = NULL WHERE seq > ?"));
    query.addBindValue(seq);
    return m_database.exec(query);
}

Status ChangeLog::keepPendingRows()
{
    return m_database.exec(
        QStringLiteral("INSERT OR IGNORE INTO sync_keep SELECT DISTINCT table_name, row_id FROM change_log"));
}

} // namespace lianxin
