#include "ui/shell/AreaNoticePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lianxin {

AreaNoticePage::AreaNoticePage(const QString &area, const QString &why, QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(area);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto *text = new QLabel(why);
    text->setObjectName(QStringLiteral("why"));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace lianxin
