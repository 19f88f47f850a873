#include "ui/forms/TagBoxes.h"

#include <QCheckBox>
#include <QGridLayout>

namespace lianxin {

TagBoxes::TagBoxes(const Vocabulary &vocabulary, const QStringList &checked,
                   const std::function<bool(const VocabularyEntry &)> &offered, QWidget *parent)
    : QWidget(parent)
{
    constexpr int kColumns = 3;
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const VocabularyEntry &entry : vocabulary) {
        if (!offered(entry))
            continue;
        auto *box = new QCheckBox(entry.label());
        box->setProperty("code", QString::fromUtf8(entry.code));
        box->setChecked(checked.contains(QString::fromUtf8(entry.code)));
        grid->addWidget(box, int(m_boxes.size()) / kColumns, int(m_boxes.size()) % kColumns);
        m_boxes.append(box);
        connect(box, &QCheckBox::toggled, this, &TagBoxes::toggled);
    }
}

QStringList TagBoxes::applyTo(QStringList tags) const
{
    for (const QCheckBox *box : m_boxes) {
        const QString code = box->property("code").toString();
        tags.removeAll(code);
        if (box->isChecked())
            tags.append(code);
    }
    return tags;
}

} // namespace lianxin
