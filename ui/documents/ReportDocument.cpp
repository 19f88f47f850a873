#include "ui/documents/ReportDocument.h"

#include "core/mediation/DisputeVocabulary.h"
#include "ui/documents/CaseFile.h"

#include <QLocale>

namespace lianxin::documents {

namespace {
QList<Cell> line(const QString &label, const ReportLine &l)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    return {{label, false, 2},
            {QString::number(l.received)},
            {QString::number(l.agreed)},
            {QString::number(l.failed)},
            {QStringLiteral("%1%").arg(l.successRate(), 0, 'f', 1)},
            {chinese.toString(double(l.agreedAmountFen) / 100.0, 'f', 2), false, 2},
            {QString::number(l.keptFromViolence)},
            {QString::number(l.groupCases)}};
}
} // namespace

PageLayout reportLayout(const MediationReportData &report, const QString &regionName)
{
    PageLayout page;
    page.title(QStringLiteral("人民调解工作统计表"));
    page.centered(QStringLiteral("%1　%2至%3").arg(regionName, chineseDate(report.from), chineseDate(report.to)));
    page.headerRow({{QStringLiteral("纠纷类型"), true, 2}, {QStringLiteral("受理"), true}, {QStringLiteral("调解成功"), true},
              {QStringLiteral("调解不成"), true}, {QStringLiteral("成功率"), true}, {QStringLiteral("协议涉及金额（元）"), true, 2},
              {QStringLiteral("防止民转刑"), true}, {QStringLiteral("防止群体性上访"), true}});
    for (const ReportLine &l : report.byCategory)
        page.row(line(zhLabel(vocabulary::disputeCategories(), l.key), l));
    page.row(line(QStringLiteral("合计"), report.total));
    page.spacer(6);
    page.headerRow({{QStringLiteral("纠纷来源"), true, 3}, {QStringLiteral("受理"), true}});
    for (const ReportLine &l : report.bySource)
        page.row({{zhLabel(vocabulary::disputeSources(), l.key), false, 3}, {QString::number(l.received)}});
    page.spacer(6);
    page.paragraph(QStringLiteral("说明：调解成功、调解不成按期内达成协议或终止调解的案件统计；成功率＝调解成功÷（调解成功＋调解不成）；"
                                  "防止群体性上访指涉及 %1 人以上并达成协议的纠纷。")
                       .arg(MediationReport::kGroupSize),
                   false);
    page.rightAligned(QStringLiteral("填表人：　　　　　　审核人：　　　　　　填报日期：　　　年　　月　　日"));
    return page;
}

Result<int> writeReportPdf(const MediationReportData &report, const QString &regionName, const QString &path)
{
    return writePdfFile(path, QStringLiteral("人民调解工作统计表 ") + regionName,
                        [&](QPagedPaintDevice &) { return reportLayout(report, regionName); });
}

} // namespace lianxin::documents
