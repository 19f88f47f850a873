#include "core/auth/AuditLog.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/register/RegionRepository.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Disputes.h"
#include "tests/support/TimeZone.h"
#include "tests/support/Wait.h"
#include "ui/forms/ScreenFit.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/CaseForm.h"
#include "ui/mediation/DisputeTableModel.h"
#include "ui/mediation/DisputesPage.h"
#include "ui/mediation/MediationReportPage.h"
#include "ui/mediation/OutcomeChoiceDialog.h"
#include "ui/mediation/PartiesEditor.h"
#include "ui/mediation/StepForm.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>

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

// The columns of the parties table (PartiesEditor).
constexpr int kPartyName = 1;
constexpr int kPartyId = 3;
constexpr int kPartyPhone = 4;

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
    // Shown again after a case was registered elsewhere, the page counts it.
    page.hide();
    registerThroughForm(workspace, QStringLiteral("钱七与孙八宅基地纠纷"));
    page.show();
    CHECK(page.report().total.received == 3);

    auto *period = page.findChild<QComboBox *>(QStringLiteral("period"));
    period->setCurrentIndex(period->findData(QStringLiteral("quarter")));
    CHECK(page.report().from == QDate(2026, 10, 1));
    CHECK(page.report().to == QDate(2026, 12, 31));

    QTemporaryDir dir;
    REQUIRE(page.exportCsv(dir.filePath(QStringLiteral("report.csv"))).ok());
    QFile csv(dir.filePath(QStringLiteral("report.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    // Both breakdowns totalled; nothing concluded, so no success rate (— rather than 0.0%).
    CHECK(text.count(QStringLiteral("合计,3,0,0,0,0,0,0,0,—,0.00,0,0,0,0")) == 2);
    CHECK(text.section(QStringLiteral("\r\n"), 0, 0).contains(QStringLiteral("2026-10-01")));
    period->setCurrentIndex(period->findData(QStringLiteral("year")));
    CHECK(page.report().from == QDate(2026, 1, 1));
    CHECK(page.report().to == QDate(2026, 12, 31));
    CHECK(page.findChild<QSpinBox *>(QStringLiteral("number"))->isHidden());
    REQUIRE(page.exportPdf(dir.filePath(QStringLiteral("report.pdf"))).ok());
    CHECK(QFileInfo(dir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
    CHECK_FALSE(page.exportCsv(QStringLiteral("/nonexistent/report.csv")).ok());
}

namespace {
// A live person of the register in the region (a village: its grids' households), by name order.
QList<std::pair<QString, QString>> personsIn(Database &db, const QString &villageId, int count)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT p.id, p.name FROM persons p JOIN households h ON h.id = "
                                                "p.household_id JOIN regions g ON g.id = h.grid_id"
                                                " WHERE p.deleted = 0 AND g.parent_id = ? ORDER BY p.id LIMIT ?"));
    query.addBindValue(villageId);
    query.addBindValue(count);
    REQUIRE(db.exec(query).ok());
    QList<std::pair<QString, QString>> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString()});
    REQUIRE(found.size() == count);
    return found;
}

// Types text as the keyboard would (QTest::keyClicks knows only ASCII).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString cellText(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

void fillNewCase(CaseForm &form, const QString &title)
{
    form.findChild<QLineEdit *>(QStringLiteral("title"))->setText(title);
    form.findChild<QComboBox *>(QStringLiteral("category"))->setCurrentIndex(1);
    form.findChild<QPlainTextEdit *>(QStringLiteral("facts"))->setPlainText(QStringLiteral("两户因排水沟堵塞争吵。"));
    auto *parties = form.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    REQUIRE(parties->rowCount() == 2);
    parties->item(0, kPartyName)->setText(QStringLiteral("张三"));
    parties->item(1, kPartyName)->setText(QStringLiteral("李四"));
}

int rowOf(DisputeTableModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->disputeId(row) == id)
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("A grid officer registers cases in his grid only, and sees every case he wrote with its sync state",
          "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const Account officer = workspace.account("officer");
    REQUIRE(officer.scope.size() == 1);
    const QString grid = officer.scope.first();
    const auto gridRegion = RegionRepository(db).get(grid);
    REQUIRE(gridRegion);
    db.setActor(officer.id); // as signing in does

    DisputesPage page(db, officer);
    page.show();
    DisputeTableModel *model = page.model();
    const int before = model->totalCount();

    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm form(db, officer, fresh);
    form.show();
    // Only his grid: not the village above it, where a case of his would leave his list.
    auto *region = form.findChild<QComboBox *>(QStringLiteral("region_id"));
    REQUIRE(region->count() == 1);
    CHECK(region->currentData().toString() == grid);
    CHECK(region->currentText().endsWith(gridRegion->name));
    fillNewCase(form, QStringLiteral("张三与李四排水纠纷"));
    form.accept();
    REQUIRE(form.result() == QDialog::Accepted);
    page.reload();
    CHECK(model->totalCount() == before + 1);
    int row = rowOf(model, form.savedId());
    REQUIRE(row >= 0);
    CHECK(model->data(model->index(row, DisputeTableModel::Sync)).toString() == QStringLiteral("未同步"));
    CHECK(model->data(model->index(row, DisputeTableModel::Sync), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("县级服务器")));
    CHECK(model->headerData(DisputeTableModel::Sync, Qt::Horizontal).toString() == QStringLiteral("同步"));

    // A case he registered at the village before this was fixed: outside his scope, refused by the server,
    // and still in his list, marked, until he moves it into his grid.
    const QString stray = *DisputeRepository(db).create(
        lianxin::test::sampleCase(workspace.store, QDate(2026, 11, 28), gridRegion->parentId));
    page.reload();
    CHECK(model->totalCount() == before + 2);
    QSqlQuery refuse = db.prepare(
        QStringLiteral("INSERT INTO sync_rejections (table_name, row_id, last_seq, reason, field, message, rejected_at)"
                       " VALUES ('disputes', ?, 1, 'scope', NULL, 'The row lies outside this account''s scope.', ?)"));
    refuse.addBindValue(stray);
    refuse.addBindValue(db.now());
    REQUIRE(db.exec(refuse).ok());
    page.reload();
    row = rowOf(model, stray);
    REQUIRE(row >= 0);
    CHECK(model->data(model->index(row, DisputeTableModel::Sync)).toString() == QStringLiteral("被拒绝"));
    CHECK(model->data(model->index(row, DisputeTableModel::Sync), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("同步问题")));
    page.resize(1280, 360);
    screenshot(page, QStringLiteral("disputes-sync-state"));

    CaseForm fix(db, officer, *DisputeRepository(db).get(stray));
    fix.show();
    auto *place = fix.findChild<QComboBox *>(QStringLiteral("region_id"));
    REQUIRE(place->count() == 2);
    CHECK(place->currentData().toString() == gridRegion->parentId);
    CHECK(place->currentText().contains(QStringLiteral("不在本账号范围")));
    fix.accept();
    CHECK(fix.result() != QDialog::Accepted);
    CHECK_FALSE(fix.errorOf(QStringLiteral("region_id")).isEmpty());
    place->setCurrentIndex(place->findData(grid));
    fix.accept();
    REQUIRE(fix.result() == QDialog::Accepted);
    CHECK(DisputeRepository(db).get(stray)->regionId == grid);
}

TEST_CASE("Every dispute dialog fits 1366x768 and 1024x768 with its buttons on screen", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString id = registerThroughForm(workspace, QStringLiteral("张三与李四排水纠纷"));
    workspace.store.clock().advanceSeconds(2 * 24 * 3600);
    lianxin::test::walkCase(workspace.store, id, QStringLiteral("session"));

    const auto fits = [](QDialog &dialog, const QString &what) {
        for (const QSize screen : {QSize(1366, 768), QSize(1024, 768)}) {
            // The desktop less a panel along the bottom, as the screen's available geometry reports it.
            const QRect available(QPoint(0, 0), screen - QSize(0, 40));
            INFO(what.toStdString() << " at " << screen.width() << "x" << screen.height());
            const QSize room = available.size() - kWindowFrameAllowance;
            CHECK(dialog.minimumSizeHint().width() <= room.width());
            CHECK(dialog.minimumSizeHint().height() <= room.height());
            dialog.resize(fittedSize(dialog.sizeHint(), dialog.minimumSizeHint(), available));
            dialog.show();
            QCoreApplication::sendPostedEvents();
            CHECK(dialog.width() <= room.width());
            CHECK(dialog.height() <= room.height());
            auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
            REQUIRE(buttons);
            for (QAbstractButton *button : buttons->buttons()) {
                CHECK(button->isVisible());
                CHECK(dialog.rect().contains(QRect(button->mapTo(&dialog, QPoint(0, 0)), button->size())));
            }
            if (what == QLatin1String("registration") && screen.width() == 1366)
                screenshot(dialog, QStringLiteral("case-form"));
            dialog.hide();
        }
        // Shown without a size of its own, a dialog opens within the screen it is on.
        dialog.setAttribute(Qt::WA_Resized, false);
        dialog.show();
        const QSize room = dialog.screen()->availableGeometry().size() - kWindowFrameAllowance;
        CHECK(dialog.width() <= std::max(room.width(), dialog.minimumWidth()));
        CHECK(dialog.height() <= room.height());
        dialog.hide();
    };

    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm registration(db, workspace.mediator, fresh);
    fits(registration, QStringLiteral("registration"));
    CaseForm edit(db, workspace.mediator, *DisputeRepository(db).get(id));
    fits(edit, QStringLiteral("edit registration"));
    for (const VocabularyEntry &entry : vocabulary::stepKinds()) {
        StepForm step(db, id, QLatin1String(entry.code));
        fits(step, QLatin1String(entry.code));
    }
    CaseDialog casePage(db, workspace.mediator, id);
    fits(casePage, QStringLiteral("case page"));

    // The pages fit the main window beside its navigation at 1024 pixels.
    DisputesPage list(db, workspace.mediator);
    CHECK(list.minimumSizeHint().width() <= 1024 - 160);
    MediationReportPage report(db, workspace.mediator);
    CHECK(report.minimumSizeHint().width() <= 1024 - 160);
}

TEST_CASE("Enter in a field of the registration saves - it never adds a party", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm form(db, workspace.mediator, fresh);
    form.show();
    QApplication::setActiveWindow(&form);
    auto *parties = form.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    auto *add = form.findChild<QPushButton *>(QStringLiteral("addApplicant"));
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(parties->rowCount() == 3);

    // Enter in the new party's cell takes the name; Enter again saves (and names what is missing).
    auto *nameEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(nameEditor);
    type(nameEditor, QStringLiteral("王五"));
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(cellText(parties, 2, kPartyName) == QStringLiteral("王五"));
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(parties->rowCount() == 3);
    CHECK_FALSE(form.errorOf(QStringLiteral("title")).isEmpty());
    CHECK(form.result() != QDialog::Accepted);
    // The messages make the window grow within the screen, its buttons still in it.
    CHECK(form.height() <= form.screen()->availableGeometry().height() - kWindowFrameAllowance.height());
    auto *save = form.findChild<QPushButton *>(QStringLiteral("save"));
    CHECK(form.rect().contains(QRect(save->mapTo(&form, QPoint(0, 0)), save->size())));

    auto *title = form.findChild<QLineEdit *>(QStringLiteral("title"));
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(parties->rowCount() == 3);
    CHECK(form.result() != QDialog::Accepted);

    // No push button among the fields of any dispute form takes Enter from Save.
    const auto onlySaveIsDefault = [](QDialog &dialog) {
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            INFO(button->objectName().toStdString() << " " << button->text().toStdString());
            if (button->objectName() != QLatin1String("save"))
                CHECK_FALSE(button->autoDefault());
        }
    };
    onlySaveIsDefault(form);
    const QString id = registerThroughForm(workspace, QStringLiteral("张三与李四排水纠纷"));
    StepForm step(db, id, QStringLiteral("rights_notice"));
    onlySaveIsDefault(step);
}

TEST_CASE("Step forms propose China's date and time whatever the machine's time zone, and the case page shows them",
          "[ui][disputes]")
{
    const lianxin::test::TimeZone newYork("America/New_York");
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString id = registerThroughForm(workspace, QStringLiteral("王五与赵六山林纠纷"));
    // 21:11 UTC on 2 December: 05:11 on 3 December in China, 16:11 on 2 December in New York.
    workspace.store.clock().set(QDateTime(QDate(2026, 12, 2), QTime(21, 11), Qt::UTC));

    DisputeCase fresh;
    CaseForm registration(db, workspace.mediator, fresh);
    CHECK(registration.findChild<QDateEdit *>(QStringLiteral("received_on"))->date() == QDate(2026, 12, 3));

    StepForm notice(db, id, QStringLiteral("rights_notice"));
    notice.show();
    CHECK(notice.findChild<QDateEdit *>(QStringLiteral("date"))->date() == QDate(2026, 12, 3));
    notice.setValue(QStringLiteral("method"), QStringLiteral("oral"));
    notice.accept();
    REQUIRE(notice.result() == QDialog::Accepted);

    for (const char *kind : {"investigation", "session"}) {
        StepForm form(db, id, QLatin1String(kind));
        form.show();
        auto *time = form.findChild<QDateTimeEdit *>(QStringLiteral("date"));
        REQUIRE(time);
        INFO(kind);
        CHECK(time->text() == QStringLiteral("2026-12-03 05:11"));
    }
    StepForm session(db, id, QStringLiteral("session"));
    session.show();
    session.setValue(QStringLiteral("place"), QStringLiteral("村调解室"));
    session.setValue(QStringLiteral("present"), QStringLiteral("王五、赵六、调解员"));
    session.setValue(QStringLiteral("record"), QStringLiteral("双方各自陈述。"));
    session.accept();
    REQUIRE(session.result() == QDialog::Accepted);
    CHECK(CaseSteps(db).list(id).last().occurred == QStringLiteral("2026-12-03T05:11"));

    CaseDialog page(db, workspace.mediator, id);
    page.show();
    QTreeWidget *timeline = page.timeline();
    CHECK(timeline->topLevelItem(timeline->topLevelItemCount() - 1)->text(0) == QStringLiteral("2026年12月3日 05:11"));
}

TEST_CASE("A party found in the register fills the empty row rather than adding one", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm form(db, workspace.mediator, fresh);
    form.show();
    QApplication::setActiveWindow(&form);
    auto *parties = form.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    auto *find = form.findChild<QLineEdit *>(QStringLiteral("findParty"));
    REQUIRE(parties->rowCount() == 2);
    const auto persons = personsIn(db, workspace.mediator.scope.first(), 3);

    // As the user does it: type the name, choose the match from the list the field offers.
    const auto pick = [&](const QString &name) {
        find->setFocus();
        find->clear();
        type(find, name);
        QAbstractItemView *popup = find->completer()->popup();
        REQUIRE(lianxin::test::waitUntil([&] { return popup->isVisible() && popup->model()->rowCount() > 0; }));
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
    };
    pick(persons.at(0).second);
    REQUIRE(parties->rowCount() == 2);
    CHECK(cellText(parties, 0, kPartyName) == persons.at(0).second);
    CHECK(qobject_cast<QComboBox *>(parties->cellWidget(0, 0))->currentData().toString() ==
          QStringLiteral("applicant"));
    CHECK(cellText(parties, 1, kPartyName).isEmpty());

    pick(persons.at(1).second);
    REQUIRE(parties->rowCount() == 2);
    CHECK(cellText(parties, 1, kPartyName) == persons.at(1).second);
    CHECK(qobject_cast<QComboBox *>(parties->cellWidget(1, 0))->currentData().toString() ==
          QStringLiteral("respondent"));

    // With no empty row left, a further party gets a row of its own.
    pick(persons.at(2).second);
    CHECK(parties->rowCount() == 3);
    CHECK(cellText(parties, 2, kPartyName) == persons.at(2).second);
}

TEST_CASE("Parties' ID numbers and phones are masked for roles that may not reveal them and saved unchanged",
          "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const Account adviser = workspace.account("adviser");
    REQUIRE_FALSE(adviser.permissions().revealPersonalData);
    REQUIRE(workspace.mediator.permissions().revealPersonalData);
    const QString grid = RegionRepository(db).gridsWithin(workspace.mediator.scope).first().id;
    const QString id =
        *DisputeRepository(db).create(lianxin::test::sampleCase(workspace.store, QDate(2026, 11, 28), grid));
    const DisputeCase stored = *DisputeRepository(db).get(id);
    const DisputeParty applicant = stored.parties.at(0);
    REQUIRE_FALSE(applicant.idNumber.isEmpty());
    REQUIRE_FALSE(applicant.phone.isEmpty());

    PartiesEditor masked(db, adviser);
    masked.setParties(stored.parties);
    auto *table = masked.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    CHECK(cellText(table, 0, kPartyId) == maskIdNumber(applicant.idNumber));
    CHECK(cellText(table, 0, kPartyPhone) == maskPhone(applicant.phone));
    CHECK(masked.parties().at(0).idNumber == applicant.idNumber);
    CHECK(masked.parties().at(0).phone == applicant.phone);
    PartiesEditor plain(db, workspace.mediator);
    plain.setParties(stored.parties);
    CHECK(cellText(plain.findChild<QTableWidget *>(QStringLiteral("partiesTable")), 0, kPartyId) == applicant.idNumber);

    // Saved through the form by a role that sees masks, the stored values stay; a number written over the
    // mask is the new value.
    CaseForm form(db, adviser, stored);
    form.show();
    auto *formTable = form.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    CHECK(cellText(formTable, 0, kPartyId) == maskIdNumber(applicant.idNumber));
    form.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("王大山与李小河院墙纠纷"));
    const QString newNumber = lianxin::test::makeIdNumber(QStringLiteral("340828"), QDate(1976, 6, 2), 22);
    formTable->item(1, kPartyId)->setText(newNumber);
    form.accept();
    REQUIRE(form.result() == QDialog::Accepted);
    const DisputeCase saved = *DisputeRepository(db).get(id);
    CHECK(saved.title == QStringLiteral("王大山与李小河院墙纠纷"));
    CHECK(saved.parties.at(0).idNumber == applicant.idNumber);
    CHECK(saved.parties.at(0).phone == applicant.phone);
    CHECK(saved.parties.at(1).idNumber == newNumber);

    // The case page masks them for everyone; a role that may reveal them does, and the reveal is audited.
    CaseDialog adviserPage(db, adviser, id);
    adviserPage.show();
    const QString adviserText = adviserPage.findChild<QLabel *>(QStringLiteral("parties"))->text();
    CHECK(adviserText.contains(maskIdNumber(applicant.idNumber)));
    CHECK(adviserText.contains(maskPhone(applicant.phone)));
    CHECK_FALSE(adviserText.contains(applicant.idNumber));
    CHECK_FALSE(adviserPage.findChild<QPushButton *>(QStringLiteral("revealParties"))->isVisible());

    CaseDialog mediatorPage(db, workspace.mediator, id);
    mediatorPage.show();
    auto *parties = mediatorPage.findChild<QLabel *>(QStringLiteral("parties"));
    CHECK_FALSE(parties->text().contains(applicant.idNumber));
    auto *reveal = mediatorPage.findChild<QPushButton *>(QStringLiteral("revealParties"));
    REQUIRE(reveal->isVisible());
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(parties->text().contains(applicant.idNumber));
    CHECK(parties->text().contains(applicant.phone));
    CHECK(AuditLog(db).revealCount(QStringLiteral("dispute_parties"), applicant.id) == 2);
    CHECK(AuditLog(db).revealCount(QStringLiteral("dispute_parties"), saved.parties.at(1).id) == 1);
}

TEST_CASE("The case page shows the chosen step in full", "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString id = registerThroughForm(workspace, QStringLiteral("王五与赵六山林纠纷"));
    lianxin::test::walkCase(workspace.store, id, QStringLiteral("rights_notice"));
    QString record;
    for (int i = 1; i <= 12; ++i)
        record +=
            QStringLiteral("第%1段：双方就山林界址各自陈述理由，调解员逐条核对林权证与老界石位置，当场记录在案。\n")
                .arg(i);
    record += QStringLiteral("最后双方同意择日再到现场核对。");
    const auto step = CaseSteps(db).add(id, QStringLiteral("session"),
                                        {{QStringLiteral("date"), QStringLiteral("2026-11-29T09:30")},
                                         {QStringLiteral("place"), QStringLiteral("村调解室")},
                                         {QStringLiteral("present"), QStringLiteral("王五、赵六、调解员")},
                                         {QStringLiteral("record"), record},
                                         {QStringLiteral("outcome"), QStringLiteral("continue")}});
    REQUIRE(step);

    CaseDialog page(db, workspace.mediator, id);
    page.resize(1000, 640);
    page.show();
    QTreeWidget *timeline = page.timeline();
    QTreeWidgetItem *session = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    auto *detail = page.findChild<QPlainTextEdit *>(QStringLiteral("stepDetail"));
    REQUIRE(detail);
    timeline->setCurrentItem(session);
    CHECK(detail->toPlainText().contains(record));
    CHECK(detail->toPlainText().contains(QStringLiteral("村调解室")));
    CHECK(session->toolTip(2).contains(QStringLiteral("最后双方同意择日再到现场核对。")));
    timeline->setCurrentItem(timeline->topLevelItem(0));
    CHECK(detail->toPlainText().contains(QStringLiteral("两户因排水沟堵塞争吵。")));
    timeline->setCurrentItem(session);
    screenshot(page, QStringLiteral("case-page-step"));
}

TEST_CASE("Two outcomes from two devices: the case page says so and the mediator chooses the one that stands",
          "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString id = registerThroughForm(workspace, QStringLiteral("张三与李四排水纠纷"));
    CaseSteps steps(db);
    REQUIRE(steps
                .add(id, QStringLiteral("rights_notice"),
                     {{QStringLiteral("date"), QStringLiteral("2026-11-29")},
                      {QStringLiteral("method"), QStringLiteral("oral")}})
                .ok());
    REQUIRE(steps
                .add(id, QStringLiteral("session"),
                     {{QStringLiteral("date"), QStringLiteral("2026-11-29T09:00")},
                      {QStringLiteral("place"), QStringLiteral("村部")},
                      {QStringLiteral("present"), QStringLiteral("张三、李四")},
                      {QStringLiteral("record"), QStringLiteral("各自陈述。")},
                      {QStringLiteral("outcome"), QStringLiteral("continue")}})
                .ok());
    REQUIRE(steps
                .add(id, QStringLiteral("mediation_ended"),
                     {{QStringLiteral("date"), QStringLiteral("2026-11-29")},
                      {QStringLiteral("reason"), QStringLiteral("分歧过大")},
                      {QStringLiteral("routes"), QStringList{QStringLiteral("litigation")}}})
                .ok());
    const QString agreement =
        lianxin::test::recordOnAnotherDevice(workspace.store, id, QStringLiteral("agreement"),
                                             {{QStringLiteral("date"), QStringLiteral("2026-11-29")},
                                              {QStringLiteral("form"), QStringLiteral("oral")},
                                              {QStringLiteral("disputed_points"), QStringLiteral("排水沟堵塞。")},
                                              {QStringLiteral("terms"), QStringLiteral("李四疏通排水沟。")},
                                              {QStringLiteral("manner"), QStringLiteral("自行疏通")},
                                              {QStringLiteral("performance_deadline"), QStringLiteral("2026-12-05")}});

    {
        // A legal adviser reads the notice but decides nothing.
        CaseDialog page(db, workspace.account("adviser"), id);
        page.show();
        CHECK(page.findChild<QLabel *>(QStringLiteral("fork"))->isVisible());
        CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("chooseOutcome"))->isVisible());
    }
    CaseDialog page(db, workspace.mediator, id);
    page.resize(1366, 768);
    page.show();
    CHECK(page.findChild<QLabel *>(QStringLiteral("fork"))->isVisible());
    CHECK(page.findChild<QLabel *>(QStringLiteral("fork"))->text().contains(QStringLiteral("不同设备")));
    CHECK(page.findChild<QPushButton *>(QStringLiteral("chooseOutcome"))->isVisible());
    CHECK_FALSE(page.findChild<QToolButton *>(QStringLiteral("recordStep"))->isEnabled());
    QStringList labels;
    for (int i = 0; i < page.timeline()->topLevelItemCount(); ++i)
        labels.append(page.timeline()->topLevelItem(i)->text(1));
    CHECK(labels.filter(QStringLiteral("待选定")).size() == 2);
    screenshot(page, QStringLiteral("case-two-outcomes"));

    OutcomeChoiceDialog dialog(db, id, CaseSteps(db).list(id), &page);
    dialog.show();
    CHECK(dialog.findChildren<QRadioButton *>().size() == 2);
    for (const QSize screen : {QSize(1366, 768), QSize(1024, 768)}) {
        const QSize room = screen - QSize(0, 40) - kWindowFrameAllowance;
        CHECK(dialog.minimumSizeHint().width() <= room.width());
        CHECK(dialog.minimumSizeHint().height() <= room.height());
    }
    screenshot(dialog, QStringLiteral("choose-outcome"));
    dialog.choose(agreement, QString());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // the reason is required, and the dialog says so
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("原因")));
    dialog.choose(agreement, QStringLiteral("双方已在协议登记表上签字，以协议为准。"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(DisputeRepository(db).get(id)->status == QStringLiteral("agreed"));

    CaseDialog after(db, workspace.mediator, id);
    after.show();
    CHECK_FALSE(after.findChild<QLabel *>(QStringLiteral("fork"))->isVisible());
    CHECK(after.findChild<QToolButton *>(QStringLiteral("recordStep"))->isEnabled());
    QStringList settled;
    for (int i = 0; i < after.timeline()->topLevelItemCount(); ++i)
        settled.append(after.timeline()->topLevelItem(i)->text(1) + QLatin1Char(' ') +
                       after.timeline()->topLevelItem(i)->text(2));
    CHECK(settled.filter(QStringLiteral("（已搁置）")).size() == 1);
    CHECK(settled.filter(QStringLiteral("李四疏通排水沟")).size() >= 2); // the agreement, and the choice naming it
}

TEST_CASE("In the registration, Enter in the register lookup takes the first match, and the wheel scrolls past fields",
          "[ui][disputes]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    DisputeCase fresh;
    fresh.receivedOn = QDate(2026, 11, 29);
    CaseForm form(db, workspace.mediator, fresh);
    form.resize(900, 500); // small enough that the fields scroll
    form.show();
    QApplication::setActiveWindow(&form);
    auto *parties = form.findChild<QTableWidget *>(QStringLiteral("partiesTable"));
    auto *find = form.findChild<QLineEdit *>(QStringLiteral("findParty"));
    REQUIRE(find);
    // A surname of the demo register, as typed with an input method.
    QSqlQuery person = db.prepare(QStringLiteral("SELECT name FROM persons WHERE deleted = 0 ORDER BY name LIMIT 1"));
    REQUIRE(db.exec(person).ok());
    REQUIRE(person.next());
    find->setFocus();
    find->setText(person.value(0).toString());
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(form.result() != QDialog::Accepted);
    CHECK(form.errorOf(QStringLiteral("title")).isEmpty()); // nothing was saved, so nothing is missing yet
    CHECK(find->text().isEmpty());
    bool added = false;
    for (int row = 0; row < parties->rowCount(); ++row)
        added = added || cellText(parties, row, kPartyName) == person.value(0).toString();
    CHECK(added);

    // The wheel over a drop-down that does not have the focus scrolls the form, never changes the choice.
    auto *category = form.findChild<QComboBox *>(QStringLiteral("category"));
    REQUIRE(category);
    find->setFocus();
    const int before = category->currentIndex();
    const auto turnWheel = [category] {
        const QPointF at(category->width() / 2.0, category->height() / 2.0);
        QWheelEvent wheel(at, category->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(category, &wheel);
    };
    turnWheel();
    CHECK(category->currentIndex() == before);
    category->setFocus();
    turnWheel();
    CHECK(category->currentIndex() != before); // once chosen with a click or Tab, the wheel may change it
}
