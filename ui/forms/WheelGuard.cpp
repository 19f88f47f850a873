#include "ui/forms/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace lianxin {

void WheelGuard::guardAll(QWidget *root)
{
    QList<QWidget *> fields;
    for (QComboBox *box : root->findChildren<QComboBox *>())
        fields.append(box);
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        fields.append(spin);
    for (QWidget *field : fields) {
        if (field->property("wheelGuarded").toBool())
            continue;
        field->setProperty("wheelGuarded", true);
        field->setFocusPolicy(Qt::StrongFocus); // not taken by the wheel either
        field->installEventFilter(new WheelGuard(field));
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !field || field->hasFocus())
        return false;
    for (QWidget *outer = field->parentWidget(); outer; outer = outer->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(outer)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            break;
        }
    }
    return true;
}

} // namespace lianxin
