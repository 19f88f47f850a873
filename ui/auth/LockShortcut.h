#pragma once

#include <QKeySequence>
#include <QObject>

namespace lianxin {

// Emits triggered() when the lock keys are pressed in any window of the application — a household file,
// a form or any other dialog, modal or not — where the main window's own shortcut cannot reach.
class LockShortcut : public QObject
{
    Q_OBJECT

public:
    explicit LockShortcut(QKeySequence keys, QObject *parent = nullptr);

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QKeySequence m_keys;
};

} // namespace lianxin
