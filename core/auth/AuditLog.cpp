#include "core/auth/AuditLog.h"

#include "core/auth/Account.h"
#include "core/storage/Database.h"

namespace lianxin {

AuditLog::AuditLog(Database &database) : m_database(database), m_writer(database) {}

Status AuditLog::recordReveal(const Account &account, const QString &table, const QString &rowId, const QString &field)
{
    return toStatus(m_writer.insert(tables::auditLog(), {{QStringLiteral("account_id"), account.id},
                                                         {QStringLiteral("action"), QStringLiteral("reveal")},
                                                         {QStringLiteral("table_name"), table},
                                                         {QStringLiteral("row_id"), rowId},
                                                         {QStringLiteral("field"), field}}));
}

int AuditLog::revealCount(const QString &table, const QString &rowId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT count(*) FROM audit_log WHERE table_name = ? AND row_id = ? AND action = 'reveal'"));
    query.addBindValue(table);
    query.addBindValue(rowId);
    if (!m_database.exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace lianxin
