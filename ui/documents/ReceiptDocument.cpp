#include "ui/documents/ReceiptDocument.h"

namespace lianxin::documents {

PageLayout receiptLayout(const QString &villageName, const QString &householdName, const QDate &date, const Receipt &receipt)
{
    PageLayout page;
    page.title(QStringLiteral("%1积分超市兑换凭证").arg(villageName));
    page.row({{QStringLiteral("凭证号"), true}, {receipt.number, false, 3}});
    page.row({{QStringLiteral("户主"), true}, {householdName, false, 3}});
    page.row({{QStringLiteral("物品"), true}, {receipt.itemName, false, 3}});
    page.row({{QStringLiteral("数量"), true}, {QString::number(receipt.quantity)}, {QStringLiteral("积分"), true},
              {QString::number(receipt.points)}});
    page.row({{QStringLiteral("兑换后余额"), true}, {QString::number(receipt.balanceAfter), false, 3}});
    page.row({{QStringLiteral("日期"), true}, {chineseDate(date), false, 3}});
    page.spacer(6);
    page.signatures({QStringLiteral("兑换人"), QStringLiteral("经办人")}, false);
    return page;
}

} // namespace lianxin::documents
