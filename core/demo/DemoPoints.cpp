#include "core/demo/DemoPoints.h"

#include "core/demo/DemoRandom.h"
#include "core/mediation/Deadlines.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsLedger.h"
#include "core/points/Supermarket.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace lianxin {

namespace {
constexpr int kMonths = 6;
constexpr int kCouncil = 9; // members of a village's evaluation council who vote
const char *const kProposer = "网格员";

struct Goods
{
    const char *name;
    const char *unit;
    int price;
};
const Goods kGoods[] = {{"洗衣粉", "袋", 10}, {"食用油", "桶", 50}, {"大米", "袋", 40},
                        {"毛巾", "条", 8},    {"牙膏", "支", 6},    {"酱油", "瓶", 8}};

QStringList householdsOf(Database &database, const QString &villageId)
{
    QSqlQuery q = database.prepare(QStringLiteral(
        "SELECT h.id FROM households h JOIN regions g ON g.id = h.grid_id WHERE g.parent_id = ? AND h.deleted = 0 "
        "ORDER BY h.sort_key, h.id"));
    q.addBindValue(villageId);
    QStringList ids;
    if (database.exec(q))
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

// Proposes `count` entries for random households of the village with deeds in [from, to]; entries the
// ledger refuses (a cap reached) are simply not made. Returns the ids made.
QStringList propose(Database &database, DemoRandom &random, const QStringList &households, const QList<Indicator> &catalogue,
                    const QDate &from, const QDate &to, int count)
{
    PointsLedger ledger(database);
    QStringList made;
    const int days = int(from.daysTo(to));
    for (int n = 0; n < count; ++n) {
        // Awards are far commoner than deductions.
        const Indicator *indicator = nullptr;
        for (int attempt = 0; attempt < 4 && !indicator; ++attempt) {
            const Indicator &candidate = random.pick(catalogue);
            if (candidate.minPoints > 0 || random.percent(25))
                indicator = &candidate;
        }
        if (!indicator)
            continue;
        PointsEntry entry;
        entry.householdId = random.pick(households);
        entry.indicatorId = indicator->id;
        entry.points = random.between(indicator->minPoints, indicator->maxPoints);
        entry.deedOn = from.addDays(random.between(0, qMax(0, days)));
        entry.evidence = indicator->evidenceRequired ? QStringLiteral("网格员走访核实，有村民小组长证明") : QString();
        entry.proposedBy = QString::fromUtf8(kProposer);
        if (const auto id = ledger.propose(entry))
            made.append(*id);
    }
    return made;
}

Status decideAll(Database &database, DemoRandom &random, const QString &villageId, const QDate &heldOn, const QStringList &entries)
{
    PointsLedger ledger(database);
    const auto meeting = ledger.holdMeeting(villageId, heldOn, QStringLiteral("村党支部书记、村委会主任、党员代表、村民代表共9人"),
                                            QStringLiteral("逐户评议本月提名事项，举手表决。"));
    if (!meeting)
        return meeting.error();
    for (const QString &id : entries) {
        const int votesFor = random.percent(90) ? random.between(6, kCouncil) : random.between(2, 4);
        if (Status status = ledger.decide(id, *meeting, votesFor, kCouncil - votesFor, votesFor > kCouncil - votesFor); !status)
            return status;
    }
    return {};
}

Status stockSupermarket(Database &database, DemoRandom &random, const QString &villageId, const QStringList &households)
{
    Supermarket market(database);
    QStringList items;
    for (const Goods &goods : kGoods) {
        SupermarketItem item;
        item.villageId = villageId;
        item.name = QString::fromUtf8(goods.name);
        item.unit = QString::fromUtf8(goods.unit);
        item.price = goods.price;
        const auto id = market.addItem(item);
        if (!id)
            return id.error();
        if (Status status = market.moveStock(*id, random.between(20, 60), QStringLiteral("乡镇配送入库")); !status)
            return status;
        items.append(*id);
    }
    // Households spend some of their points; a redemption the balance or stock refuses is not made.
    for (int n = 0; n < households.size() / 3; ++n)
        (void)market.redeem(random.pick(households), random.pick(items), random.between(1, 2));
    return {};
}
} // namespace

Result<int> makeDemoPoints(Database &database, quint64 seed)
{
    DemoRandom random(seed ^ 0x706f696e7473ULL);
    QSqlQuery villages = database.prepare(QStringLiteral(
        "SELECT v.id FROM regions v WHERE v.kind IN ('village', 'community') AND v.deleted = 0 ORDER BY v.code"));
    if (Status status = database.exec(villages); !status)
        return status.error();
    QStringList villageIds;
    while (villages.next())
        villageIds.append(villages.value(0).toString());

    Transaction transaction = database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const QDate today = deadlines::today(database.clock());
    PointsCatalogue catalogue(database);
    PointsLedger ledger(database);
    int entries = 0;
    for (const QString &villageId : std::as_const(villageIds)) {
        const QStringList households = householdsOf(database, villageId);
        if (households.isEmpty())
            continue;
        if (const auto made = catalogue.installDefault(villageId); !made)
            return made.error();
        if (Status status = ledger.saveSettings({{}, villageId, QStringLiteral("quarter"), 7, 0}); !status)
            return status.error();
        const QList<Indicator> indicators = catalogue.current(villageId);
        const int perMonth = qMax(3, int(households.size()) / 3);
        // Monthly meetings, the latest three days ago so it is still under notice.
        QDate heldOn = today.addDays(-3);
        QList<QDate> meetings;
        for (int month = 0; month < kMonths; ++month)
            meetings.prepend(heldOn.addMonths(-month));
        QStringList lastMade;
        for (const QDate &meeting : std::as_const(meetings)) {
            lastMade = propose(database, random, households, indicators, meeting.addDays(-28), meeting, perMonth);
            if (Status status = decideAll(database, random, villageId, meeting, lastMade); !status)
                return status.error();
            entries += int(lastMade.size());
        }
        // Every meeting but the latest has ended its notice.
        if (const auto confirmed = ledger.confirmDue(villageId); !confirmed)
            return confirmed.error();
        // A villager objects to an entry of the meeting still under notice.
        for (const QString &id : std::as_const(lastMade)) {
            if (ledger.status(id).state != EntryState::Posted)
                continue;
            if (Status status = ledger.object(id, QStringLiteral("邻居反映该户事迹与实际情况不符，要求重新核实。")); !status)
                return status.error();
            break;
        }
        const QStringList awaiting = propose(database, random, households, indicators, today.addDays(-20), today, perMonth / 4 + 1);
        entries += int(awaiting.size());
        if (Status status = stockSupermarket(database, random, villageId, households); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return entries;
}

} // namespace lianxin
