#include "ui/documents/PointsListDocument.h"

namespace lianxin::documents {

namespace {
void table(PageLayout &page, const QList<RankedHousehold> &rows, const QString &empty)
{
    page.headerRow({{QStringLiteral("名次"), true}, {QStringLiteral("户主"), true, 2}, {QStringLiteral("网格"), true, 2},
              {QStringLiteral("积分"), true}});
    if (rows.isEmpty())
        page.row({{empty, false, 6}});
    for (const RankedHousehold &row : rows)
        page.row({{QString::number(row.rank)}, {row.name, false, 2}, {row.gridName, false, 2}, {QString::number(row.points)}});
}
} // namespace

// The sheet is a Chinese public notice in every language of the interface, like the mediation forms.
PageLayout pointsListLayout(const QString &villageName, const QDate &from, const QDate &to,
                            const QList<RankedHousehold> &red, const QList<RankedHousehold> &black, int noticeDays)
{
    PageLayout page;
    page.title(QStringLiteral("%1道德评议红黑榜").arg(villageName));
    page.centered(QStringLiteral("（%1至%2）").arg(chineseDate(from), chineseDate(to)));
    page.heading(QStringLiteral("红榜"));
    table(page, red, QStringLiteral("本期无"));
    page.spacer(4);
    page.heading(QStringLiteral("黑榜"));
    table(page, black, QStringLiteral("本期无"));
    page.spacer(4);
    page.paragraph(QStringLiteral("以上名单经村道德评议会评议通过，现予公示，公示期 %1 天。如有异议，请在公示期内向村民委员会反映。")
                       .arg(noticeDays));
    page.seal(villageName + QStringLiteral("村民委员会\n（印章）"), QStringLiteral("        年      月      日"));
    return page;
}

PageLayout entriesNoticeLayout(const QString &villageName, const QList<BoardEntry> &entries)
{
    PageLayout page;
    page.title(QStringLiteral("%1道德评议结果公示").arg(villageName));
    page.headerRow({{QStringLiteral("户主"), true, 2}, {QStringLiteral("评议事项"), true, 3}, {QStringLiteral("积分"), true},
              {QStringLiteral("事迹日期"), true, 2}, {QStringLiteral("公示截止"), true, 2}});
    if (entries.isEmpty())
        page.row({{QStringLiteral("无"), false, 10}});
    for (const BoardEntry &row : entries)
        page.row({{row.householdName, false, 2}, {row.indicatorName, false, 3},
                  {row.entry.points > 0 ? QStringLiteral("+%1").arg(row.entry.points) : QString::number(row.entry.points)},
                  {chineseDate(row.entry.deedOn), false, 2}, {chineseDate(row.status.noticeEnds), false, 2}});
    page.spacer(4);
    page.paragraph(QStringLiteral("以上评议结果经村道德评议会评议通过，现予公示。如有异议，请在公示截止日前向村民委员会反映。"));
    page.seal(villageName + QStringLiteral("村民委员会\n（印章）"), QStringLiteral("        年      月      日"));
    return page;
}

Result<int> writePointsListPdf(const QString &path, const QString &villageName, const QDate &from, const QDate &to,
                               const QList<RankedHousehold> &red, const QList<RankedHousehold> &black, int noticeDays,
                               QPageSize::PageSizeId pageSize)
{
    return writePdfFile(
        path, QStringLiteral("%1道德评议红黑榜").arg(villageName),
        [&](QPagedPaintDevice &) { return pointsListLayout(villageName, from, to, red, black, noticeDays); }, pageSize);
}

} // namespace lianxin::documents
