#include "core/mediation/Deadlines.h"

#include "core/common/ChinaTime.h"

namespace lianxin::deadlines {

namespace {
constexpr int kConfirmationDays = 30;
} // namespace

QDate defaultDeadline(const QDate &acceptedOn)
{
    return acceptedOn.addMonths(1);
}

QDate confirmationWindowEnd(const QDate &effectiveOn)
{
    return effectiveOn.addDays(kConfirmationDays);
}

QDate followUpDueFrom(const QDate &performanceDeadline)
{
    return performanceDeadline.addDays(1);
}

QDate followUpOverdueAfter(const QDate &performanceDeadline)
{
    return performanceDeadline.addDays(kFollowUpGraceDays);
}

QDate today(const Clock &clock)
{
    return chinaToday(clock);
}

} // namespace lianxin::deadlines
