#pragma once

#include "core/common/Result.h"

namespace lianxin {

class Database;

// Visits and service for a demo workspace (after DemoGenerator and the accounts): every township gets the
// default departments and request kinds and a monthly visit plan; every village a year of visits (key
// households twice a month), the problems found (most answered the same day, a few late), the requests
// they were handed on as and some events, in every state — some overdue, some reopened by an unsatisfied
// revisit, a few escalated — and two three-level consultations on the escalated ones. The demo's
// department account handles 民政办's requests. Runs in one transaction; returns the number of visits.
struct DemoServiceRates
{
    int problemPercent = 14;  // visits that find a problem
    int answeredPercent = 65; // problems answered on the spot; most of the rest are handed on as requests
};
[[nodiscard]] Result<int> makeDemoService(Database &database, quint64 seed, const DemoServiceRates &rates = {});

} // namespace lianxin
