#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeRepository.h"
#include "core/points/PointsBoard.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/Supermarket.h"
#include "core/register/RegionRepository.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Disputes.h"
#include "ui/forms/Ask.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/points/HouseholdPicker.h"
#include "ui/points/IndicatorDialog.h"
#include "ui/points/MeetingDialog.h"
#include "ui/points/PointsPage.h"
#include "ui/points/ProposalsTab.h"
#include "ui/points/ProposeDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::Chinese;
using lianxin::test::screenshot;

namespace {
constexpr qint64 kDay = 24 * 3600;

struct Village : lianxin::test::DemoWorkspace
{
    Account officer;
    QString villageId;
    Village() : DemoWorkspace(31, 150), officer(account("officer"))
    {
        const QList<Region> villages = RegionRepository(store.db()).villagesWithin(officer.scope);
        REQUIRE(villages.size() == 1); // a grid officer works in the village of the grid
        villageId = villages.first().id;
    }

    // The household heads of the officer's grid, in register order.
    QStringList heads(int count) { return households(count, QStringLiteral("head.name"), QStringLiteral("=")); }
    // The first households of the officer's grid (`=`), or of the village's other grids (`<>`).
    QStringList households(int count, const QString &column, const QString &grid)
    {
        QSqlQuery q = store.db().prepare(
            QStringLiteral("SELECT %1 FROM households h JOIN regions g ON g.id = h.grid_id JOIN persons head ON "
                           "head.id = h.head_person_id "
                           "WHERE g.parent_id = ? AND h.grid_id %2 ? AND h.deleted = 0 ORDER BY h.sort_key LIMIT ?")
                .arg(column, grid));
        q.addBindValue(villageId);
        q.addBindValue(officer.scope.value(0));
        q.addBindValue(count);
        REQUIRE(q.exec());
        QStringList values;
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }
};

template <typename T>
T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// Chinese text arrives from the input method as a commit string.
void typeChinese(QWidget *widget, const QString &text)
{
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QCoreApplication::sendEvent(widget, &typed);
}

// Picks a household by typing its head's name and choosing the first match with the keyboard.
void pickByKeyboard(HouseholdPicker *picker, const QString &name)
{
    picker->setFocus();
    picker->clear();
    typeChinese(picker, name);
    QAbstractItemView *popup = picker->completer()->popup();
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE_FALSE(picker->householdId().isEmpty());
}

// Chooses an indicator by typing part of its name and Enter.
void chooseIndicator(QWidget &page, const QString &indicator)
{
    auto *combo = child<QComboBox>(page, "indicator_id");
    typeChinese(combo->lineEdit(), indicator);
    QAbstractItemView *popup = combo->completer()->popup();
    if (popup->isVisible()) {
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    } else {
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    }
    REQUIRE(combo->currentText().contains(indicator));
}

// Picks the household and the indicator, then enters points and evidence as at a meeting.
void proposeByKeyboard(QWidget &page, const QString &household, const QString &indicator, int points,
                       const QString &evidence)
{
    pickByKeyboard(child<HouseholdPicker>(page, "household_id"), household);
    chooseIndicator(page, indicator);
    auto *spin = child<QSpinBox>(page, "points");
    spin->setValue(points);
    auto *line = child<QLineEdit>(page, "evidence");
    line->clear();
    typeChinese(line, evidence);
    QTest::keyClick(line, Qt::Key_Return);
}

int rows(QWidget &page, const char *table)
{
    return child<QTableWidget>(page, table)->rowCount();
}
} // namespace

TEST_CASE("A grid officer installs the catalogue and proposes entries by the keyboard", "[ui][points]")
{
    Village village;
    Chinese chinese;
    PointsPage page(village.store.db(), village.officer);
    page.resize(1280, 720);
    page.show();
    auto *tabs = child<QTabWidget>(page, "pointsTabs");
    CHECK(tabs->tabText(0) == QStringLiteral("评议提名"));
    tabs->setCurrentIndex(6);
    CHECK(rows(page, "indicators") == 0);
    QTest::mouseClick(child<QPushButton>(page, "installDefault"), Qt::LeftButton);
    CHECK(rows(page, "indicators") == 30);
    CHECK_FALSE(child<QPushButton>(page, "installDefault")->isEnabled()); // once only
    screenshot(page, QStringLiteral("points-catalogue"));

    // A change is checked field by field and saved as the indicator's next version.
    Indicator labour;
    for (const Indicator &i : PointsCatalogue(village.store.db()).current(village.villageId))
        if (i.code == QLatin1String("ZY02"))
            labour = i;
    {
        IndicatorDialog dialog(village.store.db(), labour);
        child<QSpinBox>(dialog, "max_points")->setValue(-1);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.errorOf(QStringLiteral("min_points")).isEmpty());
        child<QSpinBox>(dialog, "max_points")->setValue(3);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const Indicator revised = *PointsCatalogue(village.store.db()).latestVersion(labour.key);
    CHECK(revised.version == 2);
    CHECK(revised.maxPoints == 3);

    tabs->setCurrentIndex(0);
    QWidget &proposals = *tabs->widget(0);
    const QStringList heads = village.heads(3);
    proposeByKeyboard(proposals, heads.at(0), QStringLiteral("义务劳动"), 2, {});
    // The second names the member whose deed it was (chosen after the household, before Enter).
    pickByKeyboard(child<HouseholdPicker>(proposals, "household_id"), heads.at(1));
    auto *person = child<QComboBox>(proposals, "person_id");
    REQUIRE(person->count() >= 2); // the whole household, then its members
    person->setCurrentIndex(1);
    const QString member = person->currentText();
    auto *indicator = child<QComboBox>(proposals, "indicator_id");
    indicator->setCurrentIndex(indicator->findText(QStringLiteral("XL02"), Qt::MatchStartsWith)); // 家庭和睦
    child<QSpinBox>(proposals, "points")->setValue(1);
    QTest::mouseClick(child<QPushButton>(proposals, "add"), Qt::LeftButton);
    CHECK(rows(page, "awaiting") == 2);
    CHECK(child<QTableWidget>(proposals, "awaiting")->item(0, 0)->text().contains(member));
    CHECK(child<QLabel>(proposals, "general_error")->isHidden());
    // The household stays chosen for its next indicator; the focus is back on it.
    CHECK(proposals.focusWidget() == child<HouseholdPicker>(proposals, "household_id"));

    // An indicator that needs evidence is refused without it, in Chinese, and nothing is written.
    proposeByKeyboard(proposals, heads.at(2), QStringLiteral("见义勇为"), 5, {});
    auto *error = child<QLabel>(proposals, "general_error");
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("见义勇为")));
    CHECK(error->text().contains(QStringLiteral("证明")));
    CHECK(rows(page, "awaiting") == 2);

    // A photo shows the deed: the entry and the file are recorded together; a file too large is refused
    // and nothing is written.
    QTemporaryDir files;
    const QString tooLarge = files.filePath(QStringLiteral("scan.tif"));
    {
        QFile big(tooLarge);
        REQUIRE(big.open(QIODevice::WriteOnly));
        big.resize(6 * 1024 * 1024);
    }
    auto &tab = static_cast<ProposalsTab &>(proposals);
    tab.attachEvidence(tooLarge);
    proposeByKeyboard(proposals, heads.at(2), QStringLiteral("见义勇为"), 5, {});
    CHECK(error->text().contains(QStringLiteral("scan.tif")));
    CHECK(rows(page, "awaiting") == 2);
    const QString photo = files.filePath(QStringLiteral("救火.jpg"));
    {
        QFile small(photo);
        REQUIRE(small.open(QIODevice::WriteOnly));
        small.write("\xff\xd8\xff\xe0 a photo of the fire");
    }
    tab.attachEvidence(photo);
    proposeByKeyboard(proposals, heads.at(2), QStringLiteral("见义勇为"), 5, {});
    CHECK(error->isHidden());
    REQUIRE(rows(page, "awaiting") == 3);
    const QString evidence = child<QTableWidget>(proposals, "awaiting")->item(0, 4)->text();
    CHECK(evidence.contains(QStringLiteral("救火.jpg")));
    CHECK(evidence.contains(QStringLiteral("1 个文件")));
    CHECK(child<QLabel>(proposals, "evidenceFile")->text().isEmpty());
    screenshot(page, QStringLiteral("points-proposals"));
}

TEST_CASE("A meeting decides with votes, the notice takes an objection and confirms after seven days", "[ui][points]")
{
    Village village;
    Chinese chinese;
    Database &db = village.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(village.villageId).ok());
    PointsPage page(db, village.officer);
    page.resize(1280, 720);
    page.show();
    QWidget &proposals = *child<QTabWidget>(page, "pointsTabs")->widget(0);
    const QStringList heads = village.heads(3);
    proposeByKeyboard(proposals, heads.at(0), QStringLiteral("义务劳动"), 2, {});
    proposeByKeyboard(proposals, heads.at(1), QStringLiteral("庭院整洁"), 1, {});
    proposeByKeyboard(proposals, heads.at(2), QStringLiteral("乱倒垃圾"), -2, QStringLiteral("垃圾倒在村道边"));
    REQUIRE(rows(page, "awaiting") == 3);

    {
        MeetingDialog meeting(db, village.officer, village.villageId);
        meeting.show();
        auto *votes = child<QTableWidget>(meeting, "votes");
        REQUIRE(votes->rowCount() == 3);
        for (int row = 0; row < 3; ++row)
            votes->item(row, 0)->setCheckState(Qt::Checked);
        // Without attendees the meeting is refused, naming the field, and nothing is decided.
        meeting.accept();
        CHECK_FALSE(child<QLabel>(meeting, "general_error")->isHidden());
        CHECK(meeting.result() != QDialog::Accepted);
        child<QLineEdit>(meeting, "attendees")->setText(QStringLiteral("村支书、村主任、村民代表共7人"));
        child<QSpinBox>(meeting, "voters")->setValue(7);
        button(meeting, QStringLiteral("全票通过"))->click();
        // The deduction does not pass: 2 for, 5 against.
        int deduction = -1;
        for (int row = 0; row < 3; ++row)
            if (votes->item(row, 3)->text() == QStringLiteral("-2"))
                deduction = row;
        REQUIRE(deduction >= 0);
        static_cast<QSpinBox *>(votes->cellWidget(deduction, 4))->setValue(2);
        static_cast<QSpinBox *>(votes->cellWidget(deduction, 5))->setValue(5);
        CHECK(votes->item(deduction, 6)->text() == QStringLiteral("未通过"));
        screenshot(meeting, QStringLiteral("points-meeting"));
        meeting.accept();
        CHECK(meeting.result() == QDialog::Accepted);
    }
    page.reload();
    CHECK(rows(page, "awaiting") == 0);
    auto *tabs = child<QTabWidget>(page, "pointsTabs");
    tabs->setCurrentIndex(2);
    CHECK(rows(page, "meetings") == 1);
    CHECK(child<QTableWidget>(page, "meetings")->item(0, 3)->text() == QStringLiteral("2"));

    // On the notice board: two passed entries; a villager objects to the first.
    tabs->setCurrentIndex(1);
    auto *notice = child<QTableWidget>(page, "notice");
    REQUIRE(notice->rowCount() == 2);
    notice->selectRow(0);
    ask::queueText(QStringLiteral("邻居反映情况不实"));
    button(page, QStringLiteral("记录异议…"))->click();
    CHECK(notice->item(0, 5)->text() == QStringLiteral("有异议待处理"));
    screenshot(page, QStringLiteral("points-notice"));

    CHECK(child<QLabel>(page, "noticeDue")->isHidden());
    // A week later: the notice has ended; the board says one entry is due, and only the entry without an
    // open objection is confirmed.
    village.store.clock().advanceSeconds(8 * kDay);
    page.reload();
    CHECK_FALSE(child<QLabel>(page, "noticeDue")->isHidden());
    CHECK(child<QLabel>(page, "noticeDue")->text().startsWith(QStringLiteral("1 条")));
    child<QPushButton>(page, "confirmDue")->click();
    CHECK(child<QLabel>(page, "noticeStatus")->text().contains(QStringLiteral("1")));
    CHECK(notice->rowCount() == 1);
    CHECK(notice->item(0, 5)->text() == QStringLiteral("有异议待处理"));

    // The objection dismissed: it stands, and is confirmed at the next confirmation.
    notice->selectRow(0);
    ask::queueAnswer(QMessageBox::No);
    ask::queueText(QStringLiteral("经核实事迹属实，异议不成立"));
    button(page, QStringLiteral("处理异议…"))->click();
    child<QPushButton>(page, "confirmDue")->click();
    CHECK(notice->rowCount() == 0);
    CHECK(child<QLabel>(page, "noticeStatus")->text().contains(QStringLiteral("1")));
}

namespace {
// Confirmed entries for the first households of the village, through the ledger: proposed, passed at a
// meeting, and confirmed after the notice. Returns the households in order of their points.
QStringList confirmedPoints(Village &village, const QList<int> &points)
{
    Database &db = village.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(village.villageId).ok());
    QString award;
    QString deduction;
    for (const Indicator &i : PointsCatalogue(db).current(village.villageId)) {
        if (i.code == QLatin1String("ZF02")) // 见义勇为, 5 to 10
            award = i.id;
        if (i.code == QLatin1String("ZF03")) // 违法违纪, -10 to -5
            deduction = i.id;
    }
    QSqlQuery q = db.prepare(QStringLiteral("SELECT h.id FROM households h JOIN regions g ON g.id = h.grid_id WHERE g.parent_id = ? "
                                            "AND h.deleted = 0 ORDER BY h.sort_key LIMIT ?"));
    q.addBindValue(village.villageId);
    q.addBindValue(int(points.size()));
    REQUIRE(q.exec());
    QStringList households;
    while (q.next())
        households.append(q.value(0).toString());
    PointsLedger ledger(db);
    const auto meeting = ledger.holdMeeting(village.villageId, QDate(2026, 11, 20), QStringLiteral("村两委及村民代表"), {});
    REQUIRE(meeting.ok());
    for (int n = 0; n < points.size(); ++n) {
        PointsEntry e;
        e.householdId = households.at(n);
        e.indicatorId = points.at(n) > 0 ? award : deduction;
        e.points = points.at(n);
        e.deedOn = QDate(2026, 11, 10);
        e.evidence = QStringLiteral("村民小组长证明");
        e.proposedBy = QStringLiteral("汪海");
        const auto id = ledger.propose(e);
        REQUIRE(id.ok());
        REQUIRE(ledger.decide(*id, *meeting, 7, 0, true).ok());
    }
    const auto confirmed = ledger.confirmDue(village.villageId);
    REQUIRE(confirmed.ok());
    REQUIRE(*confirmed == int(points.size()));
    return households;
}
} // namespace

TEST_CASE("The household account shows the balance and history, and a correction reverses an entry", "[ui][points]")
{
    Village village;
    Chinese chinese;
    const QStringList households = confirmedPoints(village, {8, 6});
    PointsPage page(village.store.db(), village.officer);
    page.resize(1280, 720);
    page.show();
    page.showHousehold(households.at(0));
    auto *tabs = child<QTabWidget>(page, "pointsTabs");
    QWidget &accounts = *tabs->currentWidget();
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("积分账户"));
    CHECK(child<QLabel>(accounts, "balance")->text().startsWith(QStringLiteral("积分余额：8 分")));
    auto *history = child<QTableWidget>(accounts, "history");
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 3)->text() == QStringLiteral("已确认"));
    screenshot(page, QStringLiteral("points-account"));

    history->selectRow(0);
    ask::queueText(QStringLiteral("事迹经复核不属实"));
    button(accounts, QStringLiteral("更正（冲正记录）…"))->click();
    CHECK(child<QLabel>(accounts, "balance")->text().startsWith(QStringLiteral("积分余额：0 分")));
    REQUIRE(history->rowCount() == 2); // the original stays, with its reversal
    CHECK(history->item(0, 2)->text() == QStringLiteral("-8"));
    CHECK(history->item(0, 6)->text().contains(QStringLiteral("事迹经复核不属实")));
    CHECK(history->item(1, 2)->text() == QStringLiteral("+8"));
}

TEST_CASE("Rankings share ranks on equal points", "[ui][points]")
{
    Village village;
    Chinese chinese;
    confirmedPoints(village, {6, 9, 6, -5});
    PointsPage page(village.store.db(), village.officer);
    page.resize(1280, 720);
    page.show();
    auto *tabs = child<QTabWidget>(page, "pointsTabs");
    tabs->setCurrentIndex(4);
    QWidget &rankings = *tabs->currentWidget();
    child<QDateEdit>(rankings, "within")->setDate(QDate(2026, 11, 10));
    auto *table = child<QTableWidget>(rankings, "ranking");
    REQUIRE(table->rowCount() > 4);
    QStringList ranks;
    QStringList points;
    for (int row = 0; row < 3; ++row) {
        ranks.append(table->item(row, 0)->text());
        points.append(table->item(row, 3)->text());
    }
    CHECK(ranks == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2")});
    CHECK(points == QStringList{QStringLiteral("+9"), QStringLiteral("+6"), QStringLiteral("+6")});
    CHECK(table->item(table->rowCount() - 1, 3)->text() == QStringLiteral("-5"));
    screenshot(page, QStringLiteral("points-ranking"));
}

TEST_CASE("The supermarket counter redeems within balance and stock, and shows an overdraft", "[ui][points]")
{
    Village village;
    Chinese chinese;
    const QStringList households = confirmedPoints(village, {10});
    Database &db = village.store.db();
    PointsPage page(db, village.officer);
    page.resize(1280, 800);
    page.show();
    auto *tabs = child<QTabWidget>(page, "pointsTabs");
    tabs->setCurrentIndex(5);
    QWidget &market = *tabs->currentWidget();

    child<QLineEdit>(market, "name")->setText(QStringLiteral("洗衣粉"));
    child<QSpinBox>(market, "price")->setValue(4);
    button(market, QStringLiteral("新增物品"))->click();
    auto *items = child<QTableWidget>(market, "items");
    REQUIRE(items->rowCount() == 1);
    items->selectRow(0);
    child<QSpinBox>(market, "stockQuantity")->setValue(3);
    ask::queueText(QStringLiteral("乡镇配送入库"));
    button(market, QStringLiteral("入库或调整库存…"))->click();
    CHECK(items->item(0, 3)->text() == QStringLiteral("3"));

    auto *picker = child<HouseholdPicker>(market, "household_id");
    picker->setHousehold(households.at(0));
    child<QSpinBox>(market, "quantity")->setValue(2);
    child<QPushButton>(market, "redeem")->click();
    auto *receipt = child<QLabel>(market, "receipt");
    CHECK(receipt->text().contains(QStringLiteral("余额 2 分")));
    CHECK(items->item(0, 3)->text() == QStringLiteral("1"));
    CHECK(child<QTableWidget>(market, "redemptions")->rowCount() == 1);

    // Taken off offer, the item leaves the counter; back on offer, it returns.
    items->selectRow(0);
    child<QCheckBox>(market, "active")->setChecked(false);
    button(market, QStringLiteral("保存物品修改"))->click();
    CHECK(child<QComboBox>(market, "item_id")->count() == 0);
    CHECK(items->item(0, 4)->text() == QStringLiteral("否"));
    items->selectRow(0);
    child<QCheckBox>(market, "active")->setChecked(true);
    button(market, QStringLiteral("保存物品修改"))->click();
    CHECK(child<QComboBox>(market, "item_id")->count() == 1);

    // Two more are not in stock; one costs 4 points and the household has 2. Nothing is written.
    picker->setHousehold(households.at(0));
    child<QSpinBox>(market, "quantity")->setValue(2);
    child<QPushButton>(market, "redeem")->click();
    CHECK(receipt->text() == QStringLiteral("洗衣粉 库存仅剩 1。"));
    child<QSpinBox>(market, "quantity")->setValue(1);
    child<QPushButton>(market, "redeem")->click();
    CHECK(receipt->text() == QStringLiteral("洗衣粉 × 1 需 4 分，该户只有 2 分。"));
    CHECK(child<QTableWidget>(market, "redemptions")->rowCount() == 1);
    CHECK(items->item(0, 3)->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(market, "overdrafts")->isHidden());

    // What a second offline device can leave: the points spent were later taken back (here by a correction),
    // and the counter says so.
    const QString entryId = PointsBoard(db).history(households.at(0)).first().entry.id;
    REQUIRE(PointsLedger(db).reverse(entryId, QStringLiteral("复核不属实")).ok());
    page.reload();
    auto *overdrafts = child<QLabel>(market, "overdrafts");
    CHECK_FALSE(overdrafts->isHidden());
    CHECK(overdrafts->text().contains(QStringLiteral("超额兑换 8 分")));
    CHECK(child<QLabel>(market, "balance")->text() == QStringLiteral("积分余额：-8 分"));
    screenshot(page, QStringLiteral("points-supermarket"));
}

TEST_CASE("Points are proposed from a dispute case for a party's household, never applied", "[ui][points]")
{
    Village village;
    Chinese chinese;
    Database &db = village.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(village.villageId).ok());
    // A case in the officer's grid whose applicant is a person of the register.
    QSqlQuery person = db.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.household_id, h.grid_id FROM persons p JOIN households h ON h.id = p.household_id "
        "JOIN regions g ON g.id = h.grid_id WHERE g.parent_id = ? AND p.deleted = 0 ORDER BY h.sort_key LIMIT 1"));
    person.addBindValue(village.villageId);
    REQUIRE(person.exec());
    REQUIRE(person.next());
    DisputeCase d = lianxin::test::sampleCase(village.store, QDate(2026, 11, 2), person.value(3).toString());
    d.parties[0].personId = person.value(0).toString();
    d.parties[0].name = person.value(1).toString();
    const auto disputeId = DisputeRepository(db).create(d);
    REQUIRE(disputeId.ok());

    CaseDialog page(db, village.officer, *disputeId);
    auto *propose = child<QToolButton>(page, "proposePoints");
    REQUIRE(propose->isEnabled());
    const QList<QAction *> actions = propose->menu()->actions();
    REQUIRE(actions.size() == 1); // the respondent is typed in, not in the register
    CHECK(actions.first()->text().contains(person.value(1).toString()));

    ProposeDialog dialog(db, village.officer, person.value(2).toString(), *disputeId);
    REQUIRE(dialog.isValid());
    dialog.show();
    CHECK(child<HouseholdPicker>(dialog, "household_id")->householdId() == person.value(2).toString());
    auto *indicator = child<QComboBox>(dialog, "indicator_id");
    indicator->setCurrentIndex(indicator->findText(QStringLiteral("LL02"), Qt::MatchStartsWith)); // 化解矛盾
    child<QSpinBox>(dialog, "points")->setValue(3);
    child<QLineEdit>(dialog, "evidence")->setText(QStringLiteral("主动让步，促成调解协议"));
    QTest::mouseClick(child<QPushButton>(dialog, "add"), Qt::LeftButton);
    auto *awaiting = child<QTableWidget>(dialog, "awaiting");
    REQUIRE(awaiting->rowCount() == 1);
    CHECK(awaiting->item(0, 6)->text() == QStringLiteral("是"));
    const BoardEntry entry = PointsBoard(db).history(person.value(2).toString()).first();
    CHECK(entry.entry.disputeId == *disputeId);
    CHECK(entry.status.state == EntryState::Proposed);
    CHECK(PointsLedger(db).balance(person.value(2).toString()) == 0);
}

TEST_CASE("A grid officer's meeting offers only the grid's proposals, none ticked and no votes cast", "[ui][points]")
{
    Village village;
    Chinese chinese;
    Database &db = village.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(village.villageId).ok());
    QString indicator;
    for (const Indicator &i : PointsCatalogue(db).current(village.villageId))
        if (i.code == QLatin1String("HJ01")) // 庭院整洁
            indicator = i.id;
    PointsLedger ledger(db);
    const auto propose = [&](const QString &household) {
        PointsEntry e;
        e.householdId = household;
        e.indicatorId = indicator;
        e.points = 1;
        e.deedOn = deadlines::today(db.clock());
        e.proposedBy = QStringLiteral("汪海");
        const auto id = ledger.propose(e);
        REQUIRE(id.ok());
        return *id;
    };
    const QStringList ours = village.households(2, QStringLiteral("h.id"), QStringLiteral("="));
    const QStringList theirs = village.households(3, QStringLiteral("h.id"), QStringLiteral("<>"));
    REQUIRE(ours.size() == 2);
    REQUIRE(theirs.size() == 3); // the village has other grids
    for (const QString &household : ours + theirs)
        propose(household);

    MeetingDialog meeting(db, village.officer, village.villageId);
    meeting.resize(900, 520);
    meeting.show();
    auto *votes = child<QTableWidget>(meeting, "votes");
    REQUIRE(votes->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        CHECK(votes->item(row, 0)->checkState() == Qt::Unchecked);
        CHECK(static_cast<QSpinBox *>(votes->cellWidget(row, 4))->value() == 0);
        CHECK(static_cast<QSpinBox *>(votes->cellWidget(row, 5))->value() == 0);
        CHECK(votes->item(row, 6)->text().isEmpty());
    }
    const QString grid = RegionRepository(db).get(village.officer.scope.value(0))->name;
    const QString note = child<QLabel>(meeting, "offered")->text();
    INFO(note.toStdString());
    CHECK(note.contains(grid));
    CHECK(note.contains(QStringLiteral("2 条")));
    CHECK(note.contains(QStringLiteral("另有 3 条")));
    screenshot(meeting, QStringLiteral("points-meeting-grid"));

    // Nothing ticked: refused, nothing written.
    child<QLineEdit>(meeting, "attendees")->setText(QStringLiteral("村两委及村民代表共7人"));
    meeting.accept();
    CHECK(meeting.result() != QDialog::Accepted);
    CHECK(child<QLabel>(meeting, "general_error")->text().contains(QStringLiteral("勾选")));
    CHECK(PointsBoard(db).meetings(village.villageId).isEmpty());
    // "All in favour" fills only the ticked entries; entering votes on an entry ticks it.
    child<QSpinBox>(meeting, "voters")->setValue(7);
    votes->item(0, 0)->setCheckState(Qt::Checked);
    button(meeting, QStringLiteral("全票通过"))->click();
    CHECK(static_cast<QSpinBox *>(votes->cellWidget(0, 4))->value() == 7);
    CHECK(static_cast<QSpinBox *>(votes->cellWidget(1, 4))->value() == 0);
    CHECK(votes->item(0, 6)->text() == QStringLiteral("通过"));
    static_cast<QSpinBox *>(votes->cellWidget(1, 5))->setValue(4);
    CHECK(votes->item(1, 0)->checkState() == Qt::Checked);
    CHECK(votes->item(1, 6)->text() == QStringLiteral("未通过"));
    meeting.accept();
    REQUIRE(meeting.result() == QDialog::Accepted);
    // Both of the grid's entries are decided; the other grids' still await their own accounts.
    const QList<BoardEntry> awaiting = PointsBoard(db).entries(village.villageId, PointsBoard::Filter::AwaitingMeeting);
    REQUIRE(awaiting.size() == 3);
    for (const BoardEntry &e : awaiting)
        CHECK(theirs.contains(e.entry.householdId));

    // The township's administrator may decide every household of the village.
    MeetingDialog forAdmin(db, village.account("admin"), village.villageId);
    CHECK(child<QTableWidget>(forAdmin, "votes")->rowCount() == 3);
    CHECK(child<QLabel>(forAdmin, "offered")->text().contains(QStringLiteral("全部")));
}

TEST_CASE("Points outside the indicator's range are refused naming the field and the range, not clamped",
          "[ui][points]")
{
    Village village;
    Chinese chinese;
    Database &db = village.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(village.villageId).ok());
    PointsPage page(db, village.officer);
    page.resize(1280, 720);
    page.show();
    QWidget &proposals = *child<QTabWidget>(page, "pointsTabs")->widget(0);
    const QStringList heads = village.heads(1);
    // 见义勇为 gives 5 to 10 points: 12 typed stays 12, and the ledger's refusal says why.
    pickByKeyboard(child<HouseholdPicker>(proposals, "household_id"), heads.at(0));
    chooseIndicator(proposals, QStringLiteral("见义勇为"));
    auto *points = child<QSpinBox>(proposals, "points");
    REQUIRE(proposals.focusWidget() == points);
    CHECK(points->value() == 5);
    points->selectAll();
    QTest::keyClicks(points, QStringLiteral("12"));
    QTest::keyClick(points, Qt::Key_Return);
    CHECK(points->value() == 12);
    auto *evidence = child<QLineEdit>(proposals, "evidence");
    typeChinese(evidence, QStringLiteral("村民小组长证明"));
    QTest::keyClick(evidence, Qt::Key_Return);
    auto *error = child<QLabel>(proposals, "general_error");
    CHECK_FALSE(error->isHidden());
    CHECK(error->text() == QStringLiteral("积分：“见义勇为”计 5 至 10 分。"));
    CHECK(proposals.focusWidget() == points);
    CHECK(rows(page, "awaiting") == 0);

    // The catalogue's limits too: an indicator of 5,000 points is refused under the field.
    Indicator labour;
    for (const Indicator &i : PointsCatalogue(db).current(village.villageId))
        if (i.code == QLatin1String("ZY02"))
            labour = i;
    IndicatorDialog dialog(db, labour);
    auto *most = child<QSpinBox>(dialog, "max_points");
    most->selectAll();
    QTest::keyClicks(most, QStringLiteral("5000"));
    CHECK(most->value() == 5000);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorOf(QStringLiteral("max_points")) == QStringLiteral("分值须在 -1000 至 1000 之间。"));
    CHECK(PointsCatalogue(db).latestVersion(labour.key)->version == 1);
}
