#include "ui/documents/MediationDocuments.h"

#include "core/mediation/DisputeVocabulary.h"
#include "core/mediation/StepFields.h"

#include <QLocale>

// The text of the forms is the Ministry of Justice's Chinese wording: the documents are Chinese legal
// documents whatever language the interface speaks, so it is written here and not translated.
namespace lianxin::documents {

namespace {
QString blankDay()
{
    return QStringLiteral("        年      月      日");
}

// A step's date or time as written on a form.
QString when(const QVariant &value)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (text.size() > 10)
        return chineseDate(date) + QStringLiteral(" ") + text.mid(11, 5);
    return chineseDate(date);
}

QString money(qint64 fen)
{
    return QLocale(QLocale::Chinese, QLocale::China).toString(double(fen) / 100.0, 'f', 2) + QStringLiteral(" 元");
}

QString value(const DisputeStep &step, const char *key)
{
    const QVariant v = step.data.value(QLatin1String(key));
    const StepField *field = stepField(step.kind, QLatin1String(key));
    if (field && field->choices) {
        QStringList labels;
        for (const QString &code : v.toStringList())
            labels.append(zhLabel(field->choices(), code));
        return labels.join(QStringLiteral("、"));
    }
    if (field && (field->type == StepFieldType::Date || field->type == StepFieldType::DateTime))
        return when(v);
    if (field && field->type == StepFieldType::Bool)
        return v.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    if (field && field->type == StepFieldType::Money)
        return v.isValid() ? money(v.toLongLong()) : QString();
    return v.toString();
}

QString sexText(const QString &sex)
{
    return sex == QLatin1String("M") ? QStringLiteral("男") : sex == QLatin1String("F") ? QStringLiteral("女") : QString();
}

QString roleText(const DisputeParty &party)
{
    return party.role == QLatin1String("applicant") ? QStringLiteral("申请人") : QStringLiteral("被申请人");
}

QStringList partyNames(const CaseFile &file)
{
    QStringList names;
    for (const DisputeParty &party : file.dispute.parties)
        names.append(party.name);
    return names;
}

// The parties' details, as the forms list them.
void partyRows(PageLayout &page, const CaseFile &file)
{
    for (const DisputeParty &p : file.dispute.parties) {
        page.row({{roleText(p), true}, {p.name, false, 2}, {QStringLiteral("性别"), true}, {sexText(p.sex), false, 2}});
        page.row({{QStringLiteral("身份证号"), true}, {p.idNumber, false, 2}, {QStringLiteral("联系电话"), true}, {p.phone, false, 2}});
        page.row({{QStringLiteral("住址"), true}, {p.address, false, 5}});
        if (!p.agent.isEmpty())
            page.row({{QStringLiteral("代理人"), true}, {p.agent, false, 5}});
    }
}

void header(PageLayout &page, const CaseFile &file, const QString &title)
{
    page.title(title);
    page.rightAligned(file.dispute.caseNumber);
}

void full(PageLayout &page, const QString &label, const QString &text)
{
    page.row({{label, true}, {text, false, 5}});
}

void committeeSeal(PageLayout &page, const CaseFile &file, const QDate &date)
{
    page.seal(file.committeeName + QStringLiteral("\n（印章）"), date.isValid() ? chineseDate(date) : blankDay());
}

void intake(PageLayout &page, const CaseFile &f)
{
    const DisputeCase &d = f.dispute;
    header(page, f, QStringLiteral("人民调解受理登记表"));
    full(page, QStringLiteral("纠纷名称"), d.title);
    partyRows(page, f);
    page.row({{QStringLiteral("纠纷类型"), true}, {zhLabel(vocabulary::disputeCategories(), d.category), false, 2},
              {QStringLiteral("纠纷来源"), true}, {zhLabel(vocabulary::disputeSources(), d.source), false, 2}});
    page.row({{QStringLiteral("受理日期"), true}, {chineseDate(d.receivedOn), false, 2}, {QStringLiteral("调解期限"), true},
              {chineseDate(d.deadline), false, 2}});
    page.row({{QStringLiteral("涉及金额"), true}, {money(d.amountFen), false, 2}, {QStringLiteral("涉及人数"), true},
              {QStringLiteral("%1 人").arg(d.peopleCount), false, 2}});
    page.row({{QStringLiteral("风险等级"), true}, {zhLabel(vocabulary::riskGrades(), d.risk), false, 2},
              {QStringLiteral("民转刑风险"), true}, {d.violenceRisk ? QStringLiteral("有") : QStringLiteral("无"), false, 2}});
    page.row({{QStringLiteral("调解层级"), true}, {zhLabel(vocabulary::caseLevels(), d.level), false, 2},
              {QStringLiteral("发生地"), true}, {f.regionName, false, 2}});
    full(page, QStringLiteral("纠纷简要情况"), d.facts);
    full(page, QStringLiteral("当事人申请事项"), d.claims);
    page.row({{QStringLiteral("调解员"), true}, {f.mediatorNames.join(QStringLiteral("、")), false, 2},
              {QStringLiteral("法律顾问"), true}, {f.legalAdviserName, false, 2}});
    full(page, QStringLiteral("受理意见"), QStringLiteral("经审查，本纠纷属于人民调解受理范围，当事人自愿申请调解，决定受理。"));
    page.heading(QStringLiteral("当事人签名："));
    page.signatures(partyNames(f), true);
    page.heading(QStringLiteral("登记人："));
    page.signatures({f.registrarName}, false);
    committeeSeal(page, f, d.receivedOn);
}

void rightsNotice(PageLayout &page, const CaseFile &f)
{
    header(page, f, QStringLiteral("人民调解权利义务告知书"));
    page.paragraph(QStringLiteral("当事人：") + partyNames(f).join(QStringLiteral("、")), false);
    page.paragraph(QStringLiteral("根据《中华人民共和国人民调解法》的规定，人民调解委员会调解民间纠纷，应当在当事人自愿、平等的基础上进行，"
                                  "不违背法律、法规和国家政策，尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。"
                                  "现将当事人在人民调解活动中享有的权利和承担的义务告知如下："));
    page.heading(QStringLiteral("一、当事人享有下列权利："));
    page.paragraph(QStringLiteral("（一）选择或者接受人民调解员；\n（二）接受调解、拒绝调解或者要求终止调解；\n"
                                  "（三）要求调解公开进行或者不公开进行；\n（四）自主表达意愿、自愿达成调解协议。"));
    page.heading(QStringLiteral("二、当事人承担下列义务："));
    page.paragraph(QStringLiteral("（一）如实陈述纠纷事实；\n（二）遵守调解现场秩序，尊重人民调解员；\n（三）尊重对方当事人行使权利。"));
    page.paragraph(QStringLiteral("经调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。"));
    if (const DisputeStep *step = f.lastOf(QStringLiteral("rights_notice")))
        page.paragraph(QStringLiteral("告知方式：%1　　告知日期：%2").arg(value(*step, "method"), value(*step, "date")), false);
    page.heading(QStringLiteral("当事人已知悉上述权利义务，签名："));
    page.signatures(partyNames(f), true);
    const DisputeStep *step = f.lastOf(QStringLiteral("rights_notice"));
    committeeSeal(page, f, step ? stepDate(step->data) : QDate());
}

void investigation(PageLayout &page, const CaseFile &f, const DisputeStep &s)
{
    header(page, f, QStringLiteral("人民调解调查记录"));
    page.row({{QStringLiteral("时间"), true}, {value(s, "date"), false, 2}, {QStringLiteral("地点"), true}, {value(s, "place"), false, 2}});
    page.row({{QStringLiteral("被调查人"), true}, {value(s, "person"), false, 2}, {QStringLiteral("调查人"), true},
              {value(s, "investigator"), false, 2}});
    full(page, QStringLiteral("纠纷名称"), f.dispute.title);
    full(page, QStringLiteral("调查记录"), value(s, "record"));
    page.heading(QStringLiteral("被调查人（签名）："));
    page.signatures({value(s, "person")}, true);
    page.heading(QStringLiteral("调查人（签名）："));
    page.signatures({value(s, "investigator")}, false);
}

void session(PageLayout &page, const CaseFile &f, const DisputeStep &s)
{
    header(page, f, QStringLiteral("人民调解记录"));
    page.row({{QStringLiteral("时间"), true}, {value(s, "date"), false, 2}, {QStringLiteral("地点"), true}, {value(s, "place"), false, 2}});
    full(page, QStringLiteral("当事人"), partyNames(f).join(QStringLiteral("、")));
    full(page, QStringLiteral("参加人员"), value(s, "present"));
    full(page, QStringLiteral("调解员"), f.mediatorNames.join(QStringLiteral("、")));
    full(page, QStringLiteral("调解记录"), value(s, "record"));
    full(page, QStringLiteral("调解结果"), value(s, "outcome"));
    page.heading(QStringLiteral("当事人（签名）："));
    page.signatures(partyNames(f), true);
    page.heading(QStringLiteral("调解员（签名）："));
    page.signatures(f.mediatorNames.isEmpty() ? QStringList{QString()} : f.mediatorNames, false);
}

void agreementCopy(PageLayout &page, const CaseFile &f, const DisputeStep &s, int copy, int copies)
{
    header(page, f, QStringLiteral("人民调解协议书"));
    page.rightAligned(QStringLiteral("第 %1 份（共 %2 份）").arg(copy).arg(copies));
    for (const DisputeParty &p : f.dispute.parties) {
        QString line = QStringLiteral("%1：%2").arg(roleText(p), p.name);
        for (const QString &part : {sexText(p.sex), p.idNumber.isEmpty() ? QString() : QStringLiteral("身份证号 ") + p.idNumber,
                                    p.address, p.phone.isEmpty() ? QString() : QStringLiteral("电话 ") + p.phone}) {
            if (!part.isEmpty())
                line += QStringLiteral("，") + part;
        }
        if (!p.agent.isEmpty())
            line += QStringLiteral("；代理人：") + p.agent;
        page.paragraph(line, false);
    }
    page.heading(QStringLiteral("纠纷主要事实、争议事项及各方责任："));
    page.paragraph(value(s, "disputed_points"));
    page.heading(QStringLiteral("经调解，自愿达成如下协议："));
    page.paragraph(value(s, "terms"));
    page.heading(QStringLiteral("履行方式、地点、期限："));
    QString performance = value(s, "manner");
    if (!value(s, "place").isEmpty())
        performance += QStringLiteral("；地点：") + value(s, "place");
    performance += QStringLiteral("；于 %1 前履行完毕。").arg(value(s, "performance_deadline"));
    page.paragraph(performance);
    if (!s.data.value(QStringLiteral("amount")).isNull() && s.data.value(QStringLiteral("amount")).toLongLong() > 0)
        page.paragraph(QStringLiteral("协议涉及金额：") + value(s, "amount"));
    page.paragraph(QStringLiteral("本协议一式 %1 份，当事人、人民调解委员会各持一份。本协议自各方当事人签名、盖章或者按指印，"
                                  "人民调解员签名并加盖人民调解委员会印章之日起生效。")
                       .arg(copies));
    page.heading(QStringLiteral("当事人（签名、盖章或按指印）："));
    page.signatures(partyNames(f), true);
    page.heading(QStringLiteral("人民调解员（签名）："));
    page.signatures(f.mediatorNames.isEmpty() ? QStringList{QString()} : f.mediatorNames, false);
    committeeSeal(page, f, f.dispute.agreementEffectiveOn);
}

void agreement(PageLayout &page, const CaseFile &f, const DisputeStep &s)
{
    const int copies = int(f.dispute.parties.size()) + 1;
    for (int copy = 1; copy <= copies; ++copy) {
        if (copy > 1)
            page.pageBreak();
        agreementCopy(page, f, s, copy, copies);
    }
}

void oralAgreement(PageLayout &page, const CaseFile &f, const DisputeStep &s)
{
    header(page, f, QStringLiteral("口头调解协议登记表"));
    full(page, QStringLiteral("当事人"), partyNames(f).join(QStringLiteral("、")));
    full(page, QStringLiteral("纠纷主要事实"), value(s, "disputed_points"));
    full(page, QStringLiteral("协议内容"), value(s, "terms"));
    full(page, QStringLiteral("履行方式及期限"), QStringLiteral("%1；于 %2 前履行").arg(value(s, "manner"), value(s, "performance_deadline")));
    page.row({{QStringLiteral("达成日期"), true}, {value(s, "date"), false, 2}, {QStringLiteral("登记人"), true},
              {f.recordedBy.value(s.id), false, 2}});
    page.heading(QStringLiteral("当事人（签名或按指印）："));
    page.signatures(partyNames(f), true);
    committeeSeal(page, f, stepDate(s.data));
}

void followUp(PageLayout &page, const CaseFile &f, const DisputeStep &s)
{
    header(page, f, QStringLiteral("人民调解回访记录"));
    page.row({{QStringLiteral("回访时间"), true}, {value(s, "date"), false, 2}, {QStringLiteral("回访人"), true},
              {value(s, "visitor"), false, 2}});
    full(page, QStringLiteral("被回访人"), partyNames(f).join(QStringLiteral("、")));
    full(page, QStringLiteral("纠纷名称"), f.dispute.title);
    page.row({{QStringLiteral("协议履行情况"), true}, {value(s, "performance"), false, 2}, {QStringLiteral("当事人满意度"), true},
              {value(s, "satisfaction"), false, 2}});
    full(page, QStringLiteral("有无反复迹象"), s.data.value(QStringLiteral("flare_up")).toBool() ? QStringLiteral("有") : QStringLiteral("无"));
    full(page, QStringLiteral("处理措施"), value(s, "action"));
    page.heading(QStringLiteral("回访人（签名）："));
    page.signatures({value(s, "visitor")}, false);
}

void closingReport(PageLayout &page, const CaseFile &f)
{
    const DisputeCase &d = f.dispute;
    header(page, f, QStringLiteral("人民调解案件结案报告表"));
    full(page, QStringLiteral("纠纷名称"), d.title);
    full(page, QStringLiteral("当事人"), partyNames(f).join(QStringLiteral("、")));
    page.row({{QStringLiteral("受理日期"), true}, {chineseDate(d.receivedOn), false, 2}, {QStringLiteral("结案日期"), true}, {chineseDate(d.closedOn), false, 2}});
    page.row({{QStringLiteral("纠纷类型"), true}, {zhLabel(vocabulary::disputeCategories(), d.category), false, 2},
              {QStringLiteral("结案方式"), true}, {zhLabel(vocabulary::closureKinds(), d.closureKind), false, 2}});
    if (const DisputeStep *closure = f.lastOf(QStringLiteral("closure")))
        full(page, QStringLiteral("调解结果"), value(*closure, "summary"));
    if (const DisputeStep *ended = f.lastOf(QStringLiteral("mediation_ended")))
        full(page, QStringLiteral("终止调解"), QStringLiteral("%1。已告知当事人可通过%2途径解决。").arg(value(*ended, "reason"), value(*ended, "routes")));
    QStringList performance;
    for (const DisputeStep &step : f.stepsOf(QStringLiteral("performance")))
        performance.append(QStringLiteral("%1：%2").arg(value(step, "date"), value(step, "result")));
    full(page, QStringLiteral("协议履行情况"), performance.join(QStringLiteral("；")));
    QStringList visits;
    for (const DisputeStep &step : f.stepsOf(QStringLiteral("follow_up")))
        visits.append(QStringLiteral("%1 %2回访，%3").arg(value(step, "date"), value(step, "visitor"), value(step, "satisfaction")));
    full(page, QStringLiteral("回访情况"), visits.join(QStringLiteral("；")));
    if (const DisputeStep *court = f.lastOf(QStringLiteral("judicial_confirmation")))
        full(page, QStringLiteral("司法确认"), QStringLiteral("%1 向%2申请，%3").arg(value(*court, "date"), value(*court, "court"), value(*court, "result")));
    page.row({{QStringLiteral("涉及金额"), true}, {money(d.amountFen), false, 2}, {QStringLiteral("协议金额"), true},
              {d.agreementAmountFen ? money(*d.agreementAmountFen) : QString(), false, 2}});
    page.heading(QStringLiteral("调解员（签名）："));
    page.signatures(f.mediatorNames.isEmpty() ? QStringList{QString()} : f.mediatorNames, false);
    committeeSeal(page, f, d.closedOn);
}

void oneForm(PageLayout &page, const CaseFile &f, const DocumentChoice &choice)
{
    const DisputeStep *step = nullptr;
    for (const DisputeStep &s : f.steps) {
        if (s.id == choice.stepId)
            step = &s;
    }
    switch (choice.form) {
    case Form::Intake:
        return intake(page, f);
    case Form::RightsNotice:
        return rightsNotice(page, f);
    case Form::Investigation:
        return step ? investigation(page, f, *step) : void();
    case Form::Session:
        return step ? session(page, f, *step) : void();
    case Form::Agreement:
        return step ? agreement(page, f, *step) : void();
    case Form::OralAgreement:
        return step ? oralAgreement(page, f, *step) : void();
    case Form::FollowUp:
        return step ? followUp(page, f, *step) : void();
    case Form::ClosingReport:
        return closingReport(page, f);
    case Form::Dossier:
        return;
    }
}

// The dossier's cover, its contents and its back cover (备考表) around every document.
PageLayout dossier(const CaseFile &f, const QList<PageLayout::Entry> &contents, int pages)
{
    const DisputeCase &d = f.dispute;
    PageLayout book;
    book.spacer(30);
    book.title(QStringLiteral("人民调解卷宗"));
    book.spacer(20);
    book.row({{QStringLiteral("卷宗号"), true}, {d.caseNumber, false, 3}});
    book.row({{QStringLiteral("纠纷名称"), true}, {d.title, false, 3}});
    book.row({{QStringLiteral("当事人"), true}, {partyNames(f).join(QStringLiteral("、")), false, 3}});
    book.row({{QStringLiteral("纠纷类型"), true}, {zhLabel(vocabulary::disputeCategories(), d.category), false, 3}});
    book.row({{QStringLiteral("调解员"), true}, {f.mediatorNames.join(QStringLiteral("、")), false, 3}});
    book.row({{QStringLiteral("受理日期"), true}, {chineseDate(d.receivedOn), false, 3}});
    book.row({{QStringLiteral("结案日期"), true}, {chineseDate(d.closedOn), false, 3}});
    book.row({{QStringLiteral("结案方式"), true}, {zhLabel(vocabulary::closureKinds(), d.closureKind), false, 3}});
    const DisputeStep *filing = f.lastOf(QStringLiteral("filing"));
    book.row({{QStringLiteral("立卷日期"), true}, {filing ? value(*filing, "date") : QString(), false, 3}});
    book.row({{QStringLiteral("保管期限"), true}, {QStringLiteral("长期"), false, 3}});
    book.spacer(20);
    book.centered(f.committeeName);
    book.pageBreak();
    book.title(QStringLiteral("卷 内 目 录"));
    book.headerRow({{QStringLiteral("序号"), true}, {QStringLiteral("文件名称"), true, 5}, {QStringLiteral("页号"), true}});
    int n = 0;
    for (const PageLayout::Entry &entry : contents)
        book.row({{QString::number(++n)}, {entry.name, false, 5}, {QString::number(entry.page)}});
    book.row({{QString::number(++n)}, {QStringLiteral("备考表"), false, 5}, {QString::number(pages)}});
    return book;
}

void dossierBody(PageLayout &body, const CaseFile &f)
{
    for (const DocumentChoice &choice : availableDocuments(f)) {
        if (choice.form == Form::Dossier)
            continue;
        body.pageBreak();
        body.part(choice.title);
        // A dossier keeps one signed copy of a written agreement.
        if (choice.form == Form::Agreement) {
            for (const DisputeStep &s : f.steps) {
                if (s.id == choice.stepId)
                    agreementCopy(body, f, s, 1, int(f.dispute.parties.size()) + 1);
            }
            continue;
        }
        oneForm(body, f, choice);
    }
}

void backCover(PageLayout &page, const CaseFile &f, int pages)
{
    page.pageBreak();
    page.part(QStringLiteral("备考表"));
    page.title(QStringLiteral("备 考 表"));
    page.paragraph(QStringLiteral("本卷共 %1 页（不含卷皮、卷内目录）。卷内文件齐全，编号无误。").arg(pages));
    page.paragraph(QStringLiteral("本卷情况说明：") + f.dispute.title, false);
    const DisputeStep *filing = f.lastOf(QStringLiteral("filing"));
    page.heading(QStringLiteral("立卷人："));
    page.signatures({filing ? value(*filing, "keeper") : QString()}, false);
    page.heading(QStringLiteral("检查人："));
    page.signatures({QString()}, false);
    page.rightAligned(QStringLiteral("立卷日期：") + (filing ? value(*filing, "date") : blankDay()));
}
} // namespace

QList<DocumentChoice> availableDocuments(const CaseFile &f)
{
    QList<DocumentChoice> list{{Form::Intake, {}, QStringLiteral("人民调解受理登记表")}};
    if (f.lastOf(QStringLiteral("rights_notice")))
        list.append({Form::RightsNotice, {}, QStringLiteral("人民调解权利义务告知书")});
    int n = 0;
    for (const DisputeStep &s : f.stepsOf(QStringLiteral("investigation")))
        list.append({Form::Investigation, s.id, QStringLiteral("人民调解调查记录（%1）").arg(++n)});
    n = 0;
    for (const DisputeStep &s : f.stepsOf(QStringLiteral("session")))
        list.append({Form::Session, s.id, QStringLiteral("人民调解记录（%1）").arg(++n)});
    for (const DisputeStep &s : f.stepsOf(QStringLiteral("agreement"))) {
        if (s.data.value(QStringLiteral("form")).toString() == QLatin1String("oral"))
            list.append({Form::OralAgreement, s.id, QStringLiteral("口头调解协议登记表")});
        else
            list.append({Form::Agreement, s.id, QStringLiteral("人民调解协议书")});
    }
    n = 0;
    for (const DisputeStep &s : f.stepsOf(QStringLiteral("follow_up")))
        list.append({Form::FollowUp, s.id, QStringLiteral("人民调解回访记录（%1）").arg(++n)});
    if (f.dispute.closedOn.isValid())
        list.append({Form::ClosingReport, {}, QStringLiteral("人民调解案件结案报告表")});
    list.append({Form::Dossier, {}, QStringLiteral("人民调解卷宗")});
    return list;
}

PageLayout build(const CaseFile &file, const DocumentChoice &choice, QPagedPaintDevice &device)
{
    if (choice.form != Form::Dossier) {
        PageLayout page;
        oneForm(page, file, choice);
        return page;
    }
    PageLayout body;
    dossierBody(body, file);
    // The back cover states the page count and the contents give every page: lay out twice, the second
    // time with the numbers the first found (the contents page has as many rows either way).
    const auto assemble = [&](const QList<PageLayout::Entry> &contents, int pages) {
        PageLayout book = dossier(file, contents, pages);
        book.append(body);
        backCover(book, file, pages);
        book.numberFrom(3);
        return book;
    };
    QList<PageLayout::Entry> entries = assemble({}, 0).contents(device);
    const int pages = entries.isEmpty() ? 0 : entries.last().page;
    entries.removeLast(); // the back cover is listed by dossier() itself
    // The placeholder had no contents rows: if the real ones need another contents page, count again.
    entries = assemble(entries, pages).contents(device);
    const int finalPages = entries.last().page;
    entries.removeLast();
    return assemble(entries, finalPages);
}

Result<int> writePdf(const CaseFile &file, const DocumentChoice &choice, const QString &path)
{
    return writePdfFile(path, choice.title + QStringLiteral(" ") + file.dispute.caseNumber,
                        [&](QPagedPaintDevice &device) { return build(file, choice, device); });
}

} // namespace lianxin::documents
