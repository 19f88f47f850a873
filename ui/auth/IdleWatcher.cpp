#include "ui/auth/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace lianxin {

IdleWatcher::IdleWatcher(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_enabled(timeout.count() > 0)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
    resume();
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_enabled = timeout.count() > 0;
    m_timer.setInterval(timeout);
    m_timer.stop();
    resume();
}

void IdleWatcher::pause()
{
    m_timer.stop();
}

void IdleWatcher::resume()
{
    if (m_enabled)
        m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lianxin
