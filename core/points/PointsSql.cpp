#include "core/points/PointsSql.h"

namespace lianxin::pointsSql {

QString columnConfirmed()
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0 AND d.kind = 'confirmed')");
}

QString columnDropped()
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0 AND ((d.kind = 'decided' AND "
        "d.approved = 0) OR d.kind = 'revoked' OR (d.kind = 'objection_resolved' AND d.approved = 1)))");
}

QString columnHouseholdName()
{
    return QStringLiteral("coalesce(head.name, h.address || coalesce(h.house_number, ''))");
}

} // namespace lianxin::pointsSql
