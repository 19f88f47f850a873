#include "core/register/HouseholdHistory.h"

#include "core/storage/Database.h"

#include <algorithm>

namespace lianxin {

HouseholdHistory::HouseholdHistory(Database &database) : m_database(database) {}

QList<HouseholdChange> HouseholdHistory::of(const QString &householdId) const
{
    // updated_by is the id of an account; the accounts this device knows give its name (a removed or
    // disabled account still names who made the change).
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT 0, NULL, h.created_at, h.updated_at, h.deleted, a.display_name, h.updated_by_device "
                       "FROM households h LEFT JOIN accounts a ON a.id = h.updated_by WHERE h.id = :household "
                       "UNION ALL "
                       "SELECT 1, p.name, p.created_at, p.updated_at, p.deleted, a.display_name, p.updated_by_device "
                       "FROM persons p LEFT JOIN accounts a ON a.id = p.updated_by WHERE p.household_id = :household"));
    query.bindValue(QStringLiteral(":household"), householdId);
    QList<HouseholdChange> changes;
    if (!m_database.exec(query))
        return changes;
    using What = HouseholdChange::What;
    while (query.next()) {
        const bool member = query.value(0).toInt() == 1;
        const QString name = query.value(1).toString();
        const QDateTime created = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        const QDateTime updated = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        const bool deleted = query.value(4).toInt() != 0;
        const QString author = query.value(5).toString();
        const QString device = query.value(6).toString();
        const bool changedSince = updated > created || deleted;
        // Who made the record is known only while its last change is its making.
        changes.append({created, member ? What::MemberAdded : What::HouseholdRecorded, name,
                        changedSince ? QString() : author, changedSince ? QString() : device});
        if (changedSince)
            changes.append({updated,
                            member ? (deleted ? What::MemberRemoved : What::MemberChanged) : What::HouseholdChanged,
                            name, author, device});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const HouseholdChange &a, const HouseholdChange &b) { return a.at > b.at; });
    return changes;
}

} // namespace lianxin
