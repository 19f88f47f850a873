#pragma once

#include "core/common/Result.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace lianxin {

// A message line in the colour of refusals, hidden until it has something to say.
QLabel *makeErrorLabel();

// The frame of the register's edit dialogs: rows of labelled fields, each with a message line under it
// for the reason core gave; Save (Enter) and Cancel (Esc), and a question before unsaved changes are
// thrown away. Subclasses add the fields, say how to save, and call markChanged() when a field changes.
// The fields scroll inside a window that fits the screen; the buttons stay in view under them. Push
// buttons a subclass adds among the fields must not take Enter from Save (setAutoDefault(false)).
class FieldForm : public QDialog
{
    Q_OBJECT

public:
    explicit FieldForm(QWidget *parent = nullptr);

    // The message shown beside a field (empty when it has none).
    QString errorOf(const QString &field) const;

    void accept() override;
    void reject() override;
    void setVisible(bool visible) override;

protected:
    // Adds a row for `field` (the key core's errors use) and returns the widget.
    QWidget *addField(const QString &field, const QString &label, QWidget *editor);
    // A line of explanation under the fields added so far.
    void addNote(const QString &text);
    // Saves; returns the problems to show (empty: saved, and the dialog closes).
    virtual QList<Error> save() = 0;
    void markChanged() { m_changed = true; }
    void showErrors(const QList<Error> &errors);

private:
    QFormLayout *m_form;
    QScrollArea *m_scroll;
    QLabel *m_general;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_save;
    bool m_changed = false;
};

} // namespace lianxin
