#include "ui/forms/Ask.h"

#include <QAbstractButton>
#include <QIcon>
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

QQueue<int> &queuedChoices()
{
    static QQueue<int> choices;
    return choices;
}
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString> &labels)
{
    if (!queued().isEmpty())
        return queued().dequeue();
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key())) {
            // A renamed button says what it does; the standard one's icon (a bin for Discard) would not.
            button->setText(it.value());
            button->setIcon(QIcon());
        }
    }
    return QMessageBox::StandardButton(box.exec());
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

std::optional<int> choice(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current)
{
    if (!queuedChoices().isEmpty())
        return queuedChoices().dequeue();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok || !items.contains(chosen))
        return std::nullopt;
    return int(items.indexOf(chosen));
}

void queueChoice(int index)
{
    queuedChoices().enqueue(index);
}

} // namespace lianxin::ask
