#pragma once

#include "core/points/Supermarket.h"
#include "ui/documents/PageLayout.h"

namespace lianxin::documents {

// 积分兑换凭证: the receipt the supermarket counter gives for a redemption (or a return), with the
// balance after it and signature lines for the household and the keeper.
PageLayout receiptLayout(const QString &villageName, const QString &householdName, const QDate &date, const Receipt &receipt);

} // namespace lianxin::documents
