#include "tests/support/Disputes.h"

#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/StepFields.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace lianxin::test {

DisputeCase sampleCase(TestStore &store, const QDate &receivedOn, const QString &regionId)
{
    DisputeCase d;
    static int nextGrid = 10; // each sample case in a grid of its own unless told where
    d.regionId = regionId.isEmpty() ? store.makeGrid(QString::number(nextGrid++)) : regionId;
    d.title = QStringLiteral("王大山与李小河宅基地边界纠纷");
    d.category = QStringLiteral("housing_land");
    d.source = QStringLiteral("applied");
    d.receivedOn = receivedOn;
    d.facts = QStringLiteral("两家相邻，因院墙位置发生争执。");
    d.claims = QStringLiteral("申请人要求拆除越界院墙。");
    d.amountFen = 500000;
    d.peopleCount = 2;
    d.risk = QStringLiteral("orange");
    d.level = QStringLiteral("village");
    d.parties = {{{}, QStringLiteral("applicant"), {}, QStringLiteral("王大山"), QStringLiteral("M"),
                  makeIdNumber(QStringLiteral("340828"), QDate(1970, 3, 1), 11), QStringLiteral("13905561234"),
                  QStringLiteral("菖蒲村3组"), {}},
                 {{}, QStringLiteral("respondent"), {}, QStringLiteral("李小河"), QStringLiteral("F"),
                  makeIdNumber(QStringLiteral("340828"), QDate(1975, 6, 2), 22), {}, QStringLiteral("菖蒲村3组"), {}}};
    return d;
}

QString registerCase(TestStore &store, const QDate &receivedOn, const QString &regionId)
{
    const auto id = DisputeRepository(store.db()).create(sampleCase(store, receivedOn, regionId));
    if (!id)
        FAIL(id.error().message.toStdString());
    return *id;
}

void walkCase(TestStore &store, const QString &disputeId, const QString &last)
{
    const QDate received = DisputeRepository(store.db()).get(disputeId)->receivedOn;
    const auto day = [&](int n) { return received.addDays(n).toString(Qt::ISODate); };
    const QList<std::pair<QString, QVariantMap>> steps{
        {QStringLiteral("rights_notice"), {{QStringLiteral("date"), day(0)}, {QStringLiteral("method"), QStringLiteral("written")}}},
        {QStringLiteral("session"),
         {{QStringLiteral("date"), day(1) + QStringLiteral("T09:30")}, {QStringLiteral("place"), QStringLiteral("村调解室")},
          {QStringLiteral("present"), QStringLiteral("王大山、李小河、调解员张明")},
          {QStringLiteral("record"), QStringLiteral("双方陈述意见，经说服同意协商。")},
          {QStringLiteral("outcome"), QStringLiteral("agreed")}}},
        {QStringLiteral("agreement"),
         {{QStringLiteral("date"), day(2)}, {QStringLiteral("form"), QStringLiteral("written")},
          {QStringLiteral("disputed_points"), QStringLiteral("院墙越界约三十厘米。")},
          {QStringLiteral("terms"), QStringLiteral("李小河于十日内拆除越界部分，王大山补偿人工费伍佰元。")},
          {QStringLiteral("manner"), QStringLiteral("现场拆除，现金支付")},
          {QStringLiteral("performance_deadline"), day(12)}, {QStringLiteral("amount"), 50000},
          {QStringLiteral("signed"), true}}},
        {QStringLiteral("performance"), {{QStringLiteral("date"), day(10)}, {QStringLiteral("result"), QStringLiteral("done")}}},
        {QStringLiteral("follow_up"),
         {{QStringLiteral("date"), day(14)}, {QStringLiteral("visitor"), QStringLiteral("张明")},
          {QStringLiteral("performance"), QStringLiteral("done")}, {QStringLiteral("satisfaction"), QStringLiteral("satisfied")}}},
        {QStringLiteral("closure"),
         {{QStringLiteral("date"), day(15)}, {QStringLiteral("kind"), QStringLiteral("performed")},
          {QStringLiteral("summary"), QStringLiteral("协议已履行，双方满意。")}}},
        {QStringLiteral("filing"), {{QStringLiteral("date"), day(16)}, {QStringLiteral("keeper"), QStringLiteral("张明")}}},
    };
    CaseSteps recorder(store.db());
    QStringList done;
    for (const DisputeStep &step : recorder.list(disputeId))
        done.append(step.kind);
    for (const auto &[kind, data] : steps) {
        if (done.contains(kind))
            continue;
        const auto id = recorder.add(disputeId, kind, data);
        if (!id)
            FAIL((kind + QStringLiteral(": ") + id.error().field + QStringLiteral(" ") + id.error().message).toStdString());
        if (kind == last)
            return;
    }
}

QString recordOnAnotherDevice(TestStore &store, const QString &disputeId, const QString &kind, QVariantMap data)
{
    REQUIRE(validateStepData(kind, data).isEmpty());
    store.clock().advanceSeconds(1);
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(data)).toJson(QJsonDocument::Compact));
    const auto id =
        RecordWriter(store.db())
            .insert(tables::disputeSteps(), {{QStringLiteral("dispute_id"), disputeId},
                                             {QStringLiteral("kind"), kind},
                                             {QStringLiteral("occurred"), data.value(QStringLiteral("date"))},
                                             {QStringLiteral("data"), json}});
    REQUIRE(id.ok());
    return *id;
}

} // namespace lianxin::test
