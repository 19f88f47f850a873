#pragma once

#include <QApplication>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace lianxin::test {

// Runs `act` on the next modal dialog of type T as soon as it is shown (a dialog's exec() blocks the test
// until the dialog closes, so it is driven from a timer); fails the test if none shows within the time.
template <typename T> void onNextModal(std::function<void(T *)> act, int timeoutMs = 20000)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, act, timeoutMs] {
        *waited += timer->interval();
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            FAIL("the expected dialog did not show");
        }
    });
    timer->start();
}

} // namespace lianxin::test
