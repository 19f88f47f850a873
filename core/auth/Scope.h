#pragma once

#include <QStringList>
#include <QVariant>

#include <optional>

namespace lianxin {

// Which regions' records a query may return: nullopt for no restriction (tools, the demo, the bench),
// otherwise the township, village or grid ids of the signed-in account; an empty list returns nothing.
using Scope = std::optional<QStringList>;

// True when the region in column `regionColumn` lies within the scope bound to :scope (see scopeValue()),
// at any depth: the region is in the scope or has an ancestor there (table region_ancestors).
inline QString regionInScope(const QString &regionColumn)
{
    return QStringLiteral("(:scope IS NULL OR EXISTS (SELECT 1 FROM region_ancestors scope_a WHERE scope_a.region_id = %1"
                          " AND scope_a.ancestor_id IN (SELECT value FROM json_each(:scope))))")
        .arg(regionColumn);
}

// A condition over a household `h`, true when the household lies in the scope bound to :scope.
inline QString scopeCondition()
{
    return regionInScope(QStringLiteral("h.grid_id"));
}

// The value to bind to :scope: NULL for no restriction, else a JSON array of region ids.
QVariant scopeValue(const Scope &scope);

} // namespace lianxin
