#include "ui/shell/NotBuiltPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lianxin {

NotBuiltPage::NotBuiltPage(const QString &area, const QString &comingWith, QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(area);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto *text = new QLabel(tr("This part of Lianxin is not built yet. %1").arg(comingWith));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace lianxin
