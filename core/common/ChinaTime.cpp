#include "core/common/ChinaTime.h"

namespace lianxin {

QDateTime inChina(const QDateTime &moment)
{
    return moment.toOffsetFromUtc(kChinaUtcOffsetSeconds);
}

QDateTime chinaNow(const Clock &clock)
{
    return inChina(clock.nowUtc());
}

QDate chinaToday(const Clock &clock)
{
    return chinaNow(clock).date();
}

} // namespace lianxin
