#pragma once

#include <QString>

// The conditions on an entry's decisions that the ledger, its lists, the ranking and the supermarket
// share: one definition of "confirmed" and of "dropped" over an entry aliased `e`, written so that the
// partial indexes of schema 9 answer them.
namespace lianxin::pointsSql {

// The entry counts: a confirmation was recorded.
QString columnConfirmed();
// The entry is out of the count for good: not approved, revoked, or an objection to it upheld.
QString columnDropped();
// The name a village knows a household `h` by: its head's (persons aliased `head`), else its address.
QString columnHouseholdName();

} // namespace lianxin::pointsSql
