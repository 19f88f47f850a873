#include "core/files/FileStore.h"
#include "core/points/PointsBoard.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsEvidence.h"
#include "core/points/PointsLedger.h"
#include "core/points/PointsRanking.h"
#include "core/points/Supermarket.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/storage/RecordWriter.h"
#include "tests/support/TestStore.h"

using namespace lianxin;
using namespace lianxin::test;

namespace {
struct Village
{
    TestStore store;
    QString grid = store.makeGrid();
    QString village = store.villageId();

    QString household(const QString &address)
    {
        Household h;
        h.gridId = grid;
        h.address = address;
        const auto id = HouseholdRepository(store.db()).create(h);
        REQUIRE(id.ok());
        return *id;
    }
    Indicator indicator(const QString &code)
    {
        for (const Indicator &i : PointsCatalogue(store.db()).current(village)) {
            if (i.code == code)
                return i;
        }
        FAIL("no indicator " << code.toStdString());
        return {};
    }
    void setToday(const QDate &date) { store.clock().set(QDateTime(date, QTime(2, 0), Qt::UTC)); }

    // Proposes, decides at a meeting on `decidedOn` and confirms after the notice: the points count.
    QString award(const QString &household, const QString &code, int points, const QDate &deedOn)
    {
        PointsLedger ledger(store.db());
        const QDate today = store.clock().nowUtc().date();
        setToday(deedOn.addDays(1));
        PointsEntry e;
        e.householdId = household;
        e.indicatorId = indicator(code).id;
        e.points = points;
        e.deedOn = deedOn;
        e.evidence = QStringLiteral("村委会核实");
        e.proposedBy = QStringLiteral("网格员");
        const auto id = ledger.propose(e);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        const auto meeting = ledger.holdMeeting(village, deedOn.addDays(1), QStringLiteral("评议会成员七人"), QString());
        REQUIRE(meeting.ok());
        REQUIRE(ledger.decide(*id, *meeting, 7, 0, true).ok());
        setToday(deedOn.addDays(1 + 7));
        REQUIRE(ledger.confirmDue(village).ok());
        REQUIRE(ledger.status(*id).state == EntryState::Confirmed);
        setToday(std::max(today, deedOn.addDays(8)));
        return *id;
    }
};
} // namespace

TEST_CASE("The default catalogue has 8 categories and 30 indicators, and versions never alter old entries")
{
    Village v;
    PointsCatalogue catalogue(v.store.db());
    const auto installed = catalogue.installDefault(v.village);
    REQUIRE(installed.ok());
    CHECK(*installed == 30);
    QStringList categories;
    for (const Indicator &i : catalogue.current(v.village)) {
        if (!categories.contains(i.category))
            categories.append(i.category);
    }
    CHECK(categories.size() == 8);
    CHECK(*catalogue.installDefault(v.village) == 0);

    const QString household = v.household(QStringLiteral("菖蒲村3组"));
    const Indicator before = v.indicator(QStringLiteral("LL02"));
    const QString entryId = v.award(household, QStringLiteral("LL02"), 5, QDate(2026, 10, 5));

    Indicator changed = before;
    changed.minPoints = 3;
    changed.maxPoints = 8;
    const auto revised = catalogue.revise(before.key, changed);
    REQUIRE(revised.ok());
    CHECK(v.indicator(QStringLiteral("LL02")).version == 2);
    CHECK(v.indicator(QStringLiteral("LL02")).maxPoints == 8);
    // The entry keeps the version it was made with.
    const auto entry = PointsLedger(v.store.db()).entry(entryId);
    CHECK(catalogue.get(entry->indicatorId)->version == 1);
    CHECK(catalogue.get(entry->indicatorId)->maxPoints == 5);
    CHECK(PointsLedger(v.store.db()).balance(household) == 5);

    // The old version can no longer be used, and a retired indicator leaves the catalogue.
    PointsEntry stale;
    stale.householdId = household;
    stale.indicatorId = before.id;
    stale.points = 4;
    stale.deedOn = QDate(2026, 11, 20);
    stale.evidence = QStringLiteral("有");
    stale.proposedBy = QStringLiteral("网格员");
    CHECK(PointsLedger(v.store.db()).propose(stale).error().field == QStringLiteral("indicator_id"));
    REQUIRE(catalogue.retire(before.key).ok());
    bool stillListed = false;
    for (const Indicator &i : catalogue.current(v.village))
        stillListed = stillListed || i.key == before.key;
    CHECK_FALSE(stillListed);

    Indicator wrong;
    wrong.villageId = v.village;
    wrong.category = QStringLiteral("孝老爱亲");
    wrong.code = QStringLiteral("XL09");
    wrong.name = QStringLiteral("错误");
    wrong.minPoints = -2;
    wrong.maxPoints = 3;
    CHECK(catalogue.add(wrong).error().field == QStringLiteral("min_points"));
}

TEST_CASE("Points must lie in the indicator's range, with evidence where it is required, within the cap per period")
{
    Village v;
    REQUIRE(PointsCatalogue(v.store.db()).installDefault(v.village).ok());
    const QString household = v.household(QStringLiteral("菖蒲村1组"));
    PointsLedger ledger(v.store.db());
    PointsEntry e;
    e.householdId = household;
    e.indicatorId = v.indicator(QStringLiteral("XL01")).id; // 2 to 5 points, evidence, at most 10 a month
    e.deedOn = QDate(2026, 11, 3);
    e.proposedBy = QStringLiteral("网格员");
    e.points = 6;
    e.evidence = QStringLiteral("邻居证明");
    const auto high = ledger.propose(e);
    REQUIRE_FALSE(high.ok());
    CHECK(high.error().field == QStringLiteral("points"));
    CHECK(high.error().message.contains(QStringLiteral("2 to 5")));
    e.points = 5;
    // A member named must belong to the household.
    Person stranger;
    stranger.householdId = v.household(QStringLiteral("菖蒲村2组"));
    stranger.name = QStringLiteral("外户成员");
    e.personId = *PersonRepository(v.store.db()).create(stranger);
    CHECK(ledger.propose(e).error().field == QStringLiteral("person_id"));
    e.personId.clear();
    e.evidence.clear();
    CHECK(ledger.propose(e).error().field == QStringLiteral("evidence"));
    e.evidence = QStringLiteral("邻居证明");
    REQUIRE(ledger.propose(e).ok());
    REQUIRE(ledger.propose(e).ok());
    const auto capped = ledger.propose(e);
    REQUIRE_FALSE(capped.ok());
    CHECK(capped.error().message.contains(QStringLiteral("at most 10")));
    // The cap is per period: December starts afresh (the village counts by month by default).
    v.setToday(QDate(2026, 12, 2));
    e.deedOn = QDate(2026, 12, 1);
    CHECK(ledger.propose(e).ok());
    // A deduction keeps its sign.
    PointsEntry deduction = e;
    deduction.indicatorId = v.indicator(QStringLiteral("HJ03")).id; // -3 to -1
    deduction.points = 2;
    CHECK(ledger.propose(deduction).error().field == QStringLiteral("points"));
    deduction.points = -2;
    CHECK(ledger.propose(deduction).ok());
}

TEST_CASE("The public notice takes objections inside its period and confirms after it")
{
    Village v;
    REQUIRE(PointsCatalogue(v.store.db()).installDefault(v.village).ok());
    const QString household = v.household(QStringLiteral("菖蒲村2组"));
    PointsLedger ledger(v.store.db());
    v.setToday(QDate(2026, 10, 2));
    PointsEntry e;
    e.householdId = household;
    e.indicatorId = v.indicator(QStringLiteral("ZY01")).id; // 1 to 2, no evidence
    e.deedOn = QDate(2026, 10, 1);
    e.points = 2;
    e.proposedBy = QStringLiteral("网格员");
    const QString objected = *ledger.propose(e);
    const QString late = *ledger.propose(e);
    const QString quiet = *ledger.propose(e);
    const QString meeting = *ledger.holdMeeting(v.village, QDate(2026, 10, 2), QStringLiteral("评议会成员"), QStringLiteral("逐户评议"));
    for (const QString &id : {objected, late, quiet})
        REQUIRE(ledger.decide(id, meeting, 6, 1, true).ok());
    CHECK(ledger.decide(quiet, meeting, 6, 1, true).error().field == QStringLiteral("entry_id"));
    // Posted on 2 October for 7 days: the notice ends on 8 October.
    CHECK(ledger.status(quiet).noticeEnds == QDate(2026, 10, 8));
    v.setToday(QDate(2026, 10, 5));
    REQUIRE(ledger.object(objected, QStringLiteral("该户未参加此次活动")).ok());
    CHECK(ledger.status(objected).state == EntryState::Objected);
    CHECK(*ledger.confirmDue(v.village) == 0); // nothing is due yet
    v.setToday(QDate(2026, 10, 9));
    CHECK(ledger.object(late, QStringLiteral("迟到的异议")).error().message.contains(QStringLiteral("2026-10-08")));
    CHECK(*ledger.confirmDue(v.village) == 2); // the objected entry waits for its resolution
    CHECK(ledger.status(quiet).state == EntryState::Confirmed);
    CHECK(ledger.status(objected).state == EntryState::Objected);
    REQUIRE(ledger.resolveObjection(objected, false, QStringLiteral("经核实已参加")).ok());
    CHECK(*ledger.confirmDue(v.village) == 1);
    CHECK(ledger.balance(household) == 6);
}

TEST_CASE("Revoked entries never count, and a confirmed one is corrected only by a reversing entry")
{
    Village v;
    REQUIRE(PointsCatalogue(v.store.db()).installDefault(v.village).ok());
    const QString household = v.household(QStringLiteral("菖蒲村4组"));
    PointsLedger ledger(v.store.db());
    const QString confirmed = v.award(household, QStringLiteral("CY01"), 4, QDate(2026, 9, 10));
    CHECK(ledger.balance(household) == 4);

    v.setToday(QDate(2026, 10, 2));
    PointsEntry e;
    e.householdId = household;
    e.indicatorId = v.indicator(QStringLiteral("ZL01")).id;
    e.deedOn = QDate(2026, 10, 1);
    e.points = 1;
    e.proposedBy = QStringLiteral("网格员");
    const QString revoked = *ledger.propose(e);
    REQUIRE(ledger.revoke(revoked, QStringLiteral("重复登记")).ok());
    CHECK(ledger.status(revoked).state == EntryState::Revoked);
    const QString upheld = *ledger.propose(e);
    const QString meeting = *ledger.holdMeeting(v.village, QDate(2026, 10, 2), QStringLiteral("评议会"), QString());
    REQUIRE(ledger.decide(upheld, meeting, 5, 0, true).ok());
    REQUIRE(ledger.object(upheld, QStringLiteral("未到会")).ok());
    REQUIRE(ledger.resolveObjection(upheld, true, QStringLiteral("异议成立")).ok());
    CHECK(ledger.status(upheld).state == EntryState::Revoked);
    v.setToday(QDate(2026, 10, 20));
    CHECK(*ledger.confirmDue(v.village) == 0);
    CHECK(ledger.balance(household) == 4);

    CHECK(ledger.revoke(confirmed, QStringLiteral("改错")).error().message.contains(QStringLiteral("reversing")));
    const auto reversal = ledger.reverse(confirmed, QStringLiteral("产业未达标准，经复核撤销"));
    REQUIRE(reversal.ok());
    CHECK(ledger.entry(*reversal)->points == -4);
    CHECK(ledger.entry(*reversal)->reversesId == confirmed);
    CHECK(ledger.balance(household) == 0);
    CHECK_FALSE(ledger.reverse(confirmed, QStringLiteral("再次")).ok());
    // The original stays as it was.
    CHECK(ledger.entry(confirmed)->points == 4);
    CHECK(ledger.status(confirmed).state == EntryState::Confirmed);
}

TEST_CASE("The supermarket overdraws neither balance nor stock, and shows what two devices overdrew")
{
    Village v;
    REQUIRE(PointsCatalogue(v.store.db()).installDefault(v.village).ok());
    const QString household = v.household(QStringLiteral("菖蒲村5组"));
    v.award(household, QStringLiteral("YF01"), 5, QDate(2026, 10, 5));
    v.award(household, QStringLiteral("ZF02"), 8, QDate(2026, 10, 6));
    PointsLedger ledger(v.store.db());
    REQUIRE(ledger.balance(household) == 13);

    Supermarket shop(v.store.db());
    const QString oil = *shop.addItem({{}, v.village, QStringLiteral("食用油"), QStringLiteral("桶"), 5, true, 0});
    CHECK(shop.addItem({{}, v.village, QStringLiteral("白送"), {}, 0, true, 0}).error().field == QStringLiteral("price"));
    REQUIRE(shop.moveStock(oil, 2, QStringLiteral("乡镇配送")).ok());
    CHECK(shop.moveStock(oil, -3, QStringLiteral("损耗")).error().field == QStringLiteral("quantity"));

    const auto receipt = shop.redeem(household, oil, 2);
    REQUIRE(receipt.ok());
    CHECK(receipt->points == 10);
    CHECK(receipt->balanceAfter == 3);
    CHECK(ledger.balance(household) == 3);
    CHECK(shop.stock(oil) == 0);
    CHECK(shop.redeem(household, oil, 1).error().message.contains(QStringLiteral("Only 0")));
    REQUIRE(shop.moveStock(oil, 5, QStringLiteral("补货")).ok());
    const auto tooDear = shop.redeem(household, oil, 1);
    REQUIRE_FALSE(tooDear.ok());
    CHECK(tooDear.error().message.contains(QStringLiteral("has 3")));

    const auto back = shop.giveBack(receipt->redemptionId, QStringLiteral("油桶破损退回"));
    REQUIRE(back.ok());
    CHECK(ledger.balance(household) == 13);
    CHECK(shop.stock(oil) == 7);
    CHECK_FALSE(shop.giveBack(receipt->redemptionId, QStringLiteral("再退")).ok());

    // Another device redeemed against the same balance offline; its redemption arrives by sync.
    REQUIRE(shop.redeem(household, oil, 2).ok()); // 10 points here: 3 left
    REQUIRE(RecordWriter(v.store.db())
                .insert(tables::pointsRedemptions(), {{QStringLiteral("village_id"), v.village},
                                                      {QStringLiteral("household_id"), household},
                                                      {QStringLiteral("item_id"), oil},
                                                      {QStringLiteral("quantity"), 1},
                                                      {QStringLiteral("points"), 5},
                                                      {QStringLiteral("on_date"), QStringLiteral("2026-11-29")},
                                                      {QStringLiteral("receipt_no"), QStringLiteral("20261129-OTHER-0001")}})
                .ok());
    CHECK(ledger.balance(household) == -2);
    const QList<Overdraft> overdrawn = shop.overdrawnHouseholds(v.village);
    REQUIRE(overdrawn.size() == 1);
    CHECK(overdrawn.first().id == household);
    CHECK(overdrawn.first().amount == 2);
    // Settled by giving goods back (or by the next confirmed points): the overdraft clears.
    v.award(household, QStringLiteral("ZY03"), 3, QDate(2026, 11, 1));
    CHECK(shop.overdrawnHouseholds(v.village).isEmpty());
}

TEST_CASE("Periods are months, quarters or years")
{
    CHECK(PointsLedger::periodOf(QDate(2028, 2, 10), QStringLiteral("month")) == std::pair(QDate(2028, 2, 1), QDate(2028, 2, 29)));
    CHECK(PointsLedger::periodOf(QDate(2026, 11, 29), QStringLiteral("quarter")) == std::pair(QDate(2026, 10, 1), QDate(2026, 12, 31)));
    CHECK(PointsLedger::periodOf(QDate(2026, 3, 31), QStringLiteral("year")) == std::pair(QDate(2026, 1, 1), QDate(2026, 12, 31)));
}

TEST_CASE("Rankings give equal points an equal rank, and the red and black lists follow them")
{
    Village v;
    REQUIRE(PointsCatalogue(v.store.db()).installDefault(v.village).ok());
    QStringList households;
    for (const char *name : {"甲户", "乙户", "丙户", "丁户", "戊户", "己户"})
        households.append(v.household(QString::fromUtf8(name)));
    v.award(households[0], QStringLiteral("LL02"), 5, QDate(2026, 10, 3));
    v.award(households[1], QStringLiteral("CY01"), 5, QDate(2026, 10, 4));
    v.award(households[2], QStringLiteral("LL01"), 3, QDate(2026, 10, 5));
    v.award(households[4], QStringLiteral("HJ03"), -2, QDate(2026, 10, 6));
    v.award(households[5], QStringLiteral("LL03"), -2, QDate(2026, 10, 7));
    v.award(households[3], QStringLiteral("ZY01"), 2, QDate(2026, 9, 20)); // outside October

    PointsRanking ranking(v.store.db());
    const auto [from, to] = PointsLedger::periodOf(QDate(2026, 10, 15), QStringLiteral("month"));
    const QList<RankedHousehold> ranked = ranking.rank(v.village, from, to);
    REQUIRE(ranked.size() == 6);
    QList<int> points;
    QList<int> ranks;
    for (const RankedHousehold &row : ranked) {
        points.append(row.points);
        ranks.append(row.rank);
    }
    CHECK(points == QList<int>{5, 5, 3, 0, -2, -2});
    CHECK(ranks == QList<int>{1, 1, 3, 4, 5, 5});
    CHECK(ranked.at(3).householdId == households[3]);
    const QList<RankedHousehold> red = ranking.redList(v.village, from, to, 2);
    REQUIRE(red.size() == 2); // two households share the first place; the third place is beyond two ranks
    CHECK(ranking.redList(v.village, from, to, 3).size() == 3);
    const QList<RankedHousehold> black = ranking.blackList(v.village, from, to);
    REQUIRE(black.size() == 2);
    CHECK(black.at(0).rank == 1);
    CHECK(black.at(1).rank == 1);
    CHECK(ranking.rank(v.grid, from, to).size() == 6);
    const auto [year, yearEnd] = PointsLedger::periodOf(QDate(2026, 10, 15), QStringLiteral("year"));
    CHECK(ranking.rank(v.village, year, yearEnd).at(3).points == 2);

    PointsLedger ledger(v.store.db());
    CHECK_FALSE(ledger.belowThreshold(households[4]));
    PointsSettings settings = ledger.settings(v.village);
    settings.threshold = 0;
    REQUIRE(ledger.saveSettings(settings).ok());
    CHECK(ledger.belowThreshold(households[4]));
    CHECK_FALSE(ledger.belowThreshold(households[3]));
}

TEST_CASE("The board lists each entry in its stage - a reversal and a withdrawn proposal never await a meeting")
{
    Village v;
    Database &db = v.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(v.village).ok());
    const QString household = v.household(QStringLiteral("菖蒲村5组"));
    PointsLedger ledger(db);
    const QString confirmed = v.award(household, QStringLiteral("CY01"), 4, QDate(2026, 9, 10));
    REQUIRE(ledger.reverse(confirmed, QStringLiteral("复核不属实")).ok());

    v.setToday(QDate(2026, 11, 20));
    PointsEntry e;
    e.householdId = household;
    e.indicatorId = v.indicator(QStringLiteral("ZL01")).id;
    e.deedOn = QDate(2026, 11, 18);
    e.points = 1;
    e.proposedBy = QStringLiteral("网格员");
    const QString withdrawn = *ledger.propose(e);
    REQUIRE(ledger.revoke(withdrawn, QStringLiteral("重复登记")).ok());
    e.indicatorId = v.indicator(QStringLiteral("HJ01")).id;
    const QString awaiting = *ledger.propose(e);
    e.indicatorId = v.indicator(QStringLiteral("ZY02")).id;
    const QString posted = *ledger.propose(e);
    const QString meeting = *ledger.holdMeeting(v.village, QDate(2026, 11, 20), QStringLiteral("评议会"), QStringLiteral("逐项表决"));
    REQUIRE(ledger.decide(posted, meeting, 6, 1, true).ok());
    REQUIRE(ledger.object(posted, QStringLiteral("邻居有异议")).ok());

    const PointsBoard board(db);
    const QList<BoardEntry> waiting = board.entries(v.village, PointsBoard::Filter::AwaitingMeeting);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().entry.id == awaiting);
    CHECK(waiting.first().indicatorName == QStringLiteral("庭院整洁"));
    const QList<BoardEntry> notice = board.entries(v.village, PointsBoard::Filter::OnNotice);
    REQUIRE(notice.size() == 1);
    CHECK(notice.first().entry.id == posted);
    CHECK(notice.first().status.state == EntryState::Objected);
    CHECK(notice.first().status.noticeEnds == QDate(2026, 11, 26));
    CHECK(notice.first().lastNote == QStringLiteral("邻居有异议"));
    CHECK(notice.first().votesFor == 6);
    CHECK(notice.first().votesAgainst == 1);

    // The history holds all five, newest deed first; the reversal names its reason.
    const QList<BoardEntry> history = board.history(household);
    REQUIRE(history.size() == 5);
    CHECK(history.last().entry.id == confirmed);
    int reversals = 0;
    for (const BoardEntry &row : history)
        reversals += row.entry.reversesId == confirmed && row.entry.reason == QStringLiteral("复核不属实") ? 1 : 0;
    CHECK(reversals == 1);

    const QList<MeetingSummary> meetings = board.meetings(v.village);
    REQUIRE(meetings.size() == 2); // the award's meeting and this one
    CHECK(meetings.first().heldOn == QDate(2026, 11, 20));
    CHECK(meetings.first().decided == 1);
    CHECK(meetings.first().approved == 1);
    CHECK(board.decidedAt(meeting).first().entry.id == posted);
}

TEST_CASE("The board lists a village's redemptions, or one household's, with what was given back")
{
    Village v;
    Database &db = v.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(v.village).ok());
    const QString first = v.household(QStringLiteral("菖蒲村6组"));
    const QString second = v.household(QStringLiteral("菖蒲村7组"));
    v.award(first, QStringLiteral("CY01"), 5, QDate(2026, 9, 10));
    v.award(second, QStringLiteral("CY01"), 5, QDate(2026, 9, 10));
    Supermarket market(db);
    SupermarketItem soap;
    soap.villageId = v.village;
    soap.name = QStringLiteral("肥皂");
    soap.price = 2;
    const QString item = *market.addItem(soap);
    REQUIRE(market.moveStock(item, 10, QStringLiteral("入库")).ok());
    const auto one = market.redeem(first, item, 1);
    REQUIRE(one.ok());
    REQUIRE(market.redeem(second, item, 2).ok());
    REQUIRE(market.giveBack(one->redemptionId, QStringLiteral("包装破损")).ok());

    const PointsBoard board(db);
    CHECK(board.redemptions(v.village).size() == 3);
    const QList<RedemptionLine> mine = board.redemptions(v.village, first);
    REQUIRE(mine.size() == 2);
    CHECK(mine.at(0).reversesId == one->redemptionId); // the return, newest first
    CHECK(mine.at(0).reason == QStringLiteral("包装破损"));
    CHECK(mine.at(1).givenBack);
    CHECK(board.redemptions(v.village, second).first().quantity == 2);
}

TEST_CASE("Evidence files are kept once by hash, and a missing entry, an empty or oversize file is refused")
{
    Village v;
    Database &db = v.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(v.village).ok());
    const QString household = v.household(QStringLiteral("菖蒲村8组"));
    const QString entry = v.award(household, QStringLiteral("CY01"), 4, QDate(2026, 9, 10));
    PointsEvidence evidence(db);
    const QByteArray photo("a photo of the tea garden");
    REQUIRE(evidence.add(entry, QStringLiteral("/home/x/茶园.jpg"), photo).ok());
    REQUIRE(evidence.add(entry, QStringLiteral("茶园-副本.jpg"), photo).ok());
    const QList<EvidenceFile> files = evidence.list(entry);
    REQUIRE(files.size() == 2);
    CHECK(files.first().fileName == QStringLiteral("茶园.jpg")); // the name, not the path
    CHECK(files.first().sha256 == files.last().sha256);
    CHECK(files.first().present);
    QSqlQuery blobs = db.prepare(QStringLiteral("SELECT count(*) FROM blobs"));
    REQUIRE(db.exec(blobs).ok());
    REQUIRE(blobs.next());
    CHECK(blobs.value(0).toInt() == 1);
    CHECK(FileStore(db).unsentHashes() == QStringList{files.first().sha256});

    CHECK(evidence.add(QStringLiteral("no-such-entry"), QStringLiteral("a.jpg"), photo).error().field == QStringLiteral("entry_id"));
    CHECK(evidence.add(entry, QStringLiteral("a.jpg"), {}).error().field == QStringLiteral("file"));
    CHECK(evidence.add(entry, QStringLiteral("a.jpg"), QByteArray(FileStore::kMaxBytes + 1, 'x')).error().field ==
          QStringLiteral("file"));
    CHECK(evidence.list(entry).size() == 2);
}

TEST_CASE("A meeting decides only the entries of households within the account's scope, with votes cast")
{
    Village v;
    Database &db = v.store.db();
    REQUIRE(PointsCatalogue(db).installDefault(v.village).ok());
    const QString otherGrid = v.store.makeGrid(QStringLiteral("02"));
    const QString ours = v.household(QStringLiteral("菖蒲村1组"));
    Household theirs;
    theirs.gridId = otherGrid;
    theirs.address = QStringLiteral("菖蒲村8组");
    const QString other = *HouseholdRepository(db).create(theirs);
    v.setToday(QDate(2026, 11, 20));
    PointsLedger ledger(db);
    const auto propose = [&](const QString &household) {
        PointsEntry e;
        e.householdId = household;
        e.indicatorId = v.indicator(QStringLiteral("HJ01")).id;
        e.deedOn = QDate(2026, 11, 18);
        e.points = 1;
        e.proposedBy = QStringLiteral("网格员");
        const auto id = ledger.propose(e);
        REQUIRE(id.ok());
        return *id;
    };
    const QString ourEntry = propose(ours);
    const QString otherEntry = propose(other);

    // The officer of the first grid is offered the entry of its grid; the other grid's waits for its own.
    const Scope gridScope = QStringList{v.grid};
    const PointsBoard board(db);
    const QList<BoardEntry> offered = board.entries(v.village, PointsBoard::Filter::AwaitingMeeting, 500, gridScope);
    REQUIRE(offered.size() == 1);
    CHECK(offered.first().entry.id == ourEntry);
    CHECK(board.countOutside(v.village, PointsBoard::Filter::AwaitingMeeting, gridScope) == 1);
    // The village's accounts, and tools without a scope, see both.
    CHECK(board.entries(v.village, PointsBoard::Filter::AwaitingMeeting, 500, QStringList{v.village}).size() == 2);
    CHECK(board.countOutside(v.village, PointsBoard::Filter::AwaitingMeeting, QStringList{v.village}) == 0);
    CHECK(board.entries(v.village, PointsBoard::Filter::AwaitingMeeting).size() == 2);

    const QString attendees = QStringLiteral("评议会成员七人");
    const int meetingsBefore = int(board.meetings(v.village).size());
    // Deciding the other grid's entry is refused naming it, and nothing is written: no meeting, no decision.
    const auto outside = ledger.recordMeeting(v.village, QDate(2026, 11, 20), attendees, {},
                                              {{ourEntry, 7, 0}, {otherEntry, 7, 0}}, gridScope);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().field == QStringLiteral("votes"));
    CHECK(outside.error().message.contains(QStringLiteral("菖蒲村8组")));
    CHECK(board.meetings(v.village).size() == meetingsBefore);
    CHECK(ledger.status(ourEntry).state == EntryState::Proposed);
    // An entry ticked without votes, or no entry at all, is refused.
    const auto noVotes =
        ledger.recordMeeting(v.village, QDate(2026, 11, 20), attendees, {}, {{ourEntry, 0, 0}}, gridScope);
    REQUIRE_FALSE(noVotes.ok());
    CHECK(noVotes.error().message.contains(QStringLiteral("菖蒲村1组")));
    CHECK(ledger.recordMeeting(v.village, QDate(2026, 11, 20), attendees, {}, {}, gridScope).error().field ==
          QStringLiteral("votes"));
    CHECK(board.meetings(v.village).size() == meetingsBefore);

    const auto held =
        ledger.recordMeeting(v.village, QDate(2026, 11, 20), attendees, {}, {{ourEntry, 5, 2}}, gridScope);
    REQUIRE(held.ok());
    CHECK(ledger.status(ourEntry).state == EntryState::Posted);
    CHECK(ledger.status(otherEntry).state == EntryState::Proposed);
    CHECK(board.decidedAt(*held).size() == 1);
}
