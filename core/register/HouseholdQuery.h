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

// What a sort orders by, over the same tables and `persons head` (the head of household): expressions
// compared left to right, then h.id, and the values they bind. None is ever NULL, so that a keyset
// (a row value) compares them. Address uses the sort_key indexes; the others sort the filter's rows in
// SQL (about 15 ms a page for 5,000 households: docs/PERFORMANCE.md).
struct HouseholdOrder
{
    QStringList columns;
    QVariantMap values;
};

HouseholdOrder householdOrder(HouseholdSort sort);

} // namespace lianxin
