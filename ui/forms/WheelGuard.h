#pragma once

#include <QObject>

class QWidget;

namespace lianxin {

// Keeps the mouse wheel from changing a choice or a number the pointer merely passes over while a form
// is scrolled: a drop-down, spin box or date field takes the wheel only once it has the focus (a click
// or Tab); until then the wheel scrolls the form around it.
class WheelGuard : public QObject
{
public:
    // Guards every drop-down, spin box and date field under `root`, once each.
    static void guardAll(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace lianxin
