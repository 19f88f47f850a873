#include "ui/documents/ServiceDocuments.h"

#include "core/auth/Account.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/service/ServiceVocabulary.h"

namespace lianxin::documents {

namespace {
// Coded values in Chinese whatever the interface language: the forms are Chinese documents.
QString chinese(const Vocabulary &vocabulary, const QString &code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("routine"), QStringLiteral("常规走访")},
        {QStringLiteral("key"), QStringLiteral("重点户走访")},
        {QStringLiteral("revisit"), QStringLiteral("回访")},
        {QStringLiteral("safety"), QStringLiteral("访平安")},
        {QStringLiteral("policy"), QStringLiteral("政策宣讲")},
        {QStringLiteral("solved"), QStringLiteral("现场解决")},
        {QStringLiteral("explained"), QStringLiteral("解释说明")},
        {QStringLiteral("handed_on"), QStringLiteral("转为服务事项")},
        {QStringLiteral("request"), QStringLiteral("服务事项")},
        {QStringLiteral("event"), QStringLiteral("事件上报")},
        {QStringLiteral("village"), QStringLiteral("村级会商")},
        {QStringLiteral("township"), QStringLiteral("乡镇会商")},
        {QStringLiteral("county"), QStringLiteral("县级会商")},
    };
    static const QHash<QString, QString> categories{
        {QStringLiteral("livelihood"), QStringLiteral("生活困难")},
        {QStringLiteral("policy"), QStringLiteral("政策咨询")},
        {QStringLiteral("social_security"), QStringLiteral("社保医保")},
        {QStringLiteral("health"), QStringLiteral("医疗健康")},
        {QStringLiteral("housing"), QStringLiteral("住房")},
        {QStringLiteral("land"), QStringLiteral("土地山林")},
        {QStringLiteral("paperwork"), QStringLiteral("证照代办")},
        {QStringLiteral("dispute"), QStringLiteral("矛盾纠纷")},
        {QStringLiteral("safety"), QStringLiteral("安全隐患")},
        {QStringLiteral("infrastructure"), QStringLiteral("水电路设施")},
        {QStringLiteral("other"), QStringLiteral("其他")},
    };
    if (&vocabulary == &vocabulary::problemCategories())
        return categories.value(code, code);
    return names.value(code, code);
}
} // namespace

PageLayout visitListLayout(const QString &regionName, const QDate &day, const QList<DueHousehold> &households,
                           bool revealPhones)
{
    PageLayout page;
    page.title(QStringLiteral("%1走访清单").arg(regionName));
    page.centered(QStringLiteral("（%1）").arg(chineseDate(day)));
    page.headerRow({{QStringLiteral("序号"), true},
                    {QStringLiteral("网格"), true, 2},
                    {QStringLiteral("地址"), true, 4},
                    {QStringLiteral("户主"), true, 2},
                    {QStringLiteral("电话"), true, 3},
                    {QStringLiteral("上次走访"), true, 3},
                    {QStringLiteral("未答复问题"), true, 2},
                    {QStringLiteral("已访"), true}});
    if (households.isEmpty())
        page.row({{QStringLiteral("本期无待走访农户"), false, 18}});
    for (qsizetype i = 0; i < households.size(); ++i) {
        const DueHousehold &h = households.at(i);
        page.row({{QString::number(i + 1)},
                  {h.gridName, false, 2},
                  {h.address + (h.key ? QStringLiteral("（重点户）") : QString()), false, 4},
                  {h.headName, false, 2},
                  {revealPhones ? h.headPhone : maskPhone(h.headPhone), false, 3},
                  {h.lastVisit.isValid() ? chineseDate(h.lastVisit) : QStringLiteral("未走访"), false, 3},
                  {QString::number(h.openProblems), false, 2},
                  {QString()}});
    }
    page.spacer(4);
    page.paragraph(
        QStringLiteral("走访要求：户户到、事事清；发现问题当日答复，不能当场解决的转为服务事项并按时回访。"));
    return page;
}

PageLayout visitRecordLayout(const QString &householdName, const QString &address, const Visit &visit,
                             const QList<Problem> &problems)
{
    PageLayout page;
    page.title(QStringLiteral("入户走访记录表"));
    page.row({{QStringLiteral("户主"), true},
              {householdName, false, 2},
              {QStringLiteral("地址"), true},
              {address, false, 2}});
    page.row({{QStringLiteral("走访时间"), true},
              {chineseDate(visit.visitedOn) +
                   (visit.visitedAt.isValid() ? QLatin1Char(' ') + visit.visitedAt.toString(QStringLiteral("HH:mm"))
                                              : QString()),
               false, 2},
              {QStringLiteral("走访类型"), true},
              {chinese(vocabulary::visitKinds(), visit.kind), false, 2}});
    page.row({{QStringLiteral("走访人"), true},
              {visit.workers.join(QStringLiteral("、")), false, 2},
              {QStringLiteral("接访人员"), true},
              {visit.met, false, 2}});
    page.row({{QStringLiteral("走访情况"), true}, {visit.situation, false, 5}});
    if (!visit.latitude.isEmpty())
        page.row({{QStringLiteral("位置"), true},
                  {QStringLiteral("北纬 %1，东经 %2").arg(visit.latitude, visit.longitude), false, 5}});
    page.heading(QStringLiteral("发现问题及答复"));
    page.headerRow({{QStringLiteral("类别"), true},
                    {QStringLiteral("问题"), true, 3},
                    {QStringLiteral("责任人"), true},
                    {QStringLiteral("答复"), true, 3}});
    if (problems.isEmpty())
        page.row({{QStringLiteral("未发现问题"), false, 8}});
    for (const Problem &p : problems) {
        const QString answer = p.answer.isEmpty()
                                   ? QStringLiteral("待答复")
                                   : chinese(vocabulary::problemAnswers(), p.answer) +
                                         (p.answerNote.isEmpty() ? QString() : QStringLiteral("：") + p.answerNote);
        page.row({{chinese(vocabulary::problemCategories(), p.category)},
                  {p.description, false, 3},
                  {p.owner},
                  {answer, false, 3}});
    }
    page.spacer(6);
    page.signatures({QStringLiteral("走访人"), QStringLiteral("群众签字")}, false);
    return page;
}

PageLayout requestSlipLayout(const QString &townshipName, const ServiceRequest &request, const QString &kindName,
                             const QString &departmentName)
{
    PageLayout page;
    page.title(QStringLiteral("%1便民服务%2受理单")
                   .arg(townshipName,
                        request.type == QLatin1String("event") ? QStringLiteral("事件") : QStringLiteral("事项")));
    page.rightAligned(QStringLiteral("编号：%1").arg(request.number));
    page.row({{QStringLiteral("类型"), true},
              {chinese(vocabulary::requestTypes(), request.type)},
              {QStringLiteral("类别"), true},
              {kindName}});
    page.row({{QStringLiteral("联系人"), true},
              {request.contactName},
              {QStringLiteral("联系电话"), true},
              {maskPhone(request.contactPhone)}});
    page.row({{QStringLiteral("地址"), true}, {request.address, false, 3}});
    page.row({{QStringLiteral("事项内容"), true}, {request.description, false, 3}});
    page.row({{QStringLiteral("受理日期"), true},
              {chineseDate(request.takenOn)},
              {QStringLiteral("办结时限"), true},
              {chineseDate(request.dueOn)}});
    page.row({{QStringLiteral("承办部门"), true},
              {departmentName.isEmpty() ? QStringLiteral("待分派") : departmentName, false, 3}});
    page.row({{QStringLiteral("受理人"), true}, {request.takenBy, false, 3}});
    page.spacer(4);
    page.paragraph(
        QStringLiteral("本事项由网格员上门受理，乡镇便民服务分中心集中受理、分派相关部门领办，办理结果将告知您并回访。"
                       "如有疑问，请联系您的网格员。"));
    page.spacer(6);
    page.signatures({QStringLiteral("申请人"), QStringLiteral("受理人")}, false);
    return page;
}

PageLayout consultationMinutesLayout(const QString &regionName, const Consultation &consultation)
{
    PageLayout page;
    page.title(
        QStringLiteral("%1%2纪要").arg(regionName, chinese(vocabulary::consultationLevels(), consultation.level)));
    page.row({{QStringLiteral("会商日期"), true},
              {chineseDate(consultation.heldOn)},
              {QStringLiteral("主持人"), true},
              {consultation.chair}});
    page.row({{QStringLiteral("参加单位和人员"), true}, {consultation.present, false, 3}});
    if (!consultation.minutes.isEmpty())
        page.row({{QStringLiteral("会商情况"), true}, {consultation.minutes, false, 3}});
    page.heading(QStringLiteral("议定事项"));
    page.headerRow({{QStringLiteral("事项"), true, 2},
                    {QStringLiteral("议定意见"), true, 4},
                    {QStringLiteral("责任人"), true, 2},
                    {QStringLiteral("完成时限"), true, 2},
                    {QStringLiteral("落实情况"), true, 3}});
    for (const ConsultationDecision &d : consultation.decisions)
        page.row({{d.matterTitle, false, 2},
                  {d.decision, false, 4},
                  {d.owner, false, 2},
                  {chineseDate(d.dueOn), false, 2},
                  {d.doneOn.isValid() ? chineseDate(d.doneOn) + QStringLiteral(" 已落实") : QStringLiteral("未完成"),
                   false, 3}});
    page.spacer(6);
    page.signatures({QStringLiteral("主持人"), QStringLiteral("记录人")}, false);
    return page;
}

} // namespace lianxin::documents
