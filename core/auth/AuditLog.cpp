#include "core/auth/AuditLog.h"

#include "core/auth/Account.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

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

Status AuditLog::recordExport(const Account &account, const QString &list, qint64 rows, const QString &format)
{
    const QJsonObject detail{{QStringLiteral("rows"), rows}, {QStringLiteral("format"), format}};
    return toStatus(m_writer.insert(
        tables::auditLog(),
        {{QStringLiteral("account_id"), account.id},
         {QStringLiteral("action"), QStringLiteral("export")},
         {QStringLiteral("table_name"), list},
         {QStringLiteral("row_id"), list},
         {QStringLiteral("detail"), QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}}));
}

Status AuditLog::recordImport(const Account &account, const QString &gridId, const QJsonObject &counts)
{
    return toStatus(m_writer.insert(
        tables::auditLog(),
        {{QStringLiteral("account_id"), account.id},
         {QStringLiteral("action"), QStringLiteral("import")},
         {QStringLiteral("table_name"), QStringLiteral("regions")},
         {QStringLiteral("row_id"), gridId},
         {QStringLiteral("detail"), QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))}}));
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
