// The Export… button as a mediator uses it: the file chosen in the dialog, CSV when CSV is the type chosen
// (even with no extension typed), the rows written off the window's thread, and the next export opening
// where the last one went.
#include "core/import/Workbook.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Modal.h"
#include "tests/support/TestStore.h"
#include "ui/mediation/DisputesPage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::DemoWorkspace;
using lianxin::test::scalar;

TEST_CASE("A mediator exports the case list as CSV, and the next export opens in the same folder", "[ui][export]")
{
    DemoWorkspace workspace(23, 40);
    test::Chinese chinese;
    const Account mediator = workspace.account("mediator");
    DisputesPage page(workspace.store.db(), mediator);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportCases"));
    REQUIRE(exportButton);

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("导出"));
    REQUIRE(QDir().mkpath(folder));
    QString message;
    test::onNextModal<QFileDialog>([&](QFileDialog *save) {
        REQUIRE(QTest::qWaitForWindowExposed(save));
        save->setDirectory(folder);
        save->selectNameFilter(save->nameFilters().last()); // CSV
        QCoreApplication::processEvents();
        auto *name = save->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        name->setText(QStringLiteral("案件清单")); // typed without an extension
        QCoreApplication::processEvents();
        test::onNextModal<QMessageBox>([&](QMessageBox *done) {
            message = done->text();
            done->accept();
        });
        static_cast<QDialog *>(save)->accept();
    });
    exportButton->click();
    const QString csv = QDir(folder).filePath(QStringLiteral("案件清单.csv"));
    INFO(QDir(folder).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString() + " | " + message.toStdString());
    REQUIRE(QFile::exists(csv));
    CHECK(message.contains(QStringLiteral("案件清单.csv")));
    const auto sheet = import::readSheet(csv);
    REQUIRE(sheet.ok());
    CHECK(sheet->rows.value(0).value(0).text == QStringLiteral("案号"));
    CHECK(scalar(workspace.store.db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND table_name = 'cases' AND "
                                "account_id = ? AND json_extract(detail, '$.format') = 'csv'"),
                 {mediator.id})
              .toInt() == 1);

    // The next export proposes the folder the last one went to; cancelling it writes nothing.
    QString proposed;
    test::onNextModal<QFileDialog>([&](QFileDialog *save) {
        REQUIRE(QTest::qWaitForWindowExposed(save));
        proposed = save->directory().absolutePath();
        save->reject();
    });
    exportButton->click();
    CHECK(proposed == QDir(folder).absolutePath());
    CHECK(scalar(workspace.store.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt() == 1);
}
