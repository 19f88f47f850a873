#include "ui/forms/FieldForm.h"

#include "ui/forms/Ask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lianxin {

QLabel *makeErrorLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

FieldForm::FieldForm(QWidget *parent) : QDialog(parent), m_form(new QFormLayout), m_general(makeErrorLabel())
{
    m_general->setObjectName(QStringLiteral("general_error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_save->setObjectName(QStringLiteral("save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FieldForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FieldForm::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
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
    if (first)
        first->setFocus();
}

void FieldForm::accept()
{
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
