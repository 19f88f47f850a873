#pragma once

#include <QStringList>
#include <QVariant>

#include <optional>

namespace lianxin {

// Which regions' records a query may return: nullopt for no restriction (tools, the demo, the bench),
// otherwise the township, village or grid ids of the signed-in account; an empty list returns nothing.
using Scope = std::optional<QStringList>;

// A condition over a household `h`, its grid `g` and the grid's village `v`, true when the household lies
// in the scope bound to :scope (see scopeValue()).
inline QString scopeCondition()
{
    return QStringLiteral("(:scope IS NULL OR h.grid_id IN (SELECT value FROM json_each(:scope))"
                          " OR g.parent_id IN (SELECT value FROM json_each(:scope))"
                          " OR v.parent_id IN (SELECT value FROM json_each(:scope)))");
}

// The value to bind to :scope: NULL for no restriction, else a JSON array of region ids.
QVariant scopeValue(const Scope &scope);

} // namespace lianxin
