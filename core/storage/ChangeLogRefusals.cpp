#include "core/storage/ChangeLog.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace lianxin {

Status ChangeLog::refuse(const RowChange &change, const QString &reason, const QString &field, const QString &message)
{
    QSqlQuery hold =
        m_database.prepare(QStringLiteral("INSERT INTO sync_rejections (table_name, row_id, last_seq, reason, field, "
                                          "message, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(change.table), QVariant(change.rowId), QVariant(change.lastSeq),
                                  QVariant(reason), QVariant(field), QVariant(message), QVariant(m_database.now())})
        hold.addBindValue(value);
    return m_database.exec(hold);
}

Status ChangeLog::clearRefusal(const QString &table, const QString &rowId)
{
    QSqlQuery &clear =
        m_database.cached(QStringLiteral("DELETE FROM sync_rejections WHERE table_name = ? AND row_id = ?"));
    clear.bindValue(0, table);
    clear.bindValue(1, rowId);
    return m_database.exec(clear);
}

Status ChangeLog::retryMissingReferences()
{
    return m_database.exec(QStringLiteral("DELETE FROM sync_rejections WHERE reason = 'missing_reference'"));
}

bool ChangeLog::isRefused(const QString &table, const QString &rowId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT 1 FROM sync_rejections WHERE table_name = ? AND row_id = ? AND reason <> 'missing_reference'"));
    query.addBindValue(table);
    query.addBindValue(rowId);
    return m_database.exec(query) && query.next();
}

QList<Refusal> ChangeLog::refusals(int limit) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT table_name, row_id, reason, coalesce(field, ''), message FROM "
                                          "sync_rejections ORDER BY rejected_at DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<Refusal> refused;
    if (!m_database.exec(query))
        return refused;
    while (query.next())
        refused.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString()});
    return refused;
}

int ChangeLog::refusalCount() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM sync_rejections"));
    return m_database.exec(query) && query.next() ? query.value(0).toInt() : 0;
}

Status ChangeLog::discard(const QString &table, const QString &rowId)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM change_log WHERE table_name = ? AND row_id = ?"),
                               QStringLiteral("DELETE FROM sync_rejections WHERE table_name = ? AND row_id = ?")}) {
        QSqlQuery query = m_database.prepare(sql);
        query.addBindValue(table);
        query.addBindValue(rowId);
        if (Status status = m_database.exec(query); !status)
            return status;
    }
    return {};
}

} // namespace lianxin
