#include "core/demo/DemoDisputes.h"

#include "core/demo/DemoRandom.h"
#include "core/mediation/CaseNumbers.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace lianxin {

namespace {
struct Grid
{
    QString id;
    QString villageId;
    int households = 0;
};

// What a demo dispute is about, with words for its steps (demo data is Chinese whatever the interface).
struct Story
{
    const char *category;
    const char *title;
    const char *facts;
    const char *terms;
};

const QList<Story> &stories()
{
    static const QList<Story> list{
        {"neighbours", "排水沟堵塞纠纷", "两户相邻，一方修建猪圈堵塞排水沟，雨天积水漫入另一方院内。", "堵塞方于十日内疏通排水沟并改建猪圈排水口。"},
        {"housing_land", "宅基地边界纠纷", "两户因院墙位置发生争执，一方认为对方院墙越界约三十厘米。", "以村组原始丈量记录为准，越界部分由建墙方拆除。"},
        {"marriage_family", "赡养纠纷", "老人有三个子女，因赡养费分担问题产生矛盾，老人生活困难。", "三子女每人每月支付赡养费三百元，轮流照料老人。"},
        {"forest_land", "山林权属纠纷", "两组村民对交界处山场的权属各执一词，发生砍伐冲突。", "以林权证四至为界，重新设立界桩，已砍林木折价补偿。"},
        {"contract", "茶叶收购款纠纷", "茶农向收购商交售茶叶后，收购商拖欠货款未付。", "收购商于协议签订后十五日内付清全部货款。"},
        {"damages", "耕牛损害庄稼纠纷", "一户耕牛闯入邻户田地，踩踏毁坏水稻约半亩。", "耕牛所有人赔偿损失八百元，并加强看管。"},
        {"labour", "务工工资纠纷", "村民在本地工地务工三个月，包工头拖欠工资。", "包工头分两期支付拖欠工资，首期于五日内支付。"},
        {"traffic", "农用车交通事故纠纷", "农用三轮车与摩托车在村道相撞，摩托车驾驶人受轻伤。", "三轮车驾驶人承担医疗费及误工费共计三千元。"},
        {"land_acquisition", "修路占地补偿纠纷", "村道拓宽占用部分承包地，户主对补偿分配有异议。", "按实际丈量面积补偿，补偿款由村委会统一发放。"},
        {"other", "借款纠纷", "亲戚间借款两万元，到期后借款人未按约归还。", "借款人分三期归还借款，每期间隔一个月。"},
    };
    return list;
}

QString at(const QDate &date, int hour = 9)
{
    return QStringLiteral("%1T%2:30").arg(date.toString(Qt::ISODate)).arg(hour, 2, 10, QLatin1Char('0'));
}
} // namespace

Result<int> makeDemoDisputes(Database &database, quint64 seed, int count, const std::function<bool(int, int)> &progress)
{
    DemoRandom random(seed ^ 0x6d65646961746eULL);
    Transaction transaction = database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();

    QList<Grid> grids;
    QSqlQuery gridQuery = database.prepare(QStringLiteral(
        "SELECT g.id, g.parent_id, (SELECT count(*) FROM households h WHERE h.grid_id = g.id AND h.deleted = 0)"
        " FROM regions g WHERE g.kind = 'grid' AND g.deleted = 0 ORDER BY g.code"));
    if (Status status = database.exec(gridQuery); !status)
        return status.error();
    while (gridQuery.next()) {
        if (gridQuery.value(2).toInt() >= 2)
            grids.append({gridQuery.value(0).toString(), gridQuery.value(1).toString(), gridQuery.value(2).toInt()});
    }
    if (grids.isEmpty())
        return Error{{}, QStringLiteral("Make the demo register first: there is no grid with households.")};
    QHash<QString, QStringList> mediators; // by village
    QSqlQuery memberQuery = database.prepare(QStringLiteral(
        "SELECT mr.region_id, m.id FROM members m JOIN member_regions mr ON mr.member_id = m.id"
        " WHERE m.deleted = 0 AND mr.deleted = 0 AND m.roles LIKE '%mediator%' ORDER BY m.id"));
    if (Status status = database.exec(memberQuery); !status)
        return status.error();
    while (memberQuery.next())
        mediators[memberQuery.value(0).toString()].append(memberQuery.value(1).toString());

    const QDate today = deadlines::today(database.clock());
    CaseNumbers numbers(database);
    // The numbers the county server would have reserved to this workspace.
    QStringList villages;
    for (const Grid &grid : std::as_const(grids)) {
        if (!villages.contains(grid.villageId))
            villages.append(grid.villageId);
    }
    for (const QString &village : std::as_const(villages)) {
        for (int year : {today.year() - 1, today.year()}) {
            if (Status status = numbers.addBlock(village, year, 1, 100000); !status)
                return status.error();
        }
    }

    DisputeRepository cases(database);
    CaseSteps steps(database);
    // A person of a random household of the grid (by the grid's index of households, then the household's
    // index of persons: never a scan of the register).
    QSqlQuery personQuery = database.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.sex, p.id_number, p.phone, h.address || coalesce(h.house_number, '')"
        " FROM (SELECT id, address, house_number FROM households WHERE grid_id = ? AND deleted = 0"
        "       ORDER BY sort_key, id LIMIT 1 OFFSET ?) h"
        " JOIN persons p ON p.household_id = h.id AND p.deleted = 0 LIMIT 1"));
    const auto person = [&](const Grid &grid, const QString &role) -> Result<DisputeParty> {
        personQuery.addBindValue(grid.id);
        personQuery.addBindValue(int(random.below(quint64(grid.households))));
        if (Status status = database.exec(personQuery); !status)
            return status.error();
        if (!personQuery.next())
            return Error{{}, QStringLiteral("A household of the demo register has nobody in it.")};
        return DisputeParty{{}, role, personQuery.value(0).toString(), personQuery.value(1).toString(),
                            personQuery.value(2).toString(), personQuery.value(3).toString(), personQuery.value(4).toString(),
                            personQuery.value(5).toString(), {}};
    };

    int made = 0;
    for (int n = 0; n < count; ++n) {
        if (progress && n % 100 == 0 && !progress(n, count))
            return Error{QStringLiteral("cancelled"), QStringLiteral("Cancelled.")};
        const Grid &grid = random.pick(grids);
        const Story &story = random.pick(stories());
        DisputeCase d;
        d.regionId = grid.id;
        d.category = QLatin1String(story.category);
        d.source = QLatin1String(vocabulary::disputeSources().at(qsizetype(random.below(5))).code);
        d.receivedOn = today.addDays(-random.between(0, 360));
        d.facts = QString::fromUtf8(story.facts);
        d.claims = QStringLiteral("请求调解委员会主持调解，依法维护自身合法权益。");
        d.amountFen = qint64(random.between(0, 200)) * 10000;
        const int riskRoll = random.between(1, 100);
        d.risk = riskRoll <= 8 ? QStringLiteral("red") : riskRoll <= 30 ? QStringLiteral("orange") : QStringLiteral("yellow");
        d.violenceRisk = random.percent(6);
        d.peopleCount = random.percent(6) ? random.between(5, 30) : 2;
        d.level = random.percent(10) ? QStringLiteral("township") : random.percent(30) ? QStringLiteral("group") : QStringLiteral("village");
        const QStringList &villageMediators = mediators.value(grid.villageId);
        if (!villageMediators.isEmpty())
            d.mediatorIds = {random.pick(villageMediators)};
        const auto applicant = person(grid, QStringLiteral("applicant"));
        const auto respondent = person(grid, QStringLiteral("respondent"));
        if (!applicant || !respondent)
            return applicant ? respondent.error() : applicant.error();
        if (applicant->personId == respondent->personId)
            continue;
        d.parties = {*applicant, *respondent};
        d.title = applicant->name + QStringLiteral("与") + respondent->name + QString::fromUtf8(story.title);
        const auto id = cases.create(d);
        if (!id)
            return id.error();

        // How far the case has come: most are done with, some still open.
        const int stage = random.between(1, 100);
        const int last = stage <= 8 ? 0 : stage <= 16 ? 1 : stage <= 26 ? 2 : stage <= 34 ? 3 : stage <= 42 ? 4 : 9;
        const bool endsWithout = last == 9 && random.percent(12);
        QDate date = d.receivedOn;
        const auto advance = [&](int days) {
            date = date.addDays(days);
            return date <= today;
        };
        const auto record = [&](const char *kind, const QVariantMap &data) -> Status {
            return toStatus(steps.add(*id, QLatin1String(kind), data));
        };
        const QString mediator = QStringLiteral("调解员");
        QList<std::pair<const char *, QVariantMap>> plan;
        plan.append({"rights_notice", {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("method"), QStringLiteral("written")}}});
        if (last >= 2 && advance(random.between(0, 2)))
            plan.append({"investigation",
                         {{QStringLiteral("date"), at(date, 14)}, {QStringLiteral("place"), QStringLiteral("当事人家中")},
                          {QStringLiteral("person"), applicant->name}, {QStringLiteral("investigator"), mediator},
                          {QStringLiteral("record"), QStringLiteral("了解纠纷起因及双方诉求，查看现场。")}}});
        if (last >= 2 && advance(random.between(1, 4)))
            plan.append({"session",
                         {{QStringLiteral("date"), at(date)}, {QStringLiteral("place"), QStringLiteral("村调解室")},
                          {QStringLiteral("present"), applicant->name + QStringLiteral("、") + respondent->name},
                          {QStringLiteral("record"), QStringLiteral("双方陈述意见，调解员释法说理，双方同意继续协商。")},
                          {QStringLiteral("outcome"), QStringLiteral("continue")}}});
        if (last >= 3 && advance(random.between(1, 6))) {
            if (endsWithout) {
                plan.append({"mediation_ended",
                             {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("reason"), QStringLiteral("双方分歧较大，无法达成一致。")},
                              {QStringLiteral("routes"), QStringList{QStringLiteral("litigation")}}}});
            } else {
                plan.append({"session",
                             {{QStringLiteral("date"), at(date)}, {QStringLiteral("place"), QStringLiteral("村调解室")},
                              {QStringLiteral("present"), applicant->name + QStringLiteral("、") + respondent->name},
                              {QStringLiteral("record"), QStringLiteral("经反复协商，双方自愿达成协议。")},
                              {QStringLiteral("outcome"), QStringLiteral("agreed")}}});
                plan.append({"agreement",
                             {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("form"), random.percent(85) ? QStringLiteral("written") : QStringLiteral("oral")},
                              {QStringLiteral("disputed_points"), d.facts}, {QStringLiteral("terms"), QString::fromUtf8(story.terms)},
                              {QStringLiteral("manner"), QStringLiteral("当面履行")},
                              {QStringLiteral("performance_deadline"), date.addDays(15).toString(Qt::ISODate)},
                              {QStringLiteral("amount"), d.amountFen / 2}, {QStringLiteral("signed"), true}}});
            }
        }
        if (last >= 4 && !endsWithout && advance(random.between(3, 14)))
            plan.append({"performance", {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("result"), QStringLiteral("done")}}});
        if (last >= 9 && advance(random.between(10, 20)))
            plan.append({"follow_up",
                         {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("visitor"), mediator},
                          {QStringLiteral("performance"), endsWithout ? QStringLiteral("not_done") : QStringLiteral("done")},
                          {QStringLiteral("satisfaction"), QStringLiteral("satisfied")}}});
        if (last >= 9 && advance(random.between(1, 5)))
            plan.append({"closure",
                         {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                          {QStringLiteral("kind"), endsWithout ? QStringLiteral("ended") : QStringLiteral("performed")},
                          {QStringLiteral("summary"), endsWithout ? QStringLiteral("调解不成，已告知当事人通过诉讼途径解决。")
                                                                  : QStringLiteral("协议已履行完毕，双方满意。")}}});
        if (last >= 9 && advance(random.between(1, 10)))
            plan.append({"filing", {{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("keeper"), mediator}}});
        for (const auto &[kind, data] : std::as_const(plan)) {
            if (last == 0)
                break;
            // A party without an ID number in the register keeps the case from closing: it stays open.
            if (QLatin1String(kind) == QLatin1String("closure") &&
                !steps.missingForClosure(*id, data.value(QStringLiteral("kind")).toString()).isEmpty())
                break;
            if (Status status = record(kind, data); !status)
                return status.error();
        }
        ++made;
    }
    // Only the numbers used were ever "reserved": further ones come from the county server, whose counter
    // starts after the highest number its cases carry.
    if (Status status = database.exec(QStringLiteral("UPDATE case_number_blocks SET last = next - 1")); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return made;
}

} // namespace lianxin
