#include "core/common/ChinaTime.h"

namespace lianxin {

QDateTime chinaNow(const Clock &clock)
{
    return clock.nowUtc().toOffsetFromUtc(kChinaUtcOffsetSeconds);
}

QDate chinaToday(const Clock &clock)
{
    return chinaNow(clock).date();
}

} // namespace lianxin
