#pragma once

#include "core/common/Result.h"
#include "core/points/PointsBoard.h"
#include "core/points/PointsRanking.h"
#include "ui/documents/PageLayout.h"

namespace lianxin::documents {

// 红黑榜: the red and black lists of a village for a period, as the public-notice sheet posted in the
// village (Chinese, the village's name, the period, the notice period for objections, a seal box).
PageLayout pointsListLayout(const QString &villageName, const QDate &from, const QDate &to,
                            const QList<RankedHousehold> &red, const QList<RankedHousehold> &black, int noticeDays);
// A4 or A3 (for the village notice board).
[[nodiscard]] Result<int> writePointsListPdf(const QString &path, const QString &villageName, const QDate &from, const QDate &to,
                                             const QList<RankedHousehold> &red, const QList<RankedHousehold> &black,
                                             int noticeDays, QPageSize::PageSizeId pageSize = QPageSize::A4);

// 评议结果公示: the entries an evaluation meeting decided, posted for objections until the notice ends.
PageLayout entriesNoticeLayout(const QString &villageName, const QList<BoardEntry> &entries);

} // namespace lianxin::documents
