#include "ui/documents/ReportDocument.h"

#include "core/mediation/DisputeVocabulary.h"
#include "ui/documents/CaseFile.h"

#include <QLocale>

namespace lianxin::documents {

namespace {
// The rate ("100.0%") and the amount take two figures' width.
int weightOf(int figure)
{
    return figure == MediationReport::kRateFigure || figure == MediationReport::kAmountFigure ? 2 : 1;
}

QList<Cell> line(const QString &label, const ReportLine &l)
{
    QList<Cell> cells{{label, false, 3}};
    const QStringList figures = MediationReport::figureTexts(l, QLocale(QLocale::Chinese, QLocale::China));
    for (int i = 0; i < figures.size(); ++i)
        cells.append({figures.at(i), false, weightOf(i)});
    return cells;
}

QList<Cell> header(const QString &what)
{
    QList<Cell> cells{{what, true, 3}};
    int figure = 0;
    for (const char *name : {"受理", "移入", "移出", "调解成功", "调解不成", "撤回", "移交", "调解纠纷数", "成功率",
                             "协议涉及金额（元）", "防止民转刑（件）", "防止民转刑（人）", "防止群体性上访（件）",
                             "防止群体性上访（人）"})
        cells.append({QString::fromUtf8(name), true, weightOf(figure++)});
    return cells;
}

void table(PageLayout &page, const QString &what, const QList<ReportLine> &lines, const Vocabulary &vocabulary,
           const ReportLine &total)
{
    page.headerRow(header(what));
    for (const ReportLine &l : lines)
        page.row(line(zhLabel(vocabulary, l.key), l));
    page.row(line(QStringLiteral("合计"), total));
}
} // namespace

PageLayout reportLayout(const MediationReportData &report, const QString &regionName)
{
    PageLayout page;
    page.title(QStringLiteral("人民调解工作统计表"));
    page.centered(QStringLiteral("%1　%2至%3").arg(regionName, chineseDate(report.from), chineseDate(report.to)));
    table(page, QStringLiteral("纠纷类型"), report.byCategory, vocabulary::disputeCategories(), report.total);
    page.spacer(6);
    table(page, QStringLiteral("纠纷来源"), report.bySource, vocabulary::disputeSources(), report.total);
    page.spacer(6);
    // The definitions of docs/MEDIATION.md ("Statistics"), printed under the figures they define.
    const QStringList notes{
        QStringLiteral("受理按纠纷发生地统计，不含不予受理的纠纷"),
        QStringLiteral("移入指本级调委会期内从下级接收的纠纷，移出指期内上报上级调委会的纠纷"),
        QStringLiteral("调解成功、调解不成、撤回、移交按调解该纠纷的调委会期内的结果统计，每件纠纷只有一个结果"),
        QStringLiteral("书面协议自各方签名、调解员签名并加盖调委会印章之日起计入调解成功"),
        QStringLiteral("调解纠纷数＝调解成功＋调解不成＋撤回＋移交"),
        QStringLiteral("成功率＝调解成功÷调解纠纷数，期内无结案的记“—”"),
        QStringLiteral("防止群体性上访指涉及 %1 人以上并达成协议的纠纷").arg(MediationReport::kGroupSize)};
    page.paragraph(QStringLiteral("说明：%1。").arg(notes.join(QStringLiteral("；"))), false);
    if (report.unresolvedOutcomes > 0)
        page.paragraph(QStringLiteral("其中 %1 件纠纷在不同设备上记录了两个结果，尚待调解员选定，暂按较早的结果统计。")
                           .arg(report.unresolvedOutcomes),
                       false);
    if (report.foldedIntoOther > 0)
        page.paragraph(QStringLiteral("部分纠纷的类型或来源为本版本未知的代码（由较新版本记录），已计入“其他”。"),
                       false);
    page.rightAligned(QStringLiteral("填表人：　　　　　　审核人：　　　　　　填报日期：　　　年　　月　　日"));
    return page;
}

Result<int> writeReportPdf(const MediationReportData &report, const QString &regionName, const QString &path)
{
    return writePdfFile(
        path, QStringLiteral("人民调解工作统计表 ") + regionName,
        [&](QPagedPaintDevice &) { return reportLayout(report, regionName); }, QPageSize::A4, QPageLayout::Landscape);
}

} // namespace lianxin::documents
