#pragma once

#include <QMessageBox>

namespace lianxin::ask {

// A question for the user with the given buttons. Tests queue the answers instead of clicking a modal
// box: a queued answer is returned at once.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
void queueAnswer(QMessageBox::StandardButton answer);

} // namespace lianxin::ask
