#pragma once

#include <QMap>
#include <QMessageBox>

#include <optional>

namespace lianxin::ask {

// A question for the user with the given buttons. Tests queue the answers instead of clicking a modal
// box: a queued answer is returned at once.
// `labels` names buttons whose standard text would mislead (a "Discard" that discards nothing).
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                     const QMap<QMessageBox::StandardButton, QString> &labels = {});
void queueAnswer(QMessageBox::StandardButton answer);
// A line of text (a reason, an objection); nullopt when the user cancels. Tests queue the text instead.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label);
void queueText(const QString &text);
// One of `items` (their index), `current` offered first; nullopt when the user cancels. Tests queue the index instead.
std::optional<int> choice(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                          int current = 0);
void queueChoice(int index);

} // namespace lianxin::ask
