#include "ui/forms/FieldForm.h"

#include "ui/forms/Ask.h"
#include "ui/forms/ScreenFit.h"
#include "ui/forms/WheelGuard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lianxin {

namespace {
// Asks for the whole form, so that a form that fits the screen opens without a scroll bar; it scrolls
// only when the window is smaller than the form.
class FormScrollArea : public QScrollArea
{
public:
    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        return widget()->sizeHint() + QSize(frame + verticalScrollBar()->sizeHint().width(), frame);
    }
};
} // namespace

QLabel *makeErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

FieldForm::FieldForm(QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_scroll(new FormScrollArea), m_general(makeErrorLabel())
{
    m_general->setObjectName(QStringLiteral("general_error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_save->setObjectName(QStringLiteral("save"));
    // Enter saves from any field: no other button of the frame takes it when it has had the focus.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &FieldForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FieldForm::reject);

    // The fields scroll when the screen is too small for them; the general message and the buttons stay
    // below them, always in view.
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("formBody"));
    body->setLayout(m_form);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void FieldForm::setVisible(bool visible)
{
    // Opens at the size of the whole form when the screen has room for it, else at the screen's size.
    if (visible && !isVisible() && !testAttribute(Qt::WA_Resized))
        fitToScreen(this, sizeHint());
    if (visible)
        WheelGuard::guardAll(this); // every field, whichever form added it
    QDialog::setVisible(visible);
}

QWidget *FieldForm::addField(const QString &field, const QString &label, QWidget *editor)
{
    editor->setObjectName(field);
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    QLabel *error = makeErrorLabel();
    error->setObjectName(field + QStringLiteral("_error"));
    column->addWidget(error);
    m_errors.insert(field, error);
    m_form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(cell)))
        buddy->setBuddy(editor);
    return editor;
}

void FieldForm::addNote(const QString &text)
{
    auto *note = new QLabel(text);
    note->setWordWrap(true);
    m_form->addRow(QString(), note);
}

QString FieldForm::errorOf(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void FieldForm::showErrors(const QList<Error> &errors)
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    m_general->hide();
    QWidget *first = nullptr;
    for (const Error &error : errors) {
        // A field of a row inside a field ("parties.1.name") shows under the field that holds the rows.
        QLabel *label = m_errors.value(error.field, m_errors.value(error.field.section(QLatin1Char('.'), 0, 0), m_general));
        label->setText(label->isHidden() ? error.message : label->text() + QLatin1Char('\n') + error.message);
        label->show();
        if (!first && label != m_general)
            first = findChild<QWidget *>(error.field);
    }
    // The window grows with the messages as far as the screen has room, and the fields scroll beyond that.
    if (isVisible() && screen()) {
        // The rows learn their new heights when laid out: now, rather than at the next event. The scroll
        // area's size hint follows the fields', which its layout does not notice by itself.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_scroll->updateGeometry();
        const QSize grown = fittedSize(sizeHint(), minimumSizeHint(), screen()->availableGeometry()).expandedTo(size());
        if (grown != size())
            resize(grown);
    }
    if (first) {
        m_scroll->ensureWidgetVisible(first);
        first->setFocus();
    }
}

void FieldForm::accept()
{
    // A cell of a table among the fields commits what is typed in it when it loses the focus; Enter saves,
    // and must save what was typed.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        m_save->setFocus(Qt::OtherFocusReason);
    const QList<Error> errors = save();
    showErrors(errors);
    if (errors.isEmpty()) {
        m_changed = false;
        QDialog::accept();
    }
}

void FieldForm::reject()
{
    if (m_changed &&
        ask::question(this, windowTitle(), tr("Discard the changes you made?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace lianxin
