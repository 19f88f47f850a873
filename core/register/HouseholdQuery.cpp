#include "core/register/HouseholdQuery.h"

namespace lianxin {

HouseholdWhere householdWhere(const HouseholdFilter &filter)
{
    HouseholdWhere where;
    QStringList conditions{QStringLiteral("h.deleted = 0"), scopeCondition()};
    where.values.insert(QStringLiteral(":scope"), scopeValue(filter.scope));
    if (!filter.gridId.isEmpty()) {
        conditions.append(QStringLiteral("h.grid_id = :grid"));
        where.values.insert(QStringLiteral(":grid"), filter.gridId);
    } else if (!filter.villageId.isEmpty()) {
        conditions.append(QStringLiteral("g.parent_id = :village"));
        where.values.insert(QStringLiteral(":village"), filter.villageId);
    } else if (!filter.townshipId.isEmpty()) {
        conditions.append(QStringLiteral("v.parent_id = :township"));
        where.values.insert(QStringLiteral(":township"), filter.townshipId);
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM json_each(h.tags) WHERE json_each.value = :tag)"));
        where.values.insert(QStringLiteral(":tag"), filter.tag);
    }
    where.clause = conditions.join(QStringLiteral(" AND "));
    return where;
}

QString householdSortColumn(HouseholdSort sort)
{
    switch (sort) {
    case HouseholdSort::Address:
        return QStringLiteral("h.sort_key");
    case HouseholdSort::HouseNumber:
        // The number's value first (9号 before 10号), then the text (10号 before 10号之1).
        return QStringLiteral("printf('%010d', CAST(coalesce(h.house_number, '') AS INTEGER)) || coalesce(h.house_number, '')");
    case HouseholdSort::UpdatedAt:
        return QStringLiteral("h.updated_at");
    }
    return QStringLiteral("h.sort_key");
}

} // namespace lianxin
