#include "core/demo/DemoService.h"

#include "core/auth/AccountRepository.h"
#include "core/common/ChinaTime.h"
#include "core/demo/DemoRandom.h"
#include "core/register/Vocabulary.h"
#include "core/service/Consultations.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/Visits.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"

namespace lianxin {

namespace {
constexpr int kMonths = 12;

struct DemoHousehold
{
    QString id;
    QString gridId;
    QString address;
    QString head;
    QString phone;
    bool key = false;
};

struct Texts
{
    const char *category;
    const char *problem;
    const char *answer;
    const char *kind; // the default catalogue's kind it is handed on as
};
// What officers find and say, by category (Chinese data, not interface text).
const Texts kProblems[] = {
    {"livelihood", "家中老人生病，收入减少", "已联系村委会了解救助政策", "S04"},
    {"policy", "咨询低保申请条件", "已解释低保申请条件和材料", "S03"},
    {"social_security", "养老金认证不会操作", "现场帮助完成手机认证", "S01"},
    {"housing", "老房屋顶漏雨", "已登记危房排查", "S07"},
    {"land", "与邻居山林界址不清", "已解释确权政策，建议申请勘界", "S07"},
    {"paperwork", "身份证过期需换领", "已告知办理流程", "S06"},
    {"paperwork", "残疾证到期需换证", "已告知换证材料", "S05"},
    {"social_security", "医保报销材料不全", "已说明报销材料清单", "S02"},
    {"health", "独居老人行动不便", "已联系家庭医生上门", "S04"},
    {"land", "耕地地力补贴未到账", "已解释发放时间", "S08"},
};

QList<DemoHousehold> householdsOf(Database &database, const QString &villageId, const QStringList &keyTags)
{
    QSqlQuery q = database.prepare(QStringLiteral(
        "SELECT h.id, h.grid_id, h.address || coalesce(' ' || h.house_number, ''), p.name, p.phone, h.tags "
        "FROM households h JOIN regions g ON g.id = h.grid_id LEFT JOIN persons p ON p.id = h.head_person_id "
        "WHERE g.parent_id = ? AND h.deleted = 0 ORDER BY h.sort_key, h.id"));
    q.addBindValue(villageId);
    QList<DemoHousehold> list;
    if (!database.exec(q))
        return list;
    while (q.next()) {
        const QStringList tags = RecordWriter::storedList(q.value(5));
        const bool key =
            std::any_of(tags.cbegin(), tags.cend(), [&](const QString &tag) { return keyTags.contains(tag); });
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), key});
    }
    return list;
}

// The demo's people: each step and visit is recorded under the account of its role.
struct Actors
{
    Database &database;
    QHash<QString, QString> byRole; // role → account id

    void as(const char *role) { database.setActor(byRole.value(QLatin1String(role))); }
};

// Walks a request on as far as its age says, a day or two between steps; some are reopened by an
// unsatisfied revisit, some escalated.
Status walk(ServiceRequests &requests, DemoRandom &random, Actors &actors, const QString &id, const QDate &takenOn,
            const QDate &today, const QStringList &departments, QStringList *escalated, bool escalate = false)
{
    const int ageDays = int(takenOn.daysTo(today));
    QDate day = takenOn;
    const auto step = [&](const char *action, const QVariantMap &data, const char *role) {
        day = std::min(today, day.addDays(random.between(0, 2)));
        const QDateTime at = QDateTime(day, QTime(random.between(8, 17), random.between(0, 59)), Qt::UTC).addSecs(-kChinaUtcOffsetSeconds);
        actors.as(role);
        return toStatus(requests.act(id, QLatin1String(action), data, QLatin1String(role),
                                     std::min(at, actors.database.clock().nowUtc())));
    };
    const QString department = departments.isEmpty() ? QString() : random.pick(departments);
    if (ageDays < 1 && random.percent(60))
        return {}; // still waiting for the sub-centre
    if (!escalate && random.percent(5))
        return step("return", {{QStringLiteral("reason"), QStringLiteral("材料不全，请补充户口簿复印件")}},
                    "township_admin");
    if (Status s = step("accept", {}, "township_admin"); !s)
        return s;
    if ((escalate || random.percent(4)) && escalated) {
        escalated->append(id);
        return step("escalate", {{QStringLiteral("reason"), QStringLiteral("涉及多个部门，需会商")}}, "township_admin");
    }
    if (ageDays < 2 && random.percent(50))
        return {};
    if (Status s = step("assign", {{QStringLiteral("department_id"), department}}, "township_admin"); !s)
        return s;
    if (ageDays < 4 && random.percent(50))
        return {};
    if (Status s = step("claim", {}, "department"); !s)
        return s;
    // Some linger past their limit: the red cards of the demo.
    if ((ageDays < 12 && random.percent(50)) || random.percent(4))
        return {};
    if (Status s = step("done", {{QStringLiteral("result"), QStringLiteral("已按政策办理")}}, "department"); !s)
        return s;
    if (ageDays < 15 && random.percent(50))
        return {};
    if (Status s = step("tell", {}, "grid_officer"); !s)
        return s;
    if (ageDays < 20 && random.percent(50))
        return {};
    if (random.percent(10)) {
        // Not satisfied: reopened, routed again, and settled the second time.
        if (Status s = step(
                "revisit",
                {{QStringLiteral("satisfaction"), QStringLiteral("dissatisfied")}, {QStringLiteral("settled"), false}},
                "grid_officer");
            !s)
            return s;
        if (ageDays < 40)
            return {};
        for (const char *action : {"assign", "claim", "done", "tell"}) {
            const QVariantMap data = qstrcmp(action, "assign") == 0
                                         ? QVariantMap{{QStringLiteral("department_id"), department}}
                                     : qstrcmp(action, "done") == 0
                                         ? QVariantMap{{QStringLiteral("result"), QStringLiteral("重新核实后补办")}}
                                         : QVariantMap{};
            const char *role = qstrcmp(action, "assign") == 0 ? "township_admin"
                               : qstrcmp(action, "tell") == 0 ? "grid_officer"
                                                              : "department";
            if (Status s = step(action, data, role); !s)
                return s;
        }
    }
    return step(
        "revisit",
        {{QStringLiteral("satisfaction"), random.percent(80) ? QStringLiteral("satisfied") : QStringLiteral("fair")},
         {QStringLiteral("settled"), true}},
        "grid_officer");
}
} // namespace

Result<int> makeDemoService(Database &database, quint64 seed, const DemoServiceRates &rates)
{
    DemoRandom random(seed ^ 0x73657276696365ULL);
    const QDate today = chinaToday(database.clock());
    Transaction transaction = database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    ServiceCatalogue catalogue(database);
    VisitRepository visits(database);
    ServiceRequests requests(database);
    Consultations consultations(database);
    Actors actors{database, {}};
    for (const auto &[role, username] : {std::pair{"grid_officer", "officer"}, std::pair{"township_admin", "admin"},
                                         std::pair{"department", "civil"}}) {
        if (const auto account = AccountRepository(database).findByUsername(QLatin1String(username)))
            actors.byRole.insert(QLatin1String(role), account->id);
    }
    const QString actorBefore = database.actor();
    const qint64 firstSeq = ChangeLog(database).lastSeq();

    // The townships the demo filled with households (the county's region list holds all 24).
    QSqlQuery townships = database.prepare(QStringLiteral(
        "SELECT t.id FROM regions t WHERE t.kind IN ('town', 'township', 'subdistrict') AND t.deleted = 0 AND EXISTS ("
        "SELECT 1 FROM households h JOIN region_ancestors a ON a.region_id = h.grid_id WHERE a.ancestor_id = t.id) "
        "ORDER BY t.code"));
    if (Status status = database.exec(townships); !status)
        return status.error();
    QStringList townshipIds;
    while (townships.next())
        townshipIds.append(townships.value(0).toString());
    int made = 0;
    for (const QString &township : std::as_const(townshipIds)) {
        if (Status status = catalogue.addDefaults(township); !status)
            return status.error();
        const VisitSettings settings = catalogue.visitSettings(township);
        if (auto saved = catalogue.saveVisitSettings(settings); !saved)
            return saved.error();
        QStringList departments;
        for (const Department &d : catalogue.departments(township))
            departments.append(d.id);
        const QList<ServiceKind> kinds = catalogue.kinds(township);
        QList<ServiceKind> requestKinds;
        QList<ServiceKind> eventKinds;
        for (const ServiceKind &k : kinds)
            (k.type == QLatin1String("event") ? eventKinds : requestKinds).append(k);

        QSqlQuery villages =
            database.prepare(QStringLiteral("SELECT id, name FROM regions WHERE parent_id = ? AND kind IN ('village', "
                                            "'community') AND deleted = 0 ORDER BY code"));
        villages.addBindValue(township);
        if (Status status = database.exec(villages); !status)
            return status.error();
        QList<std::pair<QString, QString>> villageList;
        while (villages.next())
            villageList.append({villages.value(0).toString(), villages.value(1).toString()});
        for (const auto &[villageId, villageName] : std::as_const(villageList)) {
            const QList<DemoHousehold> households = householdsOf(database, villageId, settings.keyTags);
            if (households.isEmpty())
                continue;
            QStringList escalated;
            for (const DemoHousehold &h : households) {
                for (int month = kMonths - 1; month >= 0; --month) {
                    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-month);
                    const QDate last = month == 0 ? today : first.addMonths(1).addDays(-1);
                    const int visitsThisMonth = h.key ? 2 : 1;
                    for (int n = 0; n < visitsThisMonth; ++n) {
                        if (!random.percent(month == 0 ? 55 : 93))
                            continue;
                        Visit visit;
                        visit.householdId = h.id;
                        visit.visitedOn = first.addDays(random.between(0, int(first.daysTo(last))));
                        visit.visitedAt = QTime(random.between(8, 17), random.between(0, 11) * 5);
                        visit.kind = h.key                ? QStringLiteral("key")
                                     : random.percent(10) ? QStringLiteral("safety")
                                                          : QStringLiteral("routine");
                        visit.workers = {QStringLiteral("汪海")};
                        if (random.percent(30))
                            visit.workers.append(QStringLiteral("储国华"));
                        visit.met = h.head;
                        visit.situation = h.key ? QStringLiteral("重点户，生活基本正常，已询问身体和用药情况")
                                                : QStringLiteral("家庭情况正常");
                        QList<Problem> problems;
                        const Texts *texts = nullptr;
                        const bool found = random.percent(rates.problemPercent);
                        const int disposition = random.between(1, 100);
                        if (found) {
                            texts = &kProblems[random.below(std::size(kProblems))];
                            Problem p;
                            p.category = QLatin1String(texts->category);
                            p.description = QString::fromUtf8(texts->problem);
                            // Most are answered on the spot; the rest are handed on, or (recently) still open.
                            if (disposition <= rates.answeredPercent) {
                                p.answer = disposition <= rates.answeredPercent / 2 ? QStringLiteral("solved")
                                                                                    : QStringLiteral("explained");
                                p.answerNote = QString::fromUtf8(texts->answer);
                            }
                            problems.append(p);
                        }
                        actors.as("grid_officer");
                        const auto visitId = visits.record(visit, problems);
                        if (!visitId)
                            return visitId.error();
                        ++made;
                        if (!found || disposition <= rates.answeredPercent)
                            continue;
                        const QString problemId = visits.problemsOf(*visitId).first().id;
                        const bool handOn = disposition <= 92 || visit.visitedOn < today.addDays(-30);
                        if (!handOn)
                            continue; // unanswered: late once its day is over
                        ServiceRequest request;
                        request.regionId = h.gridId;
                        request.householdId = h.id;
                        request.problemId = problemId;
                        request.kindId = random.pick(requestKinds).id;
                        for (const ServiceKind &k : requestKinds) {
                            if (k.code == QLatin1String(texts->kind))
                                request.kindId = k.id;
                        }
                        request.description = QString::fromUtf8(texts->problem);
                        request.contactName = h.head;
                        request.contactPhone = h.phone;
                        request.address = h.address;
                        request.takenOn = visit.visitedOn;
                        request.takenBy = QStringLiteral("汪海");
                        const auto id = requests.take(request, QStringLiteral("grid_officer"));
                        if (!id)
                            return id.error();
                        // Handed on the day it was found (answer() would date it today).
                        if (Status status = toStatus(
                                RecordWriter(database).update(tables::problems(), problemId,
                                                              {{QStringLiteral("answer"), QStringLiteral("handed_on")},
                                                               {QStringLiteral("answered_on"), visit.visitedOn}}));
                            !status)
                            return status.error();
                        if (Status status = walk(requests, random, actors, *id, visit.visitedOn, today, departments,
                                                 &escalated);
                            !status)
                            return status.error();
                    }
                }
            }
            // Events reported by the grid officer: about one a month.
            for (int month = kMonths - 1; month >= 0; --month) {
                const DemoHousehold &h = households.at(qsizetype(random.below(quint64(households.size()))));
                ServiceRequest event;
                event.type = QStringLiteral("event");
                event.regionId = h.gridId;
                // E01 a hazard, E02 a petition lead (the default catalogue's event kinds).
                const bool hazard = random.percent(50);
                for (const ServiceKind &k : eventKinds) {
                    if (k.code == QLatin1String(hazard ? "E01" : "E02"))
                        event.kindId = k.id;
                }
                event.description = hazard ? QStringLiteral("村道边坡出现裂缝，雨季有滑坡风险")
                                           : QStringLiteral("两户因宅基地界址发生争吵，有上访苗头");
                event.address = h.address;
                event.takenOn = std::min(
                    today, QDate(today.year(), today.month(), 1).addMonths(-month).addDays(random.between(0, 27)));
                event.takenBy = QStringLiteral("汪海");
                actors.as("grid_officer");
                const auto id = requests.take(event, QStringLiteral("grid_officer"));
                if (!id)
                    return id.error();
                if (Status status =
                        walk(requests, random, actors, *id, event.takenOn, today, departments, &escalated, month >= kMonths - 2);
                    !status)
                    return status.error();
            }
            // Two consultations on what was escalated: the older one's decisions done, the recent one's open.
            for (int meeting = 0; meeting < 2 && !escalated.isEmpty(); ++meeting) {
                Consultation c;
                c.regionId = meeting == 0 ? villageId : township;
                c.level = meeting == 0 ? QStringLiteral("village") : QStringLiteral("township");
                c.heldOn = today.addDays(meeting == 0 ? -45 : -6);
                c.chair =
                    meeting == 0 ? villageName + QStringLiteral("党支部书记") : QStringLiteral("乡镇分管综治副书记");
                c.present = QStringLiteral("民政办、司法所、自然资源所、村两委、网格员");
                c.minutes = QStringLiteral("逐件研究疑难事项，明确责任人和办结时限。");
                const QString matter = escalated.at(meeting % escalated.size());
                const auto request = requests.get(matter);
                c.decisions.append({{},
                                    {},
                                    QStringLiteral("service_requests"),
                                    matter,
                                    request ? request->number : QString(),
                                    QStringLiteral("民政办牵头核实，司法所提供法律意见"),
                                    QStringLiteral("民政办"),
                                    c.heldOn.addDays(10),
                                    {},
                                    {}});
                actors.as("township_admin");
                const auto id = consultations.record(c);
                if (!id)
                    return id.error();
                if (meeting == 0) {
                    const auto held = consultations.get(*id);
                    for (const ConsultationDecision &d : held->decisions) {
                        if (Status status = consultations.markDone(d.id, QStringLiteral("已核实并办结")); !status)
                            return status.error();
                    }
                }
            }
        }
    }
    database.setActor(actorBefore);
    // The rows name their people (updated_by), but like all demo data they are the work of the terminal tool:
    // whoever syncs the workspace first sends them (ChangeLog::attributeUnowned).
    if (Status status = ChangeLog(database).disownAfter(firstSeq); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return made;
}

} // namespace lianxin
