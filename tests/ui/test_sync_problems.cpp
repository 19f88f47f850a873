#include "core/register/HouseholdRepository.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/sync/SyncProblems.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "ui/forms/Ask.h"
#include "ui/sync/SyncProblemsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::Chinese;
using lianxin::test::DemoWorkspace;
using lianxin::test::screenshot;

TEST_CASE("The sync problems dialog lists conflicts and refused changes, and records decisions", "[ui][sync]")
{
    DemoWorkspace workspace(31, 30);
    Database &db = workspace.store.db();
    const HouseholdRow household = HouseholdRepository(db).list({}, {}, 1).rows.first();
    const Account officer = workspace.account("officer");
    // As a pull would bring it: the officer's address lost to a colleague's.
    RecordWriter writer(db);
    REQUIRE(writer.insert(tables::conflicts(),
                          {{QStringLiteral("table_name"), QStringLiteral("households")},
                           {QStringLiteral("row_id"), household.id},
                           {QStringLiteral("field"), QStringLiteral("address")},
                           {QStringLiteral("kept_value"), household.address},
                           {QStringLiteral("kept_by"), workspace.account("admin").id},
                           {QStringLiteral("kept_at"), QStringLiteral("2026-11-28T09:00:00.000Z")},
                           {QStringLiteral("lost_value"), QStringLiteral("天堂镇新地址")},
                           {QStringLiteral("lost_by"), officer.id},
                           {QStringLiteral("lost_at"), QStringLiteral("2026-11-28T09:05:00.000Z")}})
                .ok());
    // A household made here that the server refused: no one lives in it yet.
    Household lonely;
    lonely.gridId = household.gridId;
    lonely.address = QStringLiteral("天堂镇新建户");
    const auto lonelyId = HouseholdRepository(db).create(lonely);
    REQUIRE(lonelyId.ok());
    QSqlQuery refused = db.prepare(QStringLiteral(
        "INSERT INTO sync_rejections VALUES ('households', ?, 1, 'scope', 'grid_id', 'outside', '2026-11-29T01:00:00.000Z')"));
    refused.addBindValue(*lonelyId);
    REQUIRE(db.exec(refused).ok());

    Chinese chinese;
    db.setActor(officer.id);
    SyncProblemsDialog dialog(db, officer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *conflicts = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    auto *refusals = dialog.findChild<QTableWidget *>(QStringLiteral("refused"));
    REQUIRE(conflicts->rowCount() == 1);
    CHECK(conflicts->item(0, 1)->text() == QStringLiteral("地址"));
    CHECK(conflicts->item(0, 4)->text() == QStringLiteral("天堂镇新地址"));
    CHECK(conflicts->item(0, 5)->text().startsWith(officer.displayName));
    REQUIRE(refusals->rowCount() == 1);
    CHECK(refusals->item(0, 2)->text() == QStringLiteral("该记录不在您账号的管辖区域内。"));
    screenshot(dialog, QStringLiteral("sync-problems"));

    // Using the other value writes it back as an ordinary change and closes the conflict.
    conflicts->selectRow(0);
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto button = [&](const QString &text) {
        for (QPushButton *candidate : buttons) {
            if (candidate->text().startsWith(text))
                return candidate;
        }
        FAIL("no button " << text.toStdString());
        return static_cast<QPushButton *>(nullptr);
    };
    QTest::mouseClick(button(QStringLiteral("改用另一个值")), Qt::LeftButton);
    CHECK(conflicts->rowCount() == 0);
    CHECK(HouseholdRepository(db).get(household.id)->address == QStringLiteral("天堂镇新地址"));

    // Discarding asks first.
    refusals->selectRow(0);
    ask::queueAnswer(QMessageBox::Discard);
    QTest::mouseClick(button(QStringLiteral("放弃我的修改")), Qt::LeftButton);
    CHECK(refusals->rowCount() == 0);
    CHECK(SyncProblems(db).count() == 0);
    CHECK_FALSE(HouseholdRepository(db).get(*lonelyId).has_value());
}

TEST_CASE("With nothing to review, the sync problems dialog offers no action", "[ui][sync]")
{
    DemoWorkspace workspace(3, 20);
    SyncProblemsDialog dialog(workspace.store.db(), workspace.account("officer"));
    dialog.show();
    int buttons = 0;
    for (const QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Close")) || button->text().contains(QStringLiteral("关闭")))
            continue;
        ++buttons;
        INFO(button->text().toStdString());
        CHECK_FALSE(button->isEnabled());
    }
    CHECK(buttons == 4);
    // And says there is nothing to decide.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("No sync problems")));
}

TEST_CASE("A role that may not edit decides nothing in sync problems, audit records are never discarded, values are masked", "[ui][sync]")
{
    DemoWorkspace workspace(32, 30);
    Database &db = workspace.store.db();
    QSqlQuery person = db.prepare(QStringLiteral("SELECT id, phone FROM persons WHERE phone IS NOT NULL AND phone <> '' LIMIT 1"));
    REQUIRE(db.exec(person).ok());
    REQUIRE(person.next());
    const QString personId = person.value(0).toString();
    // The phone changed on the server while this device changed it too.
    RecordWriter writer(db);
    const auto conflict = writer.insert(tables::conflicts(),
                                        {{QStringLiteral("table_name"), QStringLiteral("persons")},
                                         {QStringLiteral("row_id"), personId},
                                         {QStringLiteral("field"), QStringLiteral("phone")},
                                         {QStringLiteral("kept_value"), QStringLiteral("13912345678")},
                                         {QStringLiteral("kept_at"), QStringLiteral("2026-11-28T09:00:00.000Z")},
                                         {QStringLiteral("lost_value"), QStringLiteral("13887654321")},
                                         {QStringLiteral("lost_at"), QStringLiteral("2026-11-28T09:05:00.000Z")}});
    REQUIRE(conflict.ok());
    // A record of a reveal the server refused.
    const Account unitHead = workspace.account("unithead");
    const auto audit = writer.insert(tables::auditLog(), {{QStringLiteral("account_id"), unitHead.id},
                                                          {QStringLiteral("action"), QStringLiteral("reveal")},
                                                          {QStringLiteral("table_name"), QStringLiteral("persons")},
                                                          {QStringLiteral("row_id"), personId},
                                                          {QStringLiteral("field"), QStringLiteral("phone")}});
    REQUIRE(audit.ok());
    QSqlQuery refused = db.prepare(QStringLiteral(
        "INSERT INTO sync_rejections VALUES ('audit_log', ?, 1, 'forbidden', NULL, 'no', '2026-11-29T01:00:00.000Z')"));
    refused.addBindValue(*audit);
    REQUIRE(db.exec(refused).ok());

    // In the core: no decision for the unit head; the audit record stays even for the administrator.
    SyncProblems problems(db);
    CHECK_FALSE(problems.keep(*conflict, unitHead.permissions()).ok());
    CHECK_FALSE(problems.restore(*conflict, unitHead.permissions()).ok());
    CHECK_FALSE(problems.discard(QStringLiteral("audit_log"), *audit, unitHead.permissions()).ok());
    CHECK_FALSE(problems.discard(QStringLiteral("audit_log"), *audit, workspace.account("admin").permissions()).ok());
    CHECK(problems.count() == 2);

    Chinese chinese;
    db.setActor(unitHead.id);
    SyncProblemsDialog dialog(db, unitHead);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *conflicts = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    REQUIRE(conflicts->rowCount() == 1);
    CHECK(conflicts->item(0, 2)->text() == QStringLiteral("139****5678"));
    CHECK(conflicts->item(0, 4)->text() == QStringLiteral("138****4321"));
    for (const QPushButton *button : dialog.findChildren<QPushButton *>()) {
        INFO(button->text().toStdString());
        if (button->text().startsWith(QStringLiteral("保留")) || button->text().startsWith(QStringLiteral("改用")) ||
            button->text().startsWith(QStringLiteral("放弃")))
            CHECK_FALSE(button->isEnabled());
    }
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
    screenshot(dialog, QStringLiteral("sync-problems-read-only"));

    // The administrator may decide the conflict, and still not discard the audit record.
    SyncProblemsDialog admin(db, workspace.account("admin"));
    admin.show();
    REQUIRE(QTest::qWaitForWindowExposed(&admin));
    for (const QPushButton *button : admin.findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("改用")))
            CHECK(button->isEnabled());
        if (button->text().startsWith(QStringLiteral("放弃")))
            CHECK_FALSE(button->isEnabled());
    }
}
