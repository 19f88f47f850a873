#pragma once

#include "core/common/Result.h"
#include "core/register/Household.h"
#include "ui/documents/PageLayout.h"

namespace lianxin {
class Database;
}

namespace lianxin::documents {

// The household list as it leaves the program: its columns and each household's cells, in Chinese in
// every language of the interface like the other printouts. The printout uses them; an export of the same
// list writes the same columns.
QStringList householdListHeaders();
QStringList householdListCells(const HouseholdRow &row);

// 户籍清单: the households of the filter in its order, numbered, under a title and a line saying what the
// filter chose and how many it found; printed across an A4 page (landscape). Read from the store a page at a
// time.
[[nodiscard]] Result<PageLayout> householdListLayout(Database &database, const HouseholdFilter &filter,
                                                     const QString &title, const QString &filterLine,
                                                     const QDate &printedOn);

} // namespace lianxin::documents
