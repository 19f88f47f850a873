#pragma once

#include "core/common/Clock.h"

#include <QDate>
#include <QDateTime>

namespace lianxin {

// China keeps one time, UTC+8, all year. Every date and time the program shows or proposes (today, the
// time of a mediation session, a deadline) is China's, whatever time zone the machine is set to: the one
// answer to "now in China", from the injected clock.
constexpr int kChinaUtcOffsetSeconds = 8 * 3600;

// Now in China: a QDateTime at UTC+8, so date() and time() read as a clock on a wall in China.
QDateTime chinaNow(const Clock &clock);
// Today's date in China.
QDate chinaToday(const Clock &clock);

} // namespace lianxin
