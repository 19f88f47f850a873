#include "ui/forms/ScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace lianxin {

QSize fittedSize(const QSize &wanted, const QSize &minimum, const QRect &available)
{
    const QSize room = (available.size() - kWindowFrameAllowance).expandedTo(QSize(1, 1));
    return wanted.boundedTo(room).expandedTo(minimum);
}

void fitToScreen(QWidget *window, const QSize &wanted)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return window->resize(wanted);
    window->resize(
        fittedSize(wanted, window->minimumSizeHint().expandedTo(window->minimumSize()), screen->availableGeometry()));
}

} // namespace lianxin
