#include "ui/auth/LockShortcut.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace lianxin {

LockShortcut::LockShortcut(QKeySequence keys, QObject *parent) : QObject(parent), m_keys(std::move(keys))
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool LockShortcut::eventFilter(QObject *watched, QEvent *event)
{
    // Claimed at ShortcutOverride, before any widget or shortcut of the window sees the keys.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_keys) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                emit triggered();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lianxin
