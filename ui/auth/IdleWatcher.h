#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace lianxin {

// Emits idle() after a time without a key press or mouse use anywhere in the application.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    // A zero timeout never emits idle().
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject *parent = nullptr);

    // Whether idle() is armed (minutes > 0 and not paused).
    bool isActive() const { return m_timer.isActive(); }
    void pause();
    void resume();
    // A new timeout, counted from now; zero turns the watcher off.
    void setTimeout(std::chrono::milliseconds timeout);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_enabled;
};

} // namespace lianxin
