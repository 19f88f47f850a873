#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace lianxin {

// Room the window manager takes around a window: its title bar and borders.
constexpr QSize kWindowFrameAllowance(16, 48);

// The size a window opens at: the size it asks for, but no larger than the screen's free area (the
// desktop less its panels) less room for the frame, so that a form's buttons stay on the screen at
// 1366×768 and 1024×768; never below the window's minimum.
QSize fittedSize(const QSize &wanted, const QSize &minimum, const QRect &available);
// Resizes a window to fittedSize() on the screen it will open on.
void fitToScreen(QWidget *window, const QSize &wanted);

} // namespace lianxin
