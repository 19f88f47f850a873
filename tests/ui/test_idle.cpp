#include "ui/auth/IdleWatcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace std::chrono_literals;

TEST_CASE("The idle watcher fires after quiet time, and input puts it off", "[ui][auth]")
{
    QLineEdit field;
    field.show();
    IdleWatcher watcher(1000ms);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    // Typing every 100 ms keeps it quiet (1.2 s in all, past the timeout).
    for (int i = 0; i < 12; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&field, Qt::Key_A);
    }
    CHECK(idle.isEmpty());
    CHECK(idle.wait(5000));
    CHECK(idle.count() == 1);

    watcher.pause();
    CHECK_FALSE(watcher.isActive());
    watcher.resume();
    CHECK(watcher.isActive());

    IdleWatcher never(0ms);
    CHECK_FALSE(never.isActive());
}
