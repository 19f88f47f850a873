#include "core/mediation/DisputeRepository.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsLedger.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/service/Visits.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Disputes.h"
#include "tests/support/Modal.h"
#include "tests/support/PdfText.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/documents/PageLayout.h"
#include "ui/forms/HouseholdForm.h"
#include "ui/forms/PagedTableView.h"
#include "ui/register/HouseholdDialog.h"
#include "ui/register/HouseholdTableModel.h"
#include "ui/register/RegisterPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::Chinese;
using lianxin::test::DemoWorkspace;
using lianxin::test::onNextModal;
using lianxin::test::pdfText;
using lianxin::test::squeezed;
using lianxin::test::waitUntil;

namespace {
using Column = HouseholdTableModel::Column;

PagedTableView *householdsOf(QWidget &page)
{
    auto *table = page.findChild<PagedTableView *>(QStringLiteral("households"));
    REQUIRE(table);
    return table;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Every household of the filter through the repository, in small pages: the keyset crosses many pages.
QList<HouseholdRow> everyRow(Database &db, const HouseholdFilter &filter)
{
    QList<HouseholdRow> rows;
    PageCursor cursor;
    for (;;) {
        const Page<HouseholdRow> page = HouseholdRepository(db).list(filter, cursor, 7);
        rows += page.rows;
        if (!page.hasMore)
            return rows;
        cursor = page.next;
    }
}

// The value a sort orders by first, as a person reads the column; compared with < and ==.
QString firstKey(Database &db, Column column, const HouseholdRow &row)
{
    const auto region = [&db](const QString &id) { return RegionRepository(db).get(id); };
    switch (column) {
    case Column::Head:
        // Named heads first (in the order of their characters), the households without one after them.
        return row.headName.isEmpty() ? QStringLiteral("\uffff") : row.headName;
    case Column::Members:
        return QStringLiteral("%1").arg(row.memberCount, 3, 10, QLatin1Char('0'));
    case Column::Village:
        return region(region(row.gridId)->parentId)->code;
    case Column::Grid:
        return QStringLiteral("%1").arg(region(row.gridId)->sortOrder, 4, 10, QLatin1Char('0'));
    case Column::Tags: {
        // The position of the first tag in the vocabulary; untagged last.
        for (qsizetype i = 0; i < vocabulary::householdTags().size(); ++i) {
            if (row.tags.contains(QLatin1String(vocabulary::householdTags().at(i).code)))
                return QString::number(i);
        }
        return QStringLiteral("~");
    }
    default:
        return {};
    }
}
// A dispute case with `member` as applicant, in the household's grid, and a points entry of the household
// naming the member; returns their ids.
std::pair<QString, QString> caseAndPoints(DemoWorkspace &workspace, const HouseholdRow &household, const Person &member)
{
    Database &db = workspace.store.db();
    DisputeCase dispute = lianxin::test::sampleCase(workspace.store, QDate(2026, 3, 2), household.gridId);
    dispute.title = QStringLiteral("院墙边界纠纷");
    dispute.parties[0].personId = member.id;
    dispute.parties[0].name = member.name;
    dispute.parties[0].idNumber = member.idNumber;
    const auto disputeId = DisputeRepository(db).create(dispute);
    REQUIRE(disputeId.ok());
    const QString village = RegionRepository(db).get(household.gridId)->parentId;
    REQUIRE(PointsCatalogue(db).installDefault(village).ok());
    PointsEntry entry;
    entry.householdId = household.id;
    entry.personId = member.id;
    for (const Indicator &indicator : PointsCatalogue(db).current(village)) {
        if (!indicator.evidenceRequired && indicator.minPoints > 0 && entry.indicatorId.isEmpty()) {
            entry.indicatorId = indicator.id;
            entry.points = indicator.minPoints;
        }
    }
    entry.deedOn = QDate(2026, 3, 5);
    entry.proposedBy = QStringLiteral("网格员");
    const auto entryId = PointsLedger(db).propose(entry);
    INFO((entryId ? QString() : entryId.error().message).toStdString());
    REQUIRE(entryId.ok());
    return {*disputeId, *entryId};
}
} // namespace

TEST_CASE("Every column of the register sorts both ways in SQL, across pages", "[ui][register]")
{
    DemoWorkspace workspace(11, 300);
    Database &db = workspace.store.db();
    const Account admin = workspace.account("admin");
    RegisterPage page(db, admin, workspace.settings);
    page.resize(1300, 700);
    page.show();
    PagedTableView *table = householdsOf(page);
    QAbstractItemModel &model = *table->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (const Column column : {Column::Head, Column::Members, Column::Village, Column::Grid, Column::Tags}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << int(column) << (order == Qt::AscendingOrder ? " ascending" : " descending"));
            // Every household once, each page's keyset continuing where the last ended, in order.
            HouseholdFilter filter;
            filter.scope = admin.scope;
            filter.sort = HouseholdSort(int(column));
            filter.descending = order == Qt::DescendingOrder;
            const QList<HouseholdRow> rows = everyRow(db, filter);
            REQUIRE(rows.size() == 300);
            QSet<QString> ids;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                ids.insert(rows.at(i).id);
                if (i > 0) {
                    const QString before = firstKey(db, column, rows.at(i - 1));
                    const QString after = firstKey(db, column, rows.at(i));
                    CHECK((order == Qt::AscendingOrder ? before <= after : before >= after));
                }
            }
            CHECK(ids.size() == 300);
            QStringList keys;
            for (const HouseholdRow &row : rows)
                keys.append(firstKey(db, column, row));
            std::sort(keys.begin(), keys.end());
            const QString expectedFirst = order == Qt::AscendingOrder ? keys.first() : keys.last();

            // The header sorts the list: its first row holds the smallest (or largest) value.
            table->sortByColumn(column, order);
            CHECK(table->horizontalHeader()->sortIndicatorSection() == column);
            REQUIRE(model.rowCount() == HouseholdTableModel::kPageSize);
            CHECK(firstKey(db, column, rows.first()) == expectedFirst);
            CHECK(model.index(0, 0).data(HouseholdTableModel::kIdRole).toString() == rows.first().id);
            CHECK(cell(model, 1, 0) == rows.at(1).address);
        }
    }
    // The first rows as a person reads them.
    table->sortByColumn(Column::Grid, Qt::AscendingOrder);
    CHECK(cell(model, 0, Column::Grid) == QStringLiteral("第1网格"));
    table->sortByColumn(Column::Tags, Qt::AscendingOrder);
    CHECK(cell(model, 0, Column::Tags).startsWith(vocabulary::householdTags().first().label()));
    table->sortByColumn(Column::Tags, Qt::DescendingOrder);
    CHECK(cell(model, 0, Column::Tags).isEmpty());
    table->sortByColumn(Column::Members, Qt::DescendingOrder);
    CHECK(cell(model, 0, Column::Members).toInt() >= cell(model, 199, Column::Members).toInt());
}

TEST_CASE("Clear filters resets every filter and the search text at once", "[ui][register]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    RegisterPage page(workspace.store.db(), workspace.account("admin"), workspace.settings);
    page.resize(1300, 700);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *village = page.findChild<QComboBox *>(QStringLiteral("village"));
    auto *grid = page.findChild<QComboBox *>(QStringLiteral("grid"));
    auto *tag = page.findChild<QComboBox *>(QStringLiteral("tag"));
    auto *find = page.findChild<QLineEdit *>(QStringLiteral("find"));
    auto *clear = page.findChild<QPushButton *>(QStringLiteral("clearFilters"));
    REQUIRE((village && grid && tag && find && clear));
    auto *model = qobject_cast<HouseholdTableModel *>(householdsOf(page)->model());
    CHECK(model->totalCount() == 300);
    CHECK_FALSE(clear->isEnabled());

    village->setCurrentIndex(1);
    grid->setCurrentIndex(1);
    tag->setCurrentIndex(tag->findData(QStringLiteral("left_behind")));
    const int filtered = model->totalCount();
    CHECK(filtered < 100);
    CHECK(clear->isEnabled());
    // The search text narrows further: a member's name of the first household found.
    const QString head = cell(*model, 0, Column::Head);
    find->setText(head);
    CHECK(model->totalCount() >= 1);
    CHECK(model->totalCount() <= filtered);
    CHECK(cell(*model, 0, Column::Head) == head);

    // One action (the button's Alt shortcut) shows everything again.
    QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
    // A button's shortcut clicks it as a mouse would, a moment later.
    REQUIRE(waitUntil([&] { return village->currentIndex() == 0; }));
    CHECK(village->currentIndex() == 0);
    CHECK(grid->currentIndex() == 0);
    CHECK_FALSE(grid->isEnabled());
    CHECK(tag->currentIndex() == 0);
    CHECK(find->text().isEmpty());
    CHECK(model->totalCount() == 300);
    CHECK(model->filter().villageId.isEmpty());
    CHECK(model->filter().text.isEmpty());
    CHECK_FALSE(clear->isEnabled());
}

TEST_CASE("Ctrl+End reaches the last household of 5,000 and Ctrl+Home the first", "[ui][register]")
{
    DemoWorkspace workspace(3, 5000);
    Database &db = workspace.store.db();
    RegisterPage page(db, workspace.account("admin"), workspace.settings);
    page.resize(1300, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    PagedTableView *table = householdsOf(page);
    auto *model = qobject_cast<HouseholdTableModel *>(table->model());
    REQUIRE(model->totalCount() == 5000);
    CHECK(model->rowCount() < 5000);
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));

    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(model->rowCount() == 5000);
    CHECK(table->currentIndex().row() == 4999);
    QSqlQuery last = db.prepare(
        QStringLiteral("SELECT id FROM households WHERE deleted = 0 ORDER BY sort_key DESC, id DESC LIMIT 1"));
    REQUIRE(db.exec(last).ok());
    REQUIRE(last.next());
    CHECK(table->currentId() == last.value(0).toString());
    CHECK(table->selectionModel()->isRowSelected(4999, {}));

    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 0);
    CHECK(table->selectionModel()->isRowSelected(0, {}));
}

TEST_CASE("After a save and after a sync the register keeps its column widths, its sort and the selected row",
          "[ui][register]")
{
    DemoWorkspace workspace(11, 600);
    Database &db = workspace.store.db();
    const Account admin = workspace.account("admin");
    MainWindow window(db, admin, workspace.settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showArea(MainWindow::Register);
    PagedTableView *table = householdsOf(window);
    QHeaderView *header = table->horizontalHeader();
    table->sortByColumn(Column::Members, Qt::DescendingOrder);
    header->resizeSection(Column::Address, 310);
    header->resizeSection(Column::Head, 140);
    header->resizeSection(Column::Village, 70);
    QList<int> widths;
    for (int column = 0; column < Column::ColumnCount - 1; ++column)
        widths.append(header->sectionSize(column));
    // A household on the second page.
    table->model()->fetchMore({});
    table->setFocus();
    table->selectRow(250);
    const QString chosen = table->currentId();
    REQUIRE_FALSE(chosen.isEmpty());

    // Enter opens the household file; its notes are changed and saved there.
    onNextModal<HouseholdDialog>([](HouseholdDialog *dialog) {
        onNextModal<HouseholdForm>([](HouseholdForm *form) {
            form->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("屋后有滑坡隐患"));
            form->accept();
        });
        dialog->editHousehold();
        dialog->accept();
    });
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(HouseholdRepository(db).get(chosen)->notes == QStringLiteral("屋后有滑坡隐患"));

    const auto unchanged = [&] {
        // The second page is fetched again once the reset is over.
        CHECK(waitUntil([&] { return table->currentId() == chosen; }));
        CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
        CHECK(header->sortIndicatorSection() == Column::Members);
        CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
        for (int column = 0; column < widths.size(); ++column)
            CHECK(header->sectionSize(column) == widths.at(column));
        const auto *model = qobject_cast<HouseholdTableModel *>(table->model());
        CHECK(model->filter().sort == HouseholdSort::Members);
        CHECK(model->filter().descending);
    };
    unchanged();

    // A sync that brought changes reads the register again.
    Household other = *HouseholdRepository(db).get(qobject_cast<HouseholdTableModel *>(table->model())->householdId(3));
    other.notes = QStringLiteral("另一台电脑上改的");
    REQUIRE(HouseholdRepository(db).update(other).ok());
    window.findChild<RegisterPage *>()->reload();
    unchanged();
}

TEST_CASE("The household file's history names the people who changed it", "[ui][register]")
{
    DemoWorkspace workspace(21, 120);
    Database &db = workspace.store.db();
    const Account officer = workspace.account("officer");
    HouseholdFilter inScope;
    inScope.scope = officer.scope;
    const QString householdId = HouseholdRepository(db).list(inScope, {}, 1).rows.first().id;
    // The demo made the household with nobody signed in; the officer changes it and one of its members.
    workspace.store.clock().advanceSeconds(3600);
    db.setActor(officer.id);
    Household household = *HouseholdRepository(db).get(householdId);
    household.notes = QStringLiteral("新装了自来水");
    REQUIRE(HouseholdRepository(db).update(household).ok());
    workspace.store.clock().advanceSeconds(60);
    Person member = PersonRepository(db).members(householdId).last();
    member.occupation = QStringLiteral("茶农");
    REQUIRE(PersonRepository(db).update(member).ok());

    HouseholdDialog dialog(db, officer, householdId);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("fileTabs"));
    REQUIRE(tabs);
    auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("history"));
    REQUIRE(history);
    tabs->setCurrentWidget(history->parentWidget());
    QStringList lines;
    for (int row = 0; row < history->rowCount(); ++row)
        lines.append(history->item(row, 1)->text() + QLatin1Char(' ') + history->item(row, 2)->text());
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    bool householdByOfficer = false;
    bool memberByOfficer = false;
    bool deviceNamed = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        const QString who = history->item(row, 1)->text();
        const QString what = history->item(row, 2)->text();
        householdByOfficer = householdByOfficer || (who == officer.displayName && !what.contains(member.name));
        memberByOfficer = memberByOfficer || (who == officer.displayName && what.contains(member.name));
        // A member the demo recorded and nobody changed since: no account, so the computer.
        deviceNamed = deviceNamed || who == QStringLiteral("device %1").arg(db.deviceId().left(8));
    }
    CHECK(householdByOfficer);
    CHECK(memberByOfficer);
    CHECK(deviceNamed);
    // Newest first: the member's change was the last.
    CHECK(history->item(0, 2)->text().contains(member.name));
}

TEST_CASE("The household file prints on A4 with its head, members masked, and the lists", "[ui][register]")
{
    DemoWorkspace workspace(21, 120);
    Database &db = workspace.store.db();
    const Account officer = workspace.account("officer");
    HouseholdFilter inScope;
    inScope.scope = officer.scope;
    HouseholdRow row;
    for (const HouseholdRow &candidate : HouseholdRepository(db).list(inScope, {}, 50).rows) {
        if (candidate.memberCount >= 2 && !candidate.headName.isEmpty()) {
            row = candidate;
            break;
        }
    }
    REQUIRE_FALSE(row.id.isEmpty());
    const QList<Person> members = PersonRepository(db).members(row.id);
    const Person other = members.first().name == row.headName ? members.at(1) : members.first();
    REQUIRE_FALSE(other.idNumber.isEmpty());
    caseAndPoints(workspace, row, other);
    for (int day = 1; day <= 4; ++day) {
        Visit visit;
        visit.householdId = row.id;
        visit.visitedOn = QDate(2026, 3, day);
        visit.workers = {officer.displayName};
        visit.situation = QStringLiteral("第%1次走访，家中一切正常").arg(day);
        REQUIRE(VisitRepository(db).record(visit, {}).ok());
    }

    HouseholdDialog dialog(db, officer, row.id);
    QTemporaryDir dir;
    const QString path = qEnvironmentVariable("LIANXIN_KEEP_PDF", dir.path()) + QStringLiteral("/household.pdf");
    const auto pages = documents::writePdfFile(path, QStringLiteral("一户一档"),
                                               [&](QPagedPaintDevice &) { return dialog.fileDocument(); });
    REQUIRE(pages.ok());
    CHECK(*pages == 1);
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(QStringLiteral("一户一档")));
    CHECK(text.contains(squeezed(row.address)));
    CHECK(text.contains(row.gridName));
    CHECK(text.contains(QStringLiteral("户主") + row.headName));
    CHECK(text.contains(other.name));
    // Masked as the screen shows it: the officer revealed nobody.
    CHECK_FALSE(text.contains(other.idNumber));
    CHECK(text.contains(maskIdNumber(other.idNumber)));
    for (const char *heading : {"家庭成员", "走访记录", "服务事项", "矛盾纠纷", "道德积分"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    // The latest visits, and how many more there are; the case and the points entry.
    CHECK(text.contains(QStringLiteral("第4次走访")));
    CHECK_FALSE(text.contains(QStringLiteral("第1次走访")));
    CHECK(text.contains(QStringLiteral("另有1条")));
    CHECK(text.contains(QStringLiteral("院墙边界纠纷")));
}

TEST_CASE("The household file lists the cases of its members and its points entries, each opening in its area",
          "[ui][register]")
{
    DemoWorkspace workspace(21, 120);
    Chinese chinese;
    Database &db = workspace.store.db();
    const Account officer = workspace.account("officer");
    HouseholdFilter inScope;
    inScope.scope = officer.scope;
    const HouseholdRow row = HouseholdRepository(db).list(inScope, {}, 1).rows.first();
    const Person member = PersonRepository(db).members(row.id).first();

    const auto [disputeId, entryId] = caseAndPoints(workspace, row, member);

    HouseholdDialog dialog(db, officer, row.id);
    dialog.show();
    auto *cases = dialog.findChild<QTableWidget *>(QStringLiteral("householdCases"));
    auto *points = dialog.findChild<QTableWidget *>(QStringLiteral("householdPoints"));
    REQUIRE((cases && points));
    REQUIRE(cases->rowCount() == 1);
    CHECK(cases->item(0, 3)->text() == QStringLiteral("院墙边界纠纷"));
    CHECK(cases->item(0, 4)->text().contains(member.name));
    REQUIRE(points->rowCount() == 1);
    CHECK(points->item(0, 1)->text() == member.name);

    // Enter on the case closes the file and asks for the case in the disputes area.
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("fileTabs"));
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("links")));
    cases->setFocus();
    cases->setCurrentCell(0, 0);
    QTest::keyClick(cases, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.caseToOpen() == disputeId);

    // A role that does not work with cases sees no case, nor that there is one.
    HouseholdDialog unitHead(db, workspace.account("unithead"), row.id);
    CHECK(unitHead.findChild<QTableWidget *>(QStringLiteral("householdCases")) == nullptr);
    CHECK(unitHead.findChild<QTableWidget *>(QStringLiteral("householdPoints"))->rowCount() == 1);
}

TEST_CASE("The register prints what its filter shows", "[ui][register]")
{
    DemoWorkspace workspace(11, 300);
    Database &db = workspace.store.db();
    const Account admin = workspace.account("admin");
    RegisterPage page(db, admin, workspace.settings);
    auto *village = page.findChild<QComboBox *>(QStringLiteral("village"));
    auto *tag = page.findChild<QComboBox *>(QStringLiteral("tag"));
    village->setCurrentIndex(1);
    tag->setCurrentIndex(tag->findData(QStringLiteral("left_behind")));
    auto *model = qobject_cast<HouseholdTableModel *>(householdsOf(page)->model());
    const int shown = model->totalCount();
    REQUIRE(shown > 0);

    QTemporaryDir dir;
    const QString path = qEnvironmentVariable("LIANXIN_KEEP_PDF", dir.path()) + QStringLiteral("/list.pdf");
    REQUIRE(documents::writePdfFile(
                path, QStringLiteral("户籍清单"), [&](QPagedPaintDevice &) { return page.listDocument(); },
                QPageSize::A4, QPageLayout::Landscape)
                .ok());
    const QString text = squeezed(pdfText(path));
    CHECK(text.contains(QStringLiteral("户籍清单")));
    CHECK(text.contains(QStringLiteral("村（社区）：%1").arg(village->currentText())));
    CHECK(text.contains(QStringLiteral("标签：留守")));
    CHECK(text.contains(QStringLiteral("共%1户").arg(shown)));
    // Every household the filter shows, and no other.
    HouseholdFilter all;
    all.scope = admin.scope;
    REQUIRE(HouseholdRepository(db)
                .forEach(all,
                         [&](const HouseholdRow &row) {
                             const bool listed = row.villageName == village->currentText() &&
                                                 row.tags.contains(QStringLiteral("left_behind"));
                             if (listed) {
                                 INFO(row.address.toStdString() << row.houseNumber.toStdString());
                                 CHECK(text.contains(squeezed(row.address + row.houseNumber + row.headName)));
                             }
                             return true;
                         })
                .ok());
    CHECK(text.contains(QStringLiteral("%1").arg(shown)));
}
