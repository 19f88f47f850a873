#include "core/auth/AccountRepository.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "tests/support/Disputes.h"
#include "tests/support/PdfText.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/MediationDocuments.h"
#include "ui/documents/PointsListDocument.h"
#include "ui/documents/ReceiptDocument.h"
#include "ui/documents/ReportDocument.h"

#include <QApplication>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>
#include <QToolBar>

using namespace lianxin;
using namespace lianxin::test;
using namespace lianxin::documents;

namespace {

// The characters of the Kangxi Radicals and CJK Radicals Supplement blocks in a text.
QString radicalsIn(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found.append(c);
    }
    return found;
}

QString pdfFonts(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdffonts"), {path});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Each page's lines with text, squeezed, less the page number at the foot.
QList<QStringList> pageLines(const QString &path)
{
    QList<QStringList> pages;
    const QStringList texts = pdfText(path).split(QLatin1Char('\f'));
    for (const QString &text : texts) {
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString flat = squeezed(line);
            if (!flat.isEmpty() && !QRegularExpression(QStringLiteral("^第\\d+页共\\d+页$")).match(flat).hasMatch())
                lines.append(flat);
        }
        if (!lines.isEmpty())
            pages.append(lines);
    }
    return pages;
}

// The page (from 0) whose lines contain `text`, or -1.
int pageOf(const QList<QStringList> &pages, const QString &text)
{
    for (int p = 0; p < pages.size(); ++p) {
        if (pages.at(p).join(QString()).contains(text))
            return p;
    }
    return -1;
}

// An account that may sign in and record cases; returns its id.
QString makeAccount(TestStore &store, const QString &username, const QString &displayName)
{
    Account account;
    account.username = username;
    account.displayName = displayName;
    account.role = QStringLiteral("mediator");
    if (store.villageId().isEmpty())
        store.makeGrid(QStringLiteral("99"));
    account.scope = {store.villageId()};
    const auto id = AccountRepository(store.db()).create(account, QStringLiteral("a long password"));
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
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
    const QString text = pdfText(path);
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
    CHECK(text.contains(squeezed(QStringLiteral("房屋宅基地 1 0 0 1 0 0 0 1 100.0% 500.00 0 0 0 0"))));
    CHECK(text.contains(squeezed(QStringLiteral("合计 1 0 0 1 0 0 0 1 100.0% 500.00 0 0 0 0"))));
    CHECK(text.contains(squeezed(QStringLiteral("婚姻家庭 0 0 0 0 0 0 0 0 — 0.00 0 0 0 0"))));
    // Both tables run over the landscape pages; every page with figures has the column names above them.
    const QList<QStringList> pages = pageLines(path);
    REQUIRE(pages.size() > 1);
    for (const QStringList &lines : pages) {
        const qsizetype firstFigures = lines.indexOf(QRegularExpression(QStringLiteral("^\\D+(\\d+){8}")));
        if (firstFigures >= 0)
            CHECK(lines.mid(0, firstFigures).join(QString()).contains(QStringLiteral("受理移入移出")));
    }
}

TEST_CASE("An oral agreement is registered on its own form")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 10, 1));
    walkCase(store, id, QStringLiteral("session"));
    // The form names the one who registered the agreement.
    store.db().setActor(makeAccount(store, QStringLiteral("wanghai"), QStringLiteral("汪海")));
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
    CHECK(text.contains(squeezed(QStringLiteral("达成日期 2026年10月3日 登记人 汪海"))));
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
    CHECK(text.contains(squeezed(QStringLiteral("凭证号 20261129-3F2A9C-0007"))));
    CHECK(text.contains(squeezed(QStringLiteral("物品 大米"))));
    CHECK(text.contains(squeezed(QStringLiteral("数量 2 积分 80"))));
    CHECK(text.contains(squeezed(QStringLiteral("兑换后余额 15"))));
    CHECK(text.contains(squeezed(QStringLiteral("兑换人"))));
    CHECK(pdfFonts(slip).contains(QStringLiteral("LianxinDocumentSans")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {slip});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A5)")));
}

TEST_CASE("A PDF copies and searches as the characters printed, never as Kangxi radicals")
{
    TestStore store;
    const QString id = filedCase(store);
    const auto file = loadCaseFile(store.db(), id);
    QTemporaryDir dir;
    // Characters that Noto Sans CJK draws with the very glyph of a radical, and the parties' names.
    const QString sample = QStringLiteral("人户网调解王大山李小河胶民风见长门马车页黄麦青角贝言金高龙齐鱼鸟");
    const QString path = dir.filePath(QStringLiteral("sample.pdf"));
    REQUIRE(writePdfFile(path, QStringLiteral("样张"), [&](QPagedPaintDevice &) {
                PageLayout page;
                page.title(QStringLiteral("人民调解"));
                page.paragraph(sample);
                page.row({{QStringLiteral("户主"), true}, {QStringLiteral("网格员 汪海"), false, 3}});
                return page;
            }).ok());
    const QString text = pdfText(path);
    CHECK(squeezed(text).contains(sample));
    CHECK(squeezed(text).contains(QStringLiteral("户主网格员汪海")));
    CHECK(radicalsIn(text) == QString());
    CHECK(pdfFonts(path).contains(QStringLiteral("LianxinDocumentSans")));

    // The whole dossier: every 人 of 申请人, 当事人, 调解人 … as 人.
    const QString dossier = dir.filePath(QStringLiteral("dossier.pdf"));
    REQUIRE(writePdf(*file, availableDocuments(*file).last(), dossier).ok());
    const QString dossierText = pdfText(dossier);
    CHECK(radicalsIn(dossierText) == QString());
    CHECK(dossierText.count(QChar(0x4EBA)) > 40); // 人
    CHECK(squeezed(dossierText).contains(QStringLiteral("人民调解受理登记表")));
    CHECK(squeezed(dossierText).contains(QStringLiteral("王大山与李小河宅基地边界纠纷")));
    // Digits alone in a cell (a phone, an ID number) read back too, though the font sets them in its
    // Chinese forms.
    CHECK(squeezed(dossierText).contains(QStringLiteral("13905561234")));
    CHECK(squeezed(dossierText).contains(file->dispute.parties.first().idNumber));
}

TEST_CASE("A table's heading row is never last on a page and heads every page the table runs on to")
{
    const QString header = QStringLiteral("名次户主网格积分");
    const QRegularExpression dataRow(QStringLiteral("^\\d+储"));
    QTemporaryDir dir;
    int runOn = 0;
    // Lists of every length that brings the black list's heading and column names to the foot of page 1.
    for (int n = 14; n <= 34; ++n) {
        QList<RankedHousehold> red;
        for (int i = 1; i <= n; ++i)
            red.append({QString::number(i), QStringLiteral("储德明%1").arg(i), QStringLiteral("第1网格"), 100 - i, i});
        const QList<RankedHousehold> black{{QStringLiteral("b1"), QStringLiteral("储大勇"), QStringLiteral("第3网格"), -6, 1},
                                           {QStringLiteral("b2"), QStringLiteral("储小勇"), QStringLiteral("第3网格"), -4, 2}};
        const QString path = dir.filePath(QStringLiteral("list%1.pdf").arg(n));
        REQUIRE(writePointsListPdf(path, QStringLiteral("菖蒲村"), QDate(2026, 10, 1), QDate(2026, 12, 31), red, black, 7).ok());
        const QList<QStringList> pages = pageLines(path);
        INFO("red list of " << n << ": " << pages.size() << " pages");
        for (int p = 0; p < pages.size(); ++p) {
            INFO("page " << p + 1 << ": " << pages.at(p).join(QStringLiteral(" | ")).toStdString());
            CHECK(pages.at(p).last() != header);
            CHECK(pages.at(p).last() != QStringLiteral("黑榜"));
            CHECK(pages.at(p).last() != QStringLiteral("红榜"));
            if (p > 0) {
                CHECK_FALSE(dataRow.match(pages.at(p).first()).hasMatch()); // a row without its column names
                CHECK_FALSE(pages.at(p).first().contains(QStringLiteral("印章")));
            }
            // Every row sits under the column names on its page.
            const qsizetype firstRow = pages.at(p).indexOf(dataRow);
            if (firstRow >= 0)
                CHECK(pages.at(p).mid(0, firstRow).contains(header));
        }
        if (pages.size() > 1)
            ++runOn;
    }
    CHECK(runOn > 5);
}

TEST_CASE("Signature boxes and the seal stay whole and with what precedes them at a page's foot")
{
    QTemporaryDir dir;
    const QStringList parties{QStringLiteral("王大山"), QStringLiteral("李小河"), QStringLiteral("张三丰"), QStringLiteral("赵四海"),
                              QStringLiteral("钱五岳")};
    int moved = 0;
    // A gap of every height that brings the signatures to the foot of the first page.
    for (int mm = 130; mm <= 246; mm += 3) {
        const QString path = dir.filePath(QStringLiteral("sign%1.pdf").arg(mm));
        REQUIRE(writePdfFile(path, QStringLiteral("签名"), [&](QPagedPaintDevice &) {
                    PageLayout page;
                    page.title(QStringLiteral("人民调解记录"));
                    page.spacer(mm);
                    page.paragraph(QStringLiteral("双方同意按上述协议履行。"));
                    page.heading(QStringLiteral("当事人（签名）："));
                    page.signatures(parties, true);
                    page.heading(QStringLiteral("调解员（签名）："));
                    page.signatures({QStringLiteral("程秀兰")}, false);
                    page.seal(QStringLiteral("菖蒲村人民调解委员会\n（印章）"), QStringLiteral("2026年10月1日"));
                    return page;
                }).ok());
        const QList<QStringList> pages = pageLines(path);
        INFO("gap of " << mm << " mm: " << pages.size() << " pages");
        for (int p = 1; p < pages.size(); ++p) {
            const QString first = pages.at(p).first();
            INFO("page " << p + 1 << " starts with " << first.toStdString());
            CHECK_FALSE(first.contains(QStringLiteral("签名")));
            CHECK_FALSE(first.contains(QStringLiteral("指印")));
            CHECK_FALSE(first.contains(QStringLiteral("印章")));
            for (const QString &name : parties + QStringList{QStringLiteral("程秀兰")})
                CHECK_FALSE(first.contains(name));
        }
        // Every box on one page with its heading; the mediator's box whole, with the words under it.
        const int signing = pageOf(pages, QStringLiteral("当事人（签名）："));
        for (const QString &name : parties)
            CHECK(pageOf(pages, name) == signing);
        const int mediator = pageOf(pages, QStringLiteral("调解员（签名）："));
        CHECK(pages.at(mediator).join(QString()).contains(QStringLiteral("调解员（签名）：程秀兰（签名）")));
        if (pages.size() > 1)
            ++moved;
    }
    CHECK(moved > 5);
}

TEST_CASE("The intake form keeps its signature boxes with the form whatever the length of its facts")
{
    TestStore store;
    store.db().setActor(makeAccount(store, QStringLiteral("chengxl"), QStringLiteral("程秀兰")));
    const auto file = loadCaseFile(store.db(), registerCase(store, QDate(2026, 10, 1)));
    REQUIRE(file);
    QTemporaryDir dir;
    for (int lines = 0; lines <= 30; ++lines) {
        CaseFile longer = *file;
        longer.dispute.facts = QStringLiteral("两家相邻，因院墙位置发生争执，").repeated(2 * lines + 1);
        const QString path = dir.filePath(QStringLiteral("intake%1.pdf").arg(lines));
        REQUIRE(writePdf(longer, availableDocuments(longer).first(), path).ok());
        const QList<QStringList> pages = pageLines(path);
        INFO("facts of about " << lines + 1 << " lines");
        for (int p = 1; p < pages.size(); ++p) {
            const QString first = pages.at(p).first();
            INFO("page " << p + 1 << " starts with " << first.toStdString());
            CHECK_FALSE(first.contains(QStringLiteral("签名")));
            CHECK_FALSE(first.contains(QStringLiteral("登记人")));
            CHECK_FALSE(first.contains(QStringLiteral("指印")));
            CHECK(first != QStringLiteral("王大山李小河"));
            CHECK(first != QStringLiteral("程秀兰"));
        }
        const int registrar = pageOf(pages, QStringLiteral("登记人："));
        REQUIRE(registrar >= 0);
        CHECK(pages.at(registrar).join(QString()).contains(QStringLiteral("登记人：程秀兰（签名）")));
    }
}

TEST_CASE("The intake form names the account that registered the case as 登记人")
{
    TestStore store;
    store.db().setActor(makeAccount(store, QStringLiteral("chengxl"), QStringLiteral("程秀兰")));
    const QString id = registerCase(store, QDate(2026, 10, 1));
    // Someone else records the later steps: the case was still registered by 程秀兰.
    store.db().setActor(makeAccount(store, QStringLiteral("wanghai"), QStringLiteral("汪海")));
    walkCase(store, id, QStringLiteral("session"));
    const auto file = loadCaseFile(store.db(), id);
    REQUIRE(file);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("intake.pdf"));
    REQUIRE(writePdf(*file, availableDocuments(*file).first(), path).ok());
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(QStringLiteral("登记人：程秀兰（签名）")));
    CHECK_FALSE(text.contains(QStringLiteral("汪海")));

    // A case registered with no one signed in (an import) leaves the box to sign by hand.
    store.db().setActor({});
    const auto unsigned_ = loadCaseFile(store.db(), registerCase(store, QDate(2026, 10, 2)));
    REQUIRE(writePdf(*unsigned_, availableDocuments(*unsigned_).first(), path).ok());
    CHECK(squeezed(pdfText(path)).contains(QStringLiteral("登记人：（签名）")));
}

TEST_CASE("A document's preview window fits the screen, 1366×768 and 1024×768 laptops too")
{
    for (const QSize &screen : {QSize(1366, 768), QSize(1024, 768), QSize(1920, 1080)}) {
        const QRect available(QPoint(0, 0), screen - QSize(0, 40)); // less a panel
        const QSize size = fittedSize(QSize(900, 1000), available);
        INFO(screen.width() << "×" << screen.height() << ": " << size.width() << "×" << size.height());
        CHECK(size.width() <= 900);
        CHECK(size.width() < available.width());
        CHECK(size.height() + 40 < available.height()); // and room for the title bar
        CHECK(size.height() >= std::min(600, available.height() - 100));
    }
    CHECK(fittedSize(QSize(900, 1000), QRect(0, 0, 1920, 1200)) == QSize(900, 1000));

    // The real window, on the offscreen platform's screen.
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QRect window;
    bool toolbarShown = false;
    QTimer::singleShot(0, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(widget); dialog && dialog->isVisible()) {
                window = dialog->frameGeometry();
                for (const QWidget *bar : dialog->findChildren<QToolBar *>())
                    toolbarShown = toolbarShown || (bar->isVisible() && dialog->rect().contains(QRect(bar->mapTo(dialog, QPoint()), bar->size())));
                dialog->reject();
            }
        }
    });
    preview(nullptr, QStringLiteral("公示"), QPageSize::A4,
            [](QPagedPaintDevice &) { return entriesNoticeLayout(QStringLiteral("菖蒲村"), {}); });
    INFO("window " << window.width() << "×" << window.height() << " on " << available.width() << "×" << available.height());
    CHECK(available.contains(window));
    CHECK(toolbarShown);
}

TEST_CASE("Save as PDF proposes the Documents folder and the document's title as the file's name")
{
    // A user whose Documents folder does not exist yet.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME"), oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
    const QString documents = home.path() + QStringLiteral("/Documents");
    const QString title = QStringLiteral("人民调解卷宗 （2026）菖蒲人调字第 12 号");

    QString folder, proposed;
    QTimer::singleShot(0, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(widget); dialog && dialog->isVisible()) {
                folder = dialog->directory().absolutePath();
                proposed = dialog->selectedFiles().value(0);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, protected there
            }
        }
    });
    saveAsPdf(nullptr, title, QPageSize::A4, [](QPagedPaintDevice &) { return entriesNoticeLayout(QStringLiteral("菖蒲村"), {}); });
    CHECK(folder == documents);
    CHECK(proposed == documents + QStringLiteral("/") + title + QStringLiteral(".pdf"));
    CHECK(squeezed(pdfText(proposed)).contains(QStringLiteral("菖蒲村道德评议结果公示")));
    // Characters a USB stick's file system refuses are left out of the name.
    CHECK(suggestedPdfPath(QStringLiteral("统计表 2026/10: 天堂镇?")) == documents + QStringLiteral("/统计表 2026-10- 天堂镇-.pdf"));

    qputenv("HOME", oldHome);
    if (oldConfig.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
}
