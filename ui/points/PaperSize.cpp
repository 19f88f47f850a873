#include "ui/points/PaperSize.h"

#include <QComboBox>

namespace lianxin {

QComboBox *makePaperSizeBox()
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("paperSize"));
    box->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    box->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    return box;
}

QPageSize::PageSizeId paperSize(const QComboBox *box)
{
    return QPageSize::PageSizeId(box->currentData().toInt());
}

} // namespace lianxin
