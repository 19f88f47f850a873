#pragma once

#include "core/common/Result.h"
#include "core/import/RosterPlan.h"

namespace lianxin::import {

// The rows an import left out, as an .xlsx to fix and import again: the roster's header and those rows
// as they were (every cell as text), with a first column saying why each was left out. Importing the
// fixed file finds the households already imported and adds the rest.
[[nodiscard]] Status writeRefusedRows(const Sheet &sheet, const ColumnMapping &mapping, const RosterPlan &plan,
                                      const QString &path);

} // namespace lianxin::import
