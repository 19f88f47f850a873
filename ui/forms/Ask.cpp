#include "ui/forms/Ask.h"

#include <QQueue>

namespace lianxin::ask {

namespace {
QQueue<QMessageBox::StandardButton> &queued()
{
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (!queued().isEmpty())
        return queued().dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void queueAnswer(QMessageBox::StandardButton answer)
{
    queued().enqueue(answer);
}

} // namespace lianxin::ask
