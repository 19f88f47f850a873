#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "tests/support/Disputes.h"
#include "ui/documents/MediationDocuments.h"
#include "ui/documents/PointsListDocument.h"
#include "ui/documents/ReceiptDocument.h"
#include "ui/documents/ReportDocument.h"

#include <QProcess>

using namespace lianxin;
using namespace lianxin::test;
using namespace lianxin::documents;

namespace {

// The text of a PDF as poppler's pdftotext reads it (layout kept, so that table cells stay on their line).
// Noto CJK draws some ideographs with the glyph of a Kangxi radical (人 and ⼈), and the reader may map the
// glyph back to either: compatibility normalisation folds them together.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Folds what the reader may return for one ideograph (and full-width punctuation) to one form.
QString folded(const QString &text)
{
    static const QList<std::pair<QChar, QChar>> radicals{{QChar(0x2EA0), QChar(0x6C11)}, {QChar(0x2EDB), QChar(0x98CE)},
                                                         {QChar(0x2EC5), QChar(0x89C1)}, {QChar(0x2ED3), QChar(0x957F)},
                                                         {QChar(0x2ED4), QChar(0x95E8)}, {QChar(0x2EE2), QChar(0x9A6C)},
                                                         {QChar(0x2EC4), QChar(0x897F)}, {QChar(0x2ECB), QChar(0x8F66)},
                                                         {QChar(0x2EDA), QChar(0x9875)}, {QChar(0x2EE9), QChar(0x9EC4)},
                                                         {QChar(0x2EC6), QChar(0x89D2)}, {QChar(0x2EC9), QChar(0x8D1D)},
                                                         {QChar(0x2ED8), QChar(0x9752)}, {QChar(0x2EE8), QChar(0x9EA6)}};
    QString result = text.normalized(QString::NormalizationForm_KC);
    for (const auto &[radical, ideograph] : radicals)
        result.replace(radical, ideograph);
    return result;
}

QString pdfFonts(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdffonts"), {path});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext may put spaces between characters of wide layouts: compare without them.
QString squeezed(const QString &text)
{
    return folded(text).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

QString filedCase(TestStore &store)
{
    const QString id = registerCase(store, QDate(2026, 10, 1));
    REQUIRE(CaseSteps(store.db())
                .add(id, QStringLiteral("rights_notice"),
                     {{QStringLiteral("date"), QStringLiteral("2026-10-01")}, {QStringLiteral("method"), QStringLiteral("written")}})
                .ok());
    REQUIRE(CaseSteps(store.db())
                .add(id, QStringLiteral("investigation"),
                     {{QStringLiteral("date"), QStringLiteral("2026-10-01T15:00")}, {QStringLiteral("place"), QStringLiteral("王大山家")},
                      {QStringLiteral("person"), QStringLiteral("王大山")}, {QStringLiteral("investigator"), QStringLiteral("张明")},
                      {QStringLiteral("record"), QStringLiteral("院墙系二〇一九年所建，邻居证实越界。")}})
                .ok());
    walkCase(store, id, QStringLiteral("filing"));
    return id;
}

} // namespace

TEST_CASE("Every mediation document is written as a PDF with its Chinese text and the fonts embedded")
{
    TestStore store;
    const QString id = filedCase(store);
    const auto file = loadCaseFile(store.db(), id);
    REQUIRE(file);
    const QList<DocumentChoice> choices = availableDocuments(*file);
    QStringList titles;
    for (const DocumentChoice &choice : choices)
        titles.append(choice.title);
    CHECK(titles == QStringList{QStringLiteral("人民调解受理登记表"), QStringLiteral("人民调解权利义务告知书"),
                                QStringLiteral("人民调解调查记录（1）"), QStringLiteral("人民调解记录（1）"),
                                QStringLiteral("人民调解协议书"), QStringLiteral("人民调解回访记录（1）"),
                                QStringLiteral("人民调解案件结案报告表"), QStringLiteral("人民调解卷宗")});

    const QMap<Form, QStringList> expected{
        {Form::Intake, {QStringLiteral("人民调解受理登记表"), QStringLiteral("王大山与李小河宅基地边界纠纷"), QStringLiteral("房屋宅基地"),
                        QStringLiteral("5,000.00元"), QStringLiteral("（签名）"), QStringLiteral("（指印）")}},
        {Form::RightsNotice, {QStringLiteral("人民调解权利义务告知书"), QStringLiteral("如实陈述纠纷事实"), QStringLiteral("书面")}},
        {Form::Investigation, {QStringLiteral("人民调解调查记录"), QStringLiteral("邻居证实越界"), QStringLiteral("2026年10月1日15:00")}},
        {Form::Session, {QStringLiteral("人民调解记录"), QStringLiteral("经说服同意协商"), QStringLiteral("达成协议")}},
        {Form::Agreement, {QStringLiteral("人民调解协议书"), QStringLiteral("第1份（共3份）"), QStringLiteral("第3份（共3份）"),
                           QStringLiteral("本协议一式3份"), QStringLiteral("拆除越界部分")}},
        {Form::FollowUp, {QStringLiteral("人民调解回访记录"), QStringLiteral("满意")}},
        {Form::ClosingReport, {QStringLiteral("人民调解案件结案报告表"), QStringLiteral("协议已履行，双方满意。")}},
        {Form::Dossier, {QStringLiteral("人民调解卷宗"), QStringLiteral("卷内目录"), QStringLiteral("备考表"),
                         QStringLiteral("人民调解协议书"), QStringLiteral("第1页共"), QStringLiteral("（2026）菖蒲人调字第临")}},
    };
    QTemporaryDir dir;
    for (const DocumentChoice &choice : choices) {
        INFO(choice.title.toStdString());
        const QString path = dir.filePath(QStringLiteral("%1.pdf").arg(int(choice.form)));
        const auto pages = writePdf(*file, choice, path);
        REQUIRE(pages.ok());
        CHECK(*pages >= 1);
        const QString text = squeezed(pdfText(path));
        for (const QString &phrase : expected.value(choice.form)) {
            INFO(phrase.toStdString() + " in " + text.left(400).toStdString());
            CHECK(text.contains(squeezed(phrase)));
        }
        CHECK(text.contains(squeezed(QStringLiteral("王大山"))));
        CHECK(pdfFonts(path).contains(QStringLiteral("CID TrueType      Identity-H       yes")));
        if (choice.form == Form::Agreement)
            CHECK(*pages == 3);
    }
}

TEST_CASE("The dossier's contents give the page where each document starts")
{
    TestStore store;
    const QString id = filedCase(store);
    const auto file = loadCaseFile(store.db(), id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
    const auto pages = writePdf(*file, availableDocuments(*file).last(), path);
    REQUIRE(pages.ok());
    const QString text = folded(pdfText(path));
    // Cover and contents are not numbered; the back cover states the count of the numbered pages.
    const int numbered = *pages - 2;
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("本卷共%1页").arg(numbered))));
    CHECK(squeezed(text).contains(squeezed(QStringLiteral("第%1页共%1页").arg(numbered))));
    // Each listed document is found on the page the contents name: split the text at form feeds.
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    const QStringList contentLines = pageTexts.at(1).split(QLatin1Char('\n'));
    int checked = 0;
    for (const QString &title : {QStringLiteral("人民调解受理登记表"), QStringLiteral("人民调解协议书"), QStringLiteral("人民调解案件结案报告表")}) {
        for (const QString &line : contentLines) {
            const QString flat = line.simplified();
            if (!flat.contains(squeezed(title)))
                continue;
            const int page = flat.section(QLatin1Char(' '), -1).toInt();
            REQUIRE(page >= 1);
            CHECK(squeezed(pageTexts.at(page + 1)).contains(squeezed(title)));
            ++checked;
        }
    }
    CHECK(checked == 3);
}

TEST_CASE("A PDF that cannot be written says so and names the path")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 10, 1));
    const auto file = loadCaseFile(store.db(), id);
    const auto written = writePdf(*file, availableDocuments(*file).first(), QStringLiteral("/nonexistent/dir/x.pdf"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("/nonexistent/dir/x.pdf")));
}

TEST_CASE("The mediation report is printed as a table with its figures")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 10, 5));
    walkCase(store, id, QStringLiteral("agreement"));
    const auto [from, to] = MediationReport::month(2026, 10);
    const MediationReportData report = MediationReport(store.db()).compute(from, to, store.townshipId(), std::nullopt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(writeReportPdf(report, QStringLiteral("天堂镇"), path).ok());
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(squeezed(QStringLiteral("人民调解工作统计表"))));
    CHECK(text.contains(squeezed(QStringLiteral("天堂镇 2026年10月1日至2026年10月31日"))));
    CHECK(text.contains(squeezed(QStringLiteral("房屋宅基地 1 1 0 100.0% 500.00 0 0"))));
    CHECK(text.contains(squeezed(QStringLiteral("合计 1 1 0 100.0% 500.00 0 0"))));
}

TEST_CASE("An oral agreement is registered on its own form")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 10, 1));
    walkCase(store, id, QStringLiteral("session"));
    REQUIRE(CaseSteps(store.db())
                .add(id, QStringLiteral("agreement"),
                     {{QStringLiteral("date"), QStringLiteral("2026-10-03")}, {QStringLiteral("form"), QStringLiteral("oral")},
                      {QStringLiteral("disputed_points"), QStringLiteral("鸡鸭毁坏菜地。")},
                      {QStringLiteral("terms"), QStringLiteral("赔偿菜苗钱五十元，圈养鸡鸭。")},
                      {QStringLiteral("manner"), QStringLiteral("当场支付")},
                      {QStringLiteral("performance_deadline"), QStringLiteral("2026-10-03")}})
                .ok());
    const auto file = loadCaseFile(store.db(), id);
    QStringList titles;
    for (const DocumentChoice &choice : availableDocuments(*file))
        titles.append(choice.title);
    CHECK(titles.contains(QStringLiteral("口头调解协议登记表")));
    CHECK_FALSE(titles.contains(QStringLiteral("人民调解协议书")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("oral.pdf"));
    for (const DocumentChoice &choice : availableDocuments(*file)) {
        if (choice.form == Form::OralAgreement)
            REQUIRE(writePdf(*file, choice, path).ok());
    }
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(squeezed(QStringLiteral("口头调解协议登记表"))));
    CHECK(text.contains(squeezed(QStringLiteral("赔偿菜苗钱五十元"))));
    // An oral agreement takes effect when it is recorded.
    CHECK(file->dispute.agreementEffectiveOn == QDate(2026, 10, 3));
}

TEST_CASE("The red and black list is printed for the notice board with the expected households")
{
    const QList<RankedHousehold> red{{QStringLiteral("a"), QStringLiteral("储德明"), QStringLiteral("第1网格"), 12, 1},
                                     {QStringLiteral("b"), QStringLiteral("王桂英"), QStringLiteral("第2网格"), 12, 1},
                                     {QStringLiteral("c"), QStringLiteral("汪海"), QStringLiteral("第1网格"), 9, 3}};
    const QList<RankedHousehold> black{{QStringLiteral("d"), QStringLiteral("刘大勇"), QStringLiteral("第3网格"), -6, 1}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    REQUIRE(writePointsListPdf(path, QStringLiteral("菖蒲村"), QDate(2026, 10, 1), QDate(2026, 12, 31), red, black, 7,
                               QPageSize::A3)
                .ok());
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(squeezed(QStringLiteral("菖蒲村道德评议红黑榜"))));
    CHECK(text.contains(squeezed(QStringLiteral("2026年10月1日至2026年12月31日"))));
    CHECK(text.contains(squeezed(QStringLiteral("1 储德明 第1网格 12"))));
    CHECK(text.contains(squeezed(QStringLiteral("1 王桂英 第2网格 12"))));
    CHECK(text.contains(squeezed(QStringLiteral("3 汪海 第1网格 9"))));
    CHECK(text.contains(squeezed(QStringLiteral("1 刘大勇 第3网格 -6"))));
    CHECK(text.contains(squeezed(QStringLiteral("公示期 7 天"))));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A3)")));
}

TEST_CASE("The notice of evaluation results and a supermarket receipt are printed in Chinese")
{
    BoardEntry posted;
    posted.householdName = QStringLiteral("储德明");
    posted.indicatorName = QStringLiteral("见义勇为");
    posted.entry.points = 8;
    posted.entry.deedOn = QDate(2026, 11, 10);
    posted.status.noticeEnds = QDate(2026, 11, 26);
    BoardEntry deducted = posted;
    deducted.householdName = QStringLiteral("刘大勇");
    deducted.indicatorName = QStringLiteral("乱倒垃圾");
    deducted.entry.points = -2;
    QTemporaryDir dir;
    const QString notice = dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(writePdfFile(notice, QStringLiteral("公示"), [&](QPagedPaintDevice &) {
                return entriesNoticeLayout(QStringLiteral("菖蒲村"), {posted, deducted});
            }).ok());
    QString text = squeezed(pdfText(notice));
    CHECK(text.contains(squeezed(QStringLiteral("菖蒲村道德评议结果公示"))));
    CHECK(text.contains(squeezed(QStringLiteral("储德明 见义勇为 +8 2026年11月10日 2026年11月26日"))));
    CHECK(text.contains(squeezed(QStringLiteral("刘大勇 乱倒垃圾 -2"))));
    CHECK(text.contains(squeezed(QStringLiteral("菖蒲村村民委员会"))));

    const Receipt receipt{QStringLiteral("r"), QStringLiteral("20261129-3F2A9C-0007"), QStringLiteral("h"),
                          QStringLiteral("大米"), 2, 80, 15};
    const QString slip = dir.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(writePdfFile(slip, QStringLiteral("凭证"), [&](QPagedPaintDevice &) {
                return receiptLayout(QStringLiteral("菖蒲村"), QStringLiteral("储德明"), QDate(2026, 11, 29), receipt);
            }, QPageSize::A5).ok());
    text = squeezed(pdfText(slip));
    CHECK(text.contains(squeezed(QStringLiteral("菖蒲村积分超市兑换凭证"))));
    // The receipt number, set in the Latin face, does not read back through Qt's map of that font subset
    // (the printed page shows it); the rest does.
    CHECK(text.contains(squeezed(QStringLiteral("物品 大米"))));
    CHECK(text.contains(squeezed(QStringLiteral("数量 2 积分 80"))));
    CHECK(text.contains(squeezed(QStringLiteral("兑换后余额 15"))));
    CHECK(text.contains(squeezed(QStringLiteral("兑换人"))));
    CHECK(pdfFonts(slip).contains(QStringLiteral("Noto")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {slip});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A5)")));
}
