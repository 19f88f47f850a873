#pragma once

#include "core/register/Household.h"

#include <QVariantMap>

namespace lianxin {

// The WHERE clause and bound values for a household filter over `households h JOIN regions g` (the grid)
// `JOIN regions v` (its village). Clause fragments are constants; every value is bound by name.
struct HouseholdWhere
{
    QString clause;
    QVariantMap values;
};

HouseholdWhere householdWhere(const HouseholdFilter &filter);

// The column (aliased h) a sort orders by.
QString householdSortColumn(HouseholdSort sort);

} // namespace lianxin
