#pragma once

#include <QObject>
#include <QTimer>

namespace lianxin {

// Emits idle() after `minutes` without a key press or mouse use anywhere in the application.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(int minutes, QObject *parent = nullptr);

    // Whether idle() is armed (minutes > 0 and not paused).
    bool isActive() const { return m_timer.isActive(); }
    void pause();
    void resume();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_enabled;
};

} // namespace lianxin
