#pragma once

#include "core/register/Vocabulary.h"

#include <QWidget>

#include <functional>

class QCheckBox;

namespace lianxin {

// Check boxes for the tags of a vocabulary, three to a row. Only the tags `offered` accepts are shown;
// applyTo() changes those in a list and keeps the others, which the person may not see.
class TagBoxes : public QWidget
{
    Q_OBJECT

public:
    TagBoxes(const Vocabulary &vocabulary, const QStringList &checked,
             const std::function<bool(const VocabularyEntry &)> &offered, QWidget *parent = nullptr);

    QStringList applyTo(QStringList tags) const;

signals:
    void toggled();

private:
    QList<QCheckBox *> m_boxes;
};

} // namespace lianxin
