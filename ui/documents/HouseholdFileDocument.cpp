#include "ui/documents/HouseholdFileDocument.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/points/PointsLedger.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/Database.h"
#include "ui/documents/CaseFile.h"

namespace lianxin::documents {

namespace {
// The latest lines of each list printed: with them a household's file keeps to one page.
constexpr int kListed = 3;

QString labels(const Vocabulary &vocabulary, const QStringList &codes)
{
    QStringList texts;
    for (const QString &code : codes)
        texts.append(zhLabel(vocabulary, code));
    return texts.join(QStringLiteral("、"));
}

QString sexText(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("男") : sex == Sex::Female ? QStringLiteral("女") : QString();
}

QString pointsStateText(EntryState state)
{
    switch (state) {
    case EntryState::Proposed:
        return QStringLiteral("待评议");
    case EntryState::Rejected:
        return QStringLiteral("未通过");
    case EntryState::Posted:
        return QStringLiteral("公示中");
    case EntryState::Objected:
        return QStringLiteral("有异议");
    case EntryState::Confirmed:
        return QStringLiteral("已确认");
    case EntryState::Revoked:
        return QStringLiteral("已撤销");
    }
    return {};
}

// A list as one cell of the form: its latest lines, one a line, and how many more there are.
QString latest(const QStringList &lines)
{
    if (lines.isEmpty())
        return QStringLiteral("无");
    QString text = lines.mid(0, kListed).join(QLatin1Char('\n'));
    if (lines.size() > kListed)
        text += QStringLiteral("\n（另有 %1 条，见系统）").arg(lines.size() - kListed);
    return text;
}
} // namespace

std::optional<HouseholdFile> loadHouseholdFile(Database &database, const Account &account, const QString &householdId,
                                               const QSet<QString> &revealed)
{
    const auto household = HouseholdRepository(database).get(householdId);
    if (!household)
        return std::nullopt;
    HouseholdFile file;
    file.household = *household;
    RegionRepository regions(database);
    const auto grid = regions.get(household->gridId);
    const auto village = grid ? regions.get(grid->parentId) : std::nullopt;
    file.gridName = grid ? grid->name : QString();
    file.villageName = village ? village->name : QString();
    file.members = PersonRepository(database).members(householdId);
    for (const Person &person : std::as_const(file.members)) {
        if (person.id == household->headPersonId)
            file.headName = person.name;
    }
    const Permissions may = account.permissions();
    if (may.revealPersonalData)
        file.revealed = revealed;
    file.sensitiveTags = may.seeSensitiveTags;
    const QDate today = chinaToday(database.clock());
    file.visits = VisitRepository(database).ofHousehold(householdId);
    file.requests = RequestList(database).ofHousehold(householdId, today, WorkingCalendar::load(database));
    file.casesShown = may.seeDisputes;
    if (file.casesShown) {
        DisputeFilter filter;
        filter.householdId = householdId;
        filter.scope = account.scope;
        filter.author = account.id;
        filter.today = today;
        file.cases = DisputeList(database).page(filter, {}, 100).rows;
    }
    file.points = PointsBoard(database).history(householdId);
    file.balance = PointsLedger(database).balance(householdId);
    file.printedBy = account.displayName;
    file.printedOn = today;
    return file;
}

PageLayout householdFileLayout(const HouseholdFile &file)
{
    const Household &h = file.household;
    PageLayout page;
    page.title(QStringLiteral("一户一档"));
    page.centered(file.villageName + file.gridName);
    // Weights are about the millimetres of a portrait A4 page's 165.
    page.row({{QStringLiteral("地址"), true, 24},
              {h.address + (h.houseNumber.isEmpty() ? QString() : QStringLiteral(" ") + h.houseNumber), false, 88},
              {QStringLiteral("户主"), true, 20},
              {file.headName.isEmpty() ? QStringLiteral("未登记") : file.headName, false, 33}});
    page.row({{QStringLiteral("村（社区）"), true, 24},
              {file.villageName, false, 40},
              {QStringLiteral("网格"), true, 20},
              {file.gridName, false, 33},
              {QStringLiteral("人数"), true, 20},
              {QString::number(file.members.size()), false, 28}});
    page.row({{QStringLiteral("户标签"), true, 24}, {labels(vocabulary::householdTags(), h.tags), false, 141}});
    page.row({{QStringLiteral("备注"), true, 24}, {h.notes, false, 141}});

    page.heading(QStringLiteral("家庭成员"));
    page.headerRow({{QStringLiteral("姓名"), true, 16},
                    {QStringLiteral("性别"), true, 12},
                    {QStringLiteral("关系"), true, 12},
                    {QStringLiteral("出生"), true, 17},
                    {QStringLiteral("身份证号"), true, 40},
                    {QStringLiteral("电话"), true, 26},
                    {QStringLiteral("居住"), true, 20},
                    {QStringLiteral("标签"), true, 22}});
    if (file.members.isEmpty())
        page.row({{QStringLiteral("无"), false, 1}});
    for (const Person &p : file.members) {
        // What the screen shows: the full numbers only for a member revealed there, the birth year where the
        // ID number is masked (its date is the hidden digits).
        const bool revealed = file.revealed.contains(p.id);
        const QString born = !p.birthDate.isValid() ? QString()
                             : revealed             ? chineseDate(p.birthDate)
                                                    : QStringLiteral("%1年").arg(p.birthDate.year());
        page.row(
            {{p.name, false, 16},
             {sexText(p.sex), false, 12},
             {zhLabel(vocabulary::relations(), p.relation), false, 12},
             {born, false, 17},
             {revealed ? p.idNumber : maskIdNumber(p.idNumber), false, 40},
             {revealed ? p.phone : maskPhone(p.phone), false, 26},
             {zhLabel(vocabulary::residenceStatuses(), p.residenceStatus), false, 20},
             {labels(vocabulary::personTags(), vocabulary::shownPersonTags(p.tags, file.sensitiveTags)), false, 22}});
    }

    // The other areas' records, the latest few of each, as the rows of one form.
    page.heading(QStringLiteral("走访、服务、纠纷与积分"));
    QStringList lines;
    for (const Visit &v : file.visits)
        lines.append(QStringLiteral("%1 %2（%3）%4")
                         .arg(chineseDate(v.visitedOn), zhLabel(vocabulary::visitKinds(), v.kind),
                              v.workers.join(QStringLiteral("、")), v.situation));
    page.row({{QStringLiteral("走访记录\n（%1 次）").arg(file.visits.size()), true, 24}, {latest(lines), false, 141}});
    lines.clear();
    for (const RequestRow &r : file.requests)
        lines.append(QStringLiteral("%1 %2 %3：%4")
                         .arg(chineseDate(r.request.takenOn), r.request.number,
                              zhLabel(vocabulary::requestStates(), r.request.state), r.request.description));
    page.row(
        {{QStringLiteral("服务事项\n（%1 件）").arg(file.requests.size()), true, 24}, {latest(lines), false, 141}});
    if (file.casesShown) {
        lines.clear();
        for (const DisputeRow &c : file.cases)
            lines.append(QStringLiteral("%1 %2 %3（%4）")
                             .arg(chineseDate(c.receivedOn), c.caseNumber, c.title,
                                  zhLabel(vocabulary::caseStatuses(), c.status)));
        page.row(
            {{QStringLiteral("矛盾纠纷\n（%1 件）").arg(file.cases.size()), true, 24}, {latest(lines), false, 141}});
    }
    lines.clear();
    for (const BoardEntry &e : file.points)
        lines.append(
            QStringLiteral("%1 %2%3 %4（%5）")
                .arg(chineseDate(e.entry.deedOn), e.personName.isEmpty() ? QString() : e.personName + QLatin1Char(' '),
                     e.indicatorName,
                     e.entry.points > 0 ? QStringLiteral("+%1").arg(e.entry.points) : QString::number(e.entry.points),
                     pointsStateText(e.status.state)));
    page.row({{QStringLiteral("道德积分\n余额 %1 分").arg(file.balance), true, 24}, {latest(lines), false, 141}});

    page.spacer(3);
    page.paragraph(QStringLiteral("打印人：%1　　打印日期：%2　　身份证号、电话按打印人的权限遮挡显示。")
                       .arg(file.printedBy, chineseDate(file.printedOn)),
                   false);
    return page;
}

} // namespace lianxin::documents
