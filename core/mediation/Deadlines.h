#pragma once

#include "core/common/Clock.h"

#include <QDate>

namespace lianxin::deadlines {

// Days after the performance deadline within which a follow-up visit should be made.
constexpr int kFollowUpGraceDays = 15;

// The rules' time limits (人民调解法 and the Ministry of Justice rules; docs/MEDIATION.md). Calendar
// arithmetic: a month from 31 January is 28 (or 29) February.

// A case is normally closed within one month of its acceptance.
QDate defaultDeadline(const QDate &acceptedOn);
// The parties may apply jointly for judicial confirmation within 30 days of the agreement taking effect:
// the last day they may apply.
QDate confirmationWindowEnd(const QDate &effectiveOn);
// Follow-up visits are due once the performance deadline has passed: the first day one is due and the
// last day before it counts as overdue.
QDate followUpDueFrom(const QDate &performanceDeadline);
QDate followUpOverdueAfter(const QDate &performanceDeadline);

// The day the time limits are judged on: chinaToday() (core/common/ChinaTime.h).
QDate today(const Clock &clock);

} // namespace lianxin::deadlines
