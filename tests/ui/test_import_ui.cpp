// The roster import wizard as an officer uses it: a GBK CSV roster of the officer's grid, the columns as
// guessed, the preview naming the bad row, the bad household left out and saved to fix, the rest imported.
#include "core/import/Workbook.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Modal.h"
#include "tests/support/TestStore.h"
#include "tests/support/Wait.h"
#include "ui/import/ColumnChoices.h"
#include "ui/import/RosterImportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::DemoWorkspace;
using lianxin::test::makeIdNumber;
using lianxin::test::scalar;
using lianxin::test::waitUntil;

namespace {
QString id(int year, int sequence)
{
    return makeIdNumber(QStringLiteral("340828"), QDate(year, 5, 1), sequence);
}
} // namespace

TEST_CASE("An officer imports a GBK roster: the bad household is named, left out and saved to fix", "[ui][import]")
{
    DemoWorkspace workspace(21, 30);
    test::Chinese chinese;
    QTemporaryDir dir;
    const QString roster = dir.filePath(QStringLiteral("花名册.csv"));
    const QString text = QStringLiteral("天堂镇菖蒲村花名册\r\n"
                                        "户号,姓名,与户主关系,身份证号码,联系电话,家庭住址\r\n"
                                        "A1,程明,户主,%1,13905561111,新村组1号\r\n"
                                        "A1,汪芳,配偶,%2,,\r\n"
                                        "A2,程亮,户主,%3,12345,新村组2号\r\n")
                             .arg(id(1961, 11), id(1963, 22), id(1970, 31));
    QFile file(roster);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QStringEncoder gbk("GB18030");
    file.write(gbk.encode(text));
    file.close();

    const Account officer = workspace.account("officer");
    RosterImportDialog dialog(workspace.store.db(), officer);
    QSignalSpy imported(&dialog, &RosterImportDialog::imported);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.width() <= 1366);
    CHECK(dialog.height() <= 768);
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
    auto *grid = dialog.findChild<QComboBox *>(QStringLiteral("grid"));
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("next"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("import"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(grid->count() >= 1);
    const QString gridId = grid->currentData().toString();

    // Without a file the first step says so.
    next->click();
    CHECK(message->text().contains(QStringLiteral("文件")));

    path->setText(roster);
    emit path->editingFinished();
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("sheet"))->currentText() == QStringLiteral("花名册"));
    next->click();
    auto *columns = dialog.findChild<ColumnChoices *>();
    REQUIRE(waitUntil([&] { return columns->isVisible(); }, 20000));
    CHECK(columns->choice(import::RosterField::IdNumber)->currentText().contains(QStringLiteral("身份证号码")));
    CHECK(columns->choice(import::RosterField::HouseholdKey)->currentText().startsWith(QStringLiteral("A")));

    next->click();
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("problems"));
    REQUIRE(waitUntil([&] { return problems->isVisible(); }, 20000));
    REQUIRE(problems->rowCount() >= 1);
    bool phoneNamed = false;
    for (int row = 0; row < problems->rowCount(); ++row)
        phoneNamed = phoneNamed || (problems->item(row, 0)->text() == QStringLiteral("5") &&
                                    problems->item(row, 1)->text().contains(QStringLiteral("联系电话")) &&
                                    problems->item(row, 2)->text() == QStringLiteral("错误"));
    CHECK(phoneNamed);

    // Refusing the whole roster is the default: Import says why and writes nothing.
    importButton->click();
    CHECK(message->text().contains(QStringLiteral("错误")));
    CHECK(imported.isEmpty());

    // The bad household saved to fix: a reason column before the roster's own.
    QString refused;
    test::onNextModal<QFileDialog>([&](QFileDialog *save) {
        REQUIRE(QTest::qWaitForWindowExposed(save));
        save->setDirectory(dir.path());
        QCoreApplication::processEvents();
        static_cast<QDialog *>(save)->accept(); // as the Save button does, with the name proposed
        refused = save->selectedFiles().value(0);
    });
    dialog.findChild<QPushButton *>(QStringLiteral("saveRefused"))->click();
    CHECK(refused.endsWith(QStringLiteral("花名册 - 未导入的行.xlsx")));
    REQUIRE(QFile::exists(refused));
    const auto saved = import::readSheet(refused);
    REQUIRE(saved.ok());
    REQUIRE(saved->rows.size() == 2);
    CHECK(saved->rows.at(1).at(1).text == QStringLiteral("5"));
    INFO(saved->rows.at(1).at(0).text.toStdString());
    CHECK(saved->rows.at(1).at(0).text.startsWith(QStringLiteral("E 列：")));

    dialog.findChild<QRadioButton *>(QStringLiteral("skipBad"))->setChecked(true);
    importButton->click();
    REQUIRE(waitUntil([&] { return !imported.isEmpty(); }, 20000));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1")));
    CHECK(scalar(workspace.store.db(),
                 QStringLiteral("SELECT count(*) FROM persons p JOIN households h ON h.id = p.household_id "
                                "WHERE h.roster_key = 'A1' AND h.grid_id = ? AND p.updated_by = ?"),
                 {gridId, officer.id})
              .toInt() == 2);
    CHECK(scalar(workspace.store.db(), QStringLiteral("SELECT count(*) FROM households WHERE roster_key = 'A2'"))
              .toInt() == 0);
    // The audit log says who imported into which grid, and what it added.
    CHECK(scalar(workspace.store.db(),
                 QStringLiteral("SELECT json_extract(detail, '$.persons_added') FROM audit_log WHERE action = 'import' "
                                "AND account_id = ? AND row_id = ?"),
                 {officer.id, gridId})
              .toInt() == 2);
}
