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
