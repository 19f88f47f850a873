#pragma once

#include "core/auth/Account.h"
#include "core/export/ListExport.h"
#include "core/mediation/DisputeCase.h"
#include "core/register/Household.h"
#include "core/service/ServiceRequests.h"

#include <memory>

namespace lianxin {

// The lists a person can export, each with the columns its screen shows. ID numbers and phones are masked
// as on every list; special-group tags appear only for roles that may see them.

// The households of the register's filter (its scope included), in its order.
std::unique_ptr<ListSource> householdListSource(const HouseholdFilter &filter, const Permissions &permissions);
// The persons of the filter's households, by name.
std::unique_ptr<ListSource> personListSource(const HouseholdFilter &filter, const Permissions &permissions);
// The cases of the case list's filter, newest first.
std::unique_ptr<ListSource> caseListSource(const DisputeFilter &filter);
// The households of a grid, village or township ranked by their points of a period.
std::unique_ptr<ListSource> rankingListSource(const QString &regionId, const QDate &from, const QDate &to);
// The visits recorded in the scope from `first` to `last`, by date.
std::unique_ptr<ListSource> visitListSource(const Scope &scope, const QDate &first, const QDate &last);
// The service requests of a tab of the service area.
std::unique_ptr<ListSource> requestListSource(const Scope &scope, RequestList::Filter filter,
                                              const QString &departmentId, const QDate &today);

} // namespace lianxin
