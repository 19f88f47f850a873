#pragma once

#include <QDeadlineTimer>
#include <QTest>

namespace lianxin::test {

// Processes events until `condition` holds or the time is up; returns whether it held. For Catch
// assertions (QTRY_VERIFY reports to QTest, not to Catch).
template <typename Condition>
bool waitUntil(Condition condition, int milliseconds = 5000)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace lianxin::test
