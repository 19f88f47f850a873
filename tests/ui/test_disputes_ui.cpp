#include "core/mediation/DisputeRepository.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Disputes.h"
#include "ui/disputes/CaseDialog.h"
#include "ui/disputes/CaseForm.h"
#include "ui/disputes/DisputeTableModel.h"
#include "ui/disputes/DisputesPage.h"
#include "ui/disputes/MediationReportPage.h"
#include "ui/disputes/StepForm.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::Chinese;
using lianxin::test::screenshot;

namespace {
struct Workspace : lianxin::test::DemoWorkspace
{
    Account mediator;
    Workspace() : DemoWorkspace(21, 120), mediator(account("mediator")) {}
};

QString generalError(QWidget &form)
{
    auto *label = form.findChild<QLabel *>(QStringLiteral("general_error"));
    REQUIRE(label);
    return label->isHidden() ? QString() : label->text();
}

// Registers a case through the form as a mediator would; returns its id.
QString registerThroughForm(Workspace &workspace, const QString &title)
{
    Database &db = workspace.store.db();
    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm form(db, workspace.mediator, fresh);
    form.show();
    auto *region = form.findChild<QComboBox *>(QStringLiteral("region_id"));
    REQUIRE(region->count() > 1);
    region->setCurrentIndex(1); // the first grid of the village
    form.findChild<QLineEdit *>(QStringLiteral("title"))->setText(title);
    form.findChild<QComboBox *>(QStringLiteral("category"))->setCurrentIndex(1);
    form.findChild<QPlainTextEdit *>(QStringLiteral("facts"))->setPlainText(QStringLiteral("两户因排水沟堵塞争吵。"));
    auto *parties = form.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    REQUIRE(parties->rowCount() == 2);
    parties->item(0, 1)->setText(QStringLiteral("张三"));
    parties->item(1, 1)->setText(QStringLiteral("李四"));
    form.accept();
    REQUIRE(form.result() == QDialog::Accepted);
    return form.savedId();
}
} // namespace

TEST_CASE("A mediator registers a case through the form and sees it in the list", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();

    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm empty(db, workspace.mediator, fresh);
    empty.show();
    empty.accept();
    CHECK(empty.result() != QDialog::Accepted);
    CHECK(empty.errorOf(QStringLiteral("title")).contains(QStringLiteral("纠纷名称")));
    CHECK(empty.errorOf(QStringLiteral("facts")).contains(QStringLiteral("纠纷简要情况")));
    CHECK(empty.errorOf(QStringLiteral("parties")).contains(QStringLiteral("当事人1")));
    screenshot(empty, QStringLiteral("case-form-error"));

    const QString id = registerThroughForm(workspace, QStringLiteral("张三与李四排水纠纷"));
    const auto saved = DisputeRepository(db).get(id);
    REQUIRE(saved);
    CHECK(saved->parties.size() == 2);
    CHECK(saved->status == QStringLiteral("registered"));

    DisputesPage page(db, workspace.mediator);
    page.resize(1200, 600);
    page.show();
    DisputeTableModel *model = page.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, DisputeTableModel::Title)).toString() == QStringLiteral("张三与李四排水纠纷"));
    CHECK(model->data(model->index(0, DisputeTableModel::Parties)).toString() == QStringLiteral("张三、李四"));
    CHECK(model->data(model->index(0, DisputeTableModel::Status)).toString() == QStringLiteral("已受理"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("status"));
    CHECK(status->itemText(status->findData(QStringLiteral("registered"))) == QStringLiteral("已受理 (1)"));
    status->setCurrentIndex(status->findData(QStringLiteral("mediating")));
    CHECK(model->rowCount() == 0);
}

TEST_CASE("Steps are recorded through their forms - one out of order is refused saying what comes first", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString id = registerThroughForm(workspace, QStringLiteral("王五与赵六山林纠纷"));

    StepForm early(db, id, QStringLiteral("agreement"));
    early.show();
    early.setValue(QStringLiteral("disputed_points"), QStringLiteral("山林界址不清"));
    early.setValue(QStringLiteral("terms"), QStringLiteral("以老界石为界"));
    early.setValue(QStringLiteral("manner"), QStringLiteral("现场确认"));
    early.accept();
    CHECK(early.result() != QDialog::Accepted);
    CHECK(generalError(early).contains(QStringLiteral("请先向当事人告知权利义务")));

    StepForm notice(db, id, QStringLiteral("rights_notice"));
    notice.show();
    notice.setValue(QStringLiteral("method"), QStringLiteral("oral"));
    notice.accept();
    REQUIRE(notice.result() == QDialog::Accepted);

    StepForm session(db, id, QStringLiteral("session"));
    session.show();
    session.setValue(QStringLiteral("date"), QStringLiteral("2026-11-29T09:30"));
    session.setValue(QStringLiteral("place"), QStringLiteral("村调解室"));
    session.setValue(QStringLiteral("present"), QStringLiteral("王五、赵六、调解员"));
    session.accept();
    CHECK(session.result() != QDialog::Accepted);
    CHECK(session.errorOf(QStringLiteral("record")).contains(QStringLiteral("记录")));
    session.setValue(QStringLiteral("record"), QStringLiteral("双方各自陈述，约定下次再调。"));
    screenshot(session, QStringLiteral("step-form"));
    session.accept();
    REQUIRE(session.result() == QDialog::Accepted);

    CaseDialog dialog(db, workspace.mediator, id);
    dialog.show();
    CHECK(dialog.timeline()->topLevelItemCount() == 3);
    CHECK(dialog.timeline()->topLevelItem(2)->text(1) == QStringLiteral("调解"));
    CHECK(dialog.timeline()->topLevelItem(2)->text(2).contains(QStringLiteral("村调解室")));
    auto *menu = dialog.findChild<QToolButton *>(QStringLiteral("recordStep"))->menu();
    const auto action = [&](const char *kind) { return menu->findChild<QAction *>(QString::fromLatin1(kind)); };
    CHECK(action("agreement")->isEnabled());
    CHECK_FALSE(action("rights_notice")->isEnabled());
    CHECK_FALSE(action("follow_up")->isEnabled());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("dossier"))->text().contains(QStringLiteral("调解协议")));
    QTemporaryDir dir;
    QFile scan(dir.filePath(QStringLiteral("告知书签字页.png")));
    REQUIRE(scan.open(QIODevice::WriteOnly));
    scan.write(QByteArray(20 * 1024, 'p'));
    scan.close();
    REQUIRE(dialog.attach(scan.fileName()).ok());
    REQUIRE(dialog.attachmentList()->count() == 1);
    CHECK(dialog.attachmentList()->item(0)->text() == QStringLiteral("告知书签字页.png（20 KB）"));
    CHECK_FALSE(dialog.attach(dir.filePath(QStringLiteral("missing.png"))).ok());
    dialog.resize(1000, 640);
    screenshot(dialog, QStringLiteral("case-page"));
}

TEST_CASE("Overdue and red-risk cases stand out in the list", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString id = registerThroughForm(workspace, QStringLiteral("村道占用纠纷"));
    DisputeCase red = *DisputeRepository(db).get(id);
    red.risk = QStringLiteral("red");
    red.violenceRisk = true;
    REQUIRE(DisputeRepository(db).update(red).ok());
    registerThroughForm(workspace, QStringLiteral("邻里噪音纠纷"));
    workspace.store.clock().advanceSeconds(40 * 24 * 3600); // both are past their month

    DisputesPage page(db, workspace.mediator);
    page.resize(1280, 500);
    page.show();
    DisputeTableModel *model = page.model();
    REQUIRE(model->rowCount() == 2);
    int redRow = model->disputeId(0) == id ? 0 : 1;
    CHECK(model->isOverdue(redRow));
    CHECK(model->data(model->index(redRow, DisputeTableModel::Title), Qt::BackgroundRole).isValid());
    CHECK(model->data(model->index(redRow, DisputeTableModel::Risk), Qt::FontRole).value<QFont>().bold());
    CHECK(model->data(model->index(redRow, DisputeTableModel::Risk)).toString().contains(QStringLiteral("红色")));
    CHECK(model->data(model->index(redRow, DisputeTableModel::Status)).toString().contains(QStringLiteral("逾期")));
    auto *overdue = page.findChild<QCheckBox *>(QStringLiteral("overdue"));
    CHECK(overdue->text().contains(QStringLiteral("(2)")));
    screenshot(page, QStringLiteral("disputes"));
}

TEST_CASE("The statistics page shows the month's mediation report and exports it", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    registerThroughForm(workspace, QStringLiteral("张三与李四排水纠纷"));
    registerThroughForm(workspace, QStringLiteral("王五与赵六山林纠纷"));

    MediationReportPage page(db, workspace.mediator);
    page.resize(1200, 700);
    page.show();
    CHECK(page.report().from == QDate(2026, 11, 1));
    CHECK(page.report().total.received == 2);
    auto *categories = page.findChildren<QTableWidget *>().first();
    const int totalRow = categories->rowCount() - 1;
    CHECK(categories->item(totalRow, 0)->text() == QStringLiteral("合计"));
    CHECK(categories->item(totalRow, 1)->text() == QStringLiteral("2"));
    screenshot(page, QStringLiteral("mediation-report"));

    auto *period = page.findChild<QComboBox *>(QStringLiteral("period"));
    period->setCurrentIndex(period->findData(QStringLiteral("quarter")));
    CHECK(page.report().from == QDate(2026, 10, 1));
    CHECK(page.report().to == QDate(2026, 12, 31));

    QTemporaryDir dir;
    REQUIRE(page.exportCsv(dir.filePath(QStringLiteral("report.csv"))).ok());
    QFile csv(dir.filePath(QStringLiteral("report.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(QStringLiteral("合计,2,0,0,0.0,0.00,0,0")));
    REQUIRE(page.exportPdf(dir.filePath(QStringLiteral("report.pdf"))).ok());
    CHECK(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
    CHECK_FALSE(page.exportCsv(QStringLiteral("/nonexistent/report.csv")).ok());
}
