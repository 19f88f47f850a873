#include "server/staff/AdminScope.h"

#include "core/auth/Account.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>

namespace lianxin::server {

QJsonObject RegionRow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("parent_id"), parentId.isEmpty() ? QJsonValue() : QJsonValue(parentId)},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("sort_order"), sortOrder},
            {QStringLiteral("server_version"), version}};
}

AdminScope::AdminScope(ServerDatabase &database, const Caller &caller)
    : m_database(database), m_caller(caller), m_paths(database), m_writer(database, m_paths)
{
}

std::optional<AdminAnswer> AdminScope::refuseUnlessAdministrator(const Caller &caller)
{
    if (permissionsOf(caller.role).administerStaff)
        return std::nullopt;
    return AdminAnswer::forbidden(
        QStringLiteral("Only township and county administrators manage staff, accounts and grids."));
}

ChangeStamp AdminScope::stamp() const
{
    return {m_caller.accountId, m_caller.deviceId.isEmpty() ? QStringLiteral("county-server") : m_caller.deviceId,
            ServerDatabase::now()};
}

Result<std::optional<RegionRow>> AdminScope::region(const QString &id)
{
    if (id.isEmpty())
        return std::optional<RegionRow>();
    const auto stored = m_writer.read(tables::regions(), id);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->deleted || !contains((*stored)->path))
        return std::optional<RegionRow>();
    const StoredRow &row = **stored;
    return std::optional<RegionRow>(RegionRow{
        id, row.values.value(QStringLiteral("parent_id")).toString(),
        row.values.value(QStringLiteral("code")).toString(), row.values.value(QStringLiteral("name")).toString(),
        row.values.value(QStringLiteral("kind")).toString(),
        row.values.value(QStringLiteral("sort_order")).toLongLong(), row.version, row.path});
}

Result<std::optional<StoredRow>> AdminScope::row(const SyncedTable &table, const QString &id)
{
    if (id.isEmpty())
        return std::optional<StoredRow>();
    const auto stored = m_writer.read(table, id);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->deleted || !contains((*stored)->path))
        return std::optional<StoredRow>();
    return stored;
}

Result<QStringList> stringList(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return Error{field, QStringLiteral("Must be an array of strings.")};
    QStringList items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty() || array.at(i).toString().size() > 64)
            return Error{QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("Must be a non-empty string.")};
        items.append(array.at(i).toString());
    }
    return items;
}

} // namespace lianxin::server
