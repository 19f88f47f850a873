#include "ui/forms/Ask.h"

#include <QInputDialog>
#include <QQueue>

namespace lianxin::ask {

namespace {
QQueue<QMessageBox::StandardButton> &queued()
{
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}

QQueue<QString> &queuedTexts()
{
    static QQueue<QString> texts;
    return texts;
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

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label)
{
    if (!queuedTexts().isEmpty())
        return queuedTexts().dequeue();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void queueText(const QString &text)
{
    queuedTexts().enqueue(text);
}

} // namespace lianxin::ask
