#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace lianxin::test {

// The machine's time zone set to `zone` (a TZ value) for the life of the object, as on a laptop whose
// zone was never set to China's.
struct TimeZone
{
    QByteArray previous = qgetenv("TZ");
    bool hadOne = qEnvironmentVariableIsSet("TZ");
    explicit TimeZone(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone()
    {
        if (hadOne)
            qputenv("TZ", previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZone(const TimeZone &) = delete;
    TimeZone &operator=(const TimeZone &) = delete;
};

} // namespace lianxin::test
