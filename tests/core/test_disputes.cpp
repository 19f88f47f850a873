#include "core/common/ChinaTime.h"
#include "core/files/FileStore.h"
#include "core/mediation/Attachments.h"
#include "core/mediation/CaseNumbers.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeRepository.h"
#include "core/storage/ChangeLog.h"
#include "tests/support/Disputes.h"

using namespace lianxin;
using namespace lianxin::test;

namespace {
QVariantMap extension(const QString &date, const QString &to)
{
    return {{QStringLiteral("date"), date}, {QStringLiteral("new_deadline"), to}, {QStringLiteral("consent_applicant"), true},
            {QStringLiteral("consent_respondent"), true}, {QStringLiteral("reason"), QStringLiteral("等待鉴定结果")}};
}

DisputeFilter filterFor(TestStore &store)
{
    DisputeFilter filter;
    filter.today = chinaToday(store.clock());
    return filter;
}
} // namespace

TEST_CASE("A case is registered with its parties, a number from a reserved block and a one-month deadline")
{
    TestStore store;
    CaseNumbers numbers(store.db());
    const QString grid = store.makeGrid();
    REQUIRE(numbers.committeeOf(grid) == store.villageId());
    REQUIRE(numbers.addBlock(store.villageId(), 2026, 41, 60).ok());

    const QString id = registerCase(store, QDate(2026, 10, 31), grid);
    const auto d = DisputeRepository(store.db()).get(id);
    REQUIRE(d);
    CHECK(d->caseNumber == QStringLiteral("（2026）菖蒲人调字第 41 号"));
    CHECK(d->caseSeq == 41);
    CHECK(d->committeeId == store.villageId());
    CHECK(d->deadline == QDate(2026, 11, 30));
    CHECK(d->status == QStringLiteral("registered"));
    REQUIRE(d->parties.size() == 2);
    CHECK(d->parties.at(0).name == QStringLiteral("王大山"));
    CHECK(d->parties.at(1).role == QStringLiteral("respondent"));
    CHECK(numbers.remaining(store.villageId(), 2026) == 19);
    // One change per row: the case and both parties go out with the next push.
    int pending = 0;
    for (const RowChange &change : ChangeLog(store.db()).pending())
        pending += change.table.startsWith(QLatin1String("dispute")) ? 1 : 0;
    CHECK(pending == 3);
}

TEST_CASE("Registration names the field of each problem and writes nothing")
{
    TestStore store;
    DisputeCase d = sampleCase(store, QDate(2026, 11, 1));
    d.parties[1].role = QStringLiteral("applicant");
    d.parties[0].idNumber = QStringLiteral("340828197003010111");
    d.receivedOn = QDate(2026, 12, 25);
    d.category = QStringLiteral("gossip");
    QStringList fields;
    for (const Error &error : DisputeRepository(store.db()).validate(d))
        fields.append(error.field);
    CHECK(fields.contains(QStringLiteral("parties")));
    CHECK(fields.contains(QStringLiteral("parties.0.id_number")));
    CHECK(fields.contains(QStringLiteral("received_on")));
    CHECK(fields.contains(QStringLiteral("category")));
    CHECK_FALSE(DisputeRepository(store.db()).create(d).ok());
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM disputes")).toInt() == 0);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM dispute_parties")).toInt() == 0);
}

TEST_CASE("Without a block a device numbers provisionally and renumbers once it holds one")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 11, 2), store.makeGrid());
    CaseNumbers numbers(store.db());
    auto d = DisputeRepository(store.db()).get(id);
    CHECK(d->caseNumber.contains(QStringLiteral("临")));
    CHECK_FALSE(d->caseSeq.has_value());
    const auto needs = numbers.needed({}, 2026);
    REQUIRE(needs.size() == 1);
    CHECK(needs.first().committeeId == store.villageId());

    REQUIRE(numbers.addBlock(store.villageId(), 2026, 1, 20).ok());
    const auto renumbered = numbers.renumberPending();
    REQUIRE(renumbered.ok());
    CHECK(*renumbered == 1);
    d = DisputeRepository(store.db()).get(id);
    CHECK(d->caseNumber == QStringLiteral("（2026）菖蒲人调字第 1 号"));
    CHECK(d->caseSeq == 1);
    CHECK(*numbers.renumberPending() == 0);
    CHECK(CaseNumbers::shortName(QStringLiteral("城东社区")) == QStringLiteral("城东"));
    CHECK(CaseNumbers::shortName(QStringLiteral("天堂镇")) == QStringLiteral("天堂"));
}

TEST_CASE("Steps move the case along and keep its dates - an illegal step changes nothing")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 10, 1));
    CaseSteps steps(store.db());
    const auto early = steps.add(id, QStringLiteral("session"),
                                 {{QStringLiteral("date"), QStringLiteral("2026-10-02T09:00")}, {QStringLiteral("place"), QStringLiteral("村部")},
                                  {QStringLiteral("present"), QStringLiteral("双方")}, {QStringLiteral("record"), QStringLiteral("记录")},
                                  {QStringLiteral("outcome"), QStringLiteral("continue")}});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("kind"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM dispute_steps")).toInt() == 0);

    walkCase(store, id, QStringLiteral("agreement"));
    auto d = DisputeRepository(store.db()).get(id);
    CHECK(d->status == QStringLiteral("agreed"));
    CHECK(d->agreementForm == QStringLiteral("written"));
    CHECK(d->agreementEffectiveOn == QDate(2026, 10, 3));
    CHECK(d->performanceDeadline == QDate(2026, 10, 13));
    CHECK(d->agreementAmountFen == 50000);
    // The follow-up is overdue 15 days after the performance deadline (13 October) — today is 29 November.
    CHECK(d->overdue);
    walkCase(store, id, QStringLiteral("filing"));
    d = DisputeRepository(store.db()).get(id);
    CHECK(d->status == QStringLiteral("filed"));
    CHECK(d->closureKind == QStringLiteral("performed"));
    CHECK(d->lastFollowUpOn == QDate(2026, 10, 15));
    CHECK_FALSE(d->overdue);
    const QList<DisputeStep> timeline = steps.list(id);
    QStringList kinds;
    for (const DisputeStep &step : timeline)
        kinds.append(step.kind);
    CHECK(kinds == QStringList{QStringLiteral("rights_notice"), QStringLiteral("session"), QStringLiteral("agreement"),
                               QStringLiteral("performance"), QStringLiteral("follow_up"), QStringLiteral("closure"),
                               QStringLiteral("filing")});
    CHECK(timeline.at(2).data.value(QStringLiteral("terms")).toString().contains(QStringLiteral("拆除")));

    const auto future = steps.add(id, QStringLiteral("follow_up"), {{QStringLiteral("date"), QStringLiteral("2026-12-30")}});
    CHECK_FALSE(future.ok());
}

TEST_CASE("Overdue follows the injected clock - an extension needs both parties consent and moves the deadline")
{
    TestStore store;
    store.clock().set(QDateTime(QDate(2026, 2, 1), QTime(2, 0), Qt::UTC));
    const QString id = registerCase(store, QDate(2026, 1, 31));
    // A month from 31 January 2026 is 28 February.
    CHECK(DisputeRepository(store.db()).get(id)->deadline == QDate(2026, 2, 28));
    store.clock().set(QDateTime(QDate(2026, 2, 28), QTime(2, 0), Qt::UTC));
    CHECK_FALSE(DisputeRepository(store.db()).get(id)->overdue);
    store.clock().set(QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
    CHECK(DisputeRepository(store.db()).get(id)->overdue);

    CaseSteps steps(store.db());
    QVariantMap withoutConsent = extension(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    withoutConsent.remove(QStringLiteral("consent_respondent"));
    const auto refused = steps.add(id, QStringLiteral("extension"), withoutConsent);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("consent_respondent"));
    REQUIRE(steps.add(id, QStringLiteral("extension"), extension(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"))).ok());
    const auto d = DisputeRepository(store.db()).get(id);
    CHECK(d->deadline == QDate(2026, 3, 31));
    CHECK_FALSE(d->overdue);
    CHECK(d->status == QStringLiteral("registered"));
}

TEST_CASE("A case cannot close while its dossier lacks a required document")
{
    TestStore store;
    DisputeCase sample = sampleCase(store, QDate(2026, 10, 1));
    sample.parties[1].idNumber.clear();
    const QString id = *DisputeRepository(store.db()).create(sample);
    CaseSteps steps(store.db());
    CHECK(steps.missingForClosure(id, QStringLiteral("performed")) ==
          QStringList{QStringLiteral("the notice of rights and obligations"), QStringLiteral("the ID number of 李小河"),
                      QStringLiteral("a mediation record"), QStringLiteral("the agreement"), QStringLiteral("a record of performance")});
    CHECK(steps.missingForClosure(id, QStringLiteral("withdrawn")) == QStringList{QStringLiteral("the ID number of 李小河")});
    const auto withdrawn = steps.add(id, QStringLiteral("closure"),
                                     {{QStringLiteral("date"), QStringLiteral("2026-10-05")}, {QStringLiteral("kind"), QStringLiteral("withdrawn")},
                                      {QStringLiteral("summary"), QStringLiteral("申请人撤回")}});
    REQUIRE_FALSE(withdrawn.ok());
    CHECK(withdrawn.error().message.contains(QStringLiteral("李小河")));

    sample = *DisputeRepository(store.db()).get(id);
    sample.parties[1].idNumber = makeIdNumber(QStringLiteral("340828"), QDate(1975, 6, 2), 22);
    REQUIRE(DisputeRepository(store.db()).update(sample).ok());
    walkCase(store, id, QStringLiteral("follow_up"));
    CHECK(steps.missingForClosure(id, QStringLiteral("performed")).isEmpty());
    CHECK(steps.missingForClosure(id, QStringLiteral("ended")) == QStringList{QStringLiteral("the record that mediation ended")});
}

TEST_CASE("Editing a case keeps its parties' ids and removes the party taken off")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 11, 1));
    DisputeCase d = *DisputeRepository(store.db()).get(id);
    const QString keptId = d.parties.at(0).id;
    d.parties[0].agent = QStringLiteral("王小山（儿子）");
    d.parties.append({{}, QStringLiteral("respondent"), {}, QStringLiteral("赵三"), {}, {}, {}, {}, {}});
    d.parties.removeAt(1);
    REQUIRE(DisputeRepository(store.db()).update(d).ok());
    const QList<DisputeParty> parties = DisputeRepository(store.db()).parties(id);
    REQUIRE(parties.size() == 2);
    CHECK(parties.at(0).id == keptId);
    CHECK(parties.at(0).agent == QStringLiteral("王小山（儿子）"));
    CHECK(parties.at(1).name == QStringLiteral("赵三"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM dispute_parties WHERE deleted = 1")).toInt() == 1);
}

TEST_CASE("The case list filters, counts per value, pages newest first and keeps to the scope")
{
    TestStore store;
    const QString gridA = store.makeGrid(QStringLiteral("01"));
    const QString gridB = store.makeGrid(QStringLiteral("02"));
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids.append(registerCase(store, QDate(2026, 10, 1).addDays(i * 7), i % 2 ? gridB : gridA));
    DisputeCase red = *DisputeRepository(store.db()).get(ids.at(6));
    red.risk = QStringLiteral("red");
    red.category = QStringLiteral("neighbours");
    REQUIRE(DisputeRepository(store.db()).update(red).ok());
    walkCase(store, ids.at(0), QStringLiteral("session"));

    DisputeList list(store.db());
    DisputeFilter filter = filterFor(store);
    CHECK(list.count(filter) == 7);
    const auto statuses = list.countBy(filter, DisputeFacet::Status);
    CHECK(statuses.value(QStringLiteral("registered")) == 6);
    CHECK(statuses.value(QStringLiteral("mediating")) == 1);
    filter.risk = QStringLiteral("red");
    CHECK(list.count(filter) == 1);
    // The risk facet counts every grade under the other filters, not just the chosen one.
    CHECK(list.countBy(filter, DisputeFacet::Risk).value(QStringLiteral("orange")) == 6);
    filter.risk.clear();
    // Received 1, 8, 15, 22, 29 October: past their month by 29 November, except 29 October (29 November).
    filter.overdueOnly = true;
    CHECK(list.count(filter) == 4);
    filter.overdueOnly = false;

    const auto first = list.page(filter, {}, 3);
    REQUIRE(first.rows.size() == 3);
    CHECK(first.hasMore);
    CHECK(first.rows.at(0).id == ids.at(6));
    CHECK(first.rows.at(0).parties == QStringLiteral("王大山、李小河"));
    const auto second = list.page(filter, first.next, 3);
    CHECK(second.rows.at(0).id == ids.at(3));
    const auto last = list.page(filter, second.next, 3);
    CHECK(last.rows.size() == 1);
    CHECK_FALSE(last.hasMore);

    filter.scope = QStringList{gridB};
    CHECK(list.count(filter) == 3);
    filter.scope = QStringList{store.villageId()};
    CHECK(list.count(filter) == 7);
    filter.scope = QStringList{};
    CHECK(list.count(filter) == 0);
}

TEST_CASE("An attachment's content is stored once by its hash, within the size limit")
{
    TestStore store;
    const QString first = registerCase(store, QDate(2026, 11, 1));
    const QString second = registerCase(store, QDate(2026, 11, 2));
    Attachments attachments(store.db());
    QByteArray scan(300 * 1024, '\0');
    for (qsizetype i = 0; i < scan.size(); ++i)
        scan[i] = char((i * 7919) % 251);
    REQUIRE(attachments.add(first, QStringLiteral("/home/x/协议书扫描.jpg"), scan, QStringLiteral("签字页")).ok());
    REQUIRE(attachments.add(second, QStringLiteral("协议书扫描.jpg"), scan).ok());
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM blobs")).toInt() == 1);
    const QList<Attachment> listed = attachments.list(first);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().fileName == QStringLiteral("协议书扫描.jpg"));
    CHECK(listed.first().size == scan.size());
    CHECK(listed.first().haveContent);
    CHECK(listed.first().sha256 == FileStore::hashOf(scan));
    CHECK(FileStore(store.db()).content(listed.first().sha256) == scan);
    CHECK(FileStore(store.db()).unsentHashes() == QStringList{FileStore::hashOf(scan)});
    CHECK(FileStore(store.db()).missingHashes().isEmpty());

    const auto empty = attachments.add(first, QStringLiteral("空.jpg"), QByteArray());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("file"));
    const auto huge = attachments.add(first, QStringLiteral("大.tif"), QByteArray(FileStore::kMaxBytes + 1, 'x'));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().message.contains(QStringLiteral("5 MB")));
    CHECK(attachments.list(first).size() == 1);
    CHECK_FALSE(FileStore(store.db()).storeFetched(FileStore::hashOf(scan), QByteArray("tampered")).ok());
}

TEST_CASE("An escalation puts the case before the township and shows in its view")
{
    TestStore store;
    const QString id = registerCase(store, QDate(2026, 11, 1));
    registerCase(store, QDate(2026, 11, 2));
    REQUIRE(CaseSteps(store.db())
                .add(id, QStringLiteral("escalation"),
                     {{QStringLiteral("date"), QStringLiteral("2026-11-03")}, {QStringLiteral("to_level"), QStringLiteral("county")},
                      {QStringLiteral("reason"), QStringLiteral("涉及多户，有械斗苗头")},
                      {QStringLiteral("departments"), QStringLiteral("司法所、派出所、自然资源所")}})
                .ok());
    const auto d = DisputeRepository(store.db()).get(id);
    CHECK(d->level == QStringLiteral("township"));
    CHECK(d->consultation == QStringLiteral("county"));
    CHECK(d->escalatedOn == QDate(2026, 11, 3));
    CHECK(d->status == QStringLiteral("registered"));
    DisputeFilter township = filterFor(store);
    township.escalatedOnly = true;
    township.scope = QStringList{store.townshipId()};
    const auto page = DisputeList(store.db()).page(township);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.first().id == id);
}

TEST_CASE("A case is registered only where the account's list looks: its grid, or its village and the village's grids")
{
    TestStore store;
    const QString gridA = store.makeGrid(QStringLiteral("01"));
    const QString gridB = store.makeGrid(QStringLiteral("02"));
    DisputeRepository repository(store.db());
    const auto idsOf = [](const QList<Region> &regions) {
        QStringList ids;
        for (const Region &region : regions)
            ids.append(region.id);
        return ids;
    };

    const QList<Region> officer = repository.places(QStringList{gridA});
    REQUIRE(idsOf(officer) == QStringList{gridA});
    CHECK(officer.first().name == QStringLiteral("菖蒲村 第01网格"));
    CHECK(idsOf(repository.places(QStringList{store.villageId()})) == QStringList{store.villageId(), gridA, gridB});
    CHECK(idsOf(repository.places(QStringList{store.townshipId()})) ==
          QStringList{store.townshipId(), store.villageId(), gridA, gridB});
    CHECK(repository.places(QStringList{}).isEmpty());

    DisputeCase atVillage = sampleCase(store, QDate(2026, 11, 28), store.villageId());
    const QList<Error> refused = repository.validate(atVillage, QStringList{gridA});
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().field == QStringLiteral("region_id"));
    CHECK(repository.validate(atVillage, QStringList{store.villageId()}).isEmpty());
    DisputeCase atGrid = sampleCase(store, QDate(2026, 11, 28), gridA);
    CHECK(repository.validate(atGrid, QStringList{gridA}).isEmpty());
    CHECK_FALSE(repository.validate(atGrid, QStringList{gridB}).isEmpty());
}

TEST_CASE("The list keeps the cases its author wrote on this device, in scope or not, and says which the server lacks "
          "or refused")
{
    TestStore store;
    const QString grid = store.makeGrid(QStringLiteral("01"));
    store.db().setActor(QStringLiteral("officer-account"));
    const QString inGrid = registerCase(store, QDate(2026, 11, 20), grid);
    // Registered at the village by an officer of one grid, as the form used to offer: outside his scope.
    const QString atVillage = registerCase(store, QDate(2026, 11, 21), store.villageId());
    store.db().setActor(QStringLiteral("mediator-account"));
    const QString byMediator = registerCase(store, QDate(2026, 11, 22), store.villageId());

    DisputeList list(store.db());
    DisputeFilter filter = filterFor(store);
    filter.scope = QStringList{grid};
    CHECK(list.count(filter) == 1);
    filter.author = QStringLiteral("officer-account");
    CHECK(list.count(filter) == 2);
    CHECK(list.countBy(filter, DisputeFacet::Status).value(QStringLiteral("registered")) == 2);
    const auto page = list.page(filter);
    REQUIRE(page.rows.size() == 2);
    CHECK(page.rows.at(0).id == atVillage);
    CHECK(page.rows.at(1).id == inGrid);
    for (const DisputeRow &row : page.rows)
        CHECK(row.sync == CaseSyncState::Pending);
    // A case from before the registrar was kept belongs to whoever last wrote it on this device.
    REQUIRE(store.db().exec(QStringLiteral("UPDATE disputes SET registered_by = NULL")).ok());
    CHECK(list.count(filter) == 2);
    QSqlQuery registrar = store.db().prepare(QStringLiteral("UPDATE disputes SET registered_by = ?"));
    registrar.addBindValue(QStringLiteral("officer-account"));
    REQUIRE(store.db().exec(registrar).ok());
    REQUIRE(store.db()
                .exec(QStringLiteral(
                    "UPDATE disputes SET registered_by = 'mediator-account' WHERE updated_by = 'mediator-account'"))
                .ok());

    // Another account of the same device does not see the officer's stray case, nor the officer the mediator's.
    filter.author = QStringLiteral("someone-else");
    CHECK(list.count(filter) == 1);
    filter.scope = QStringList{store.villageId()};
    filter.author = QStringLiteral("officer-account");
    CHECK(list.count(filter) == 3);

    // The server took the grid's case and refused the village's; the mediator's waits for the next sync.
    ChangeLog log(store.db());
    QList<RowChange> accepted;
    for (const RowChange &change : log.pending()) {
        if (change.rowId == inGrid || change.table == QLatin1String("dispute_parties"))
            accepted.append(change);
    }
    REQUIRE(log.markSynced(accepted).ok());
    QSqlQuery refuse = store.db().prepare(
        QStringLiteral("INSERT INTO sync_rejections (table_name, row_id, last_seq, reason, field, message, rejected_at)"
                       " VALUES ('disputes', ?, 1, 'scope', NULL, 'The row lies outside this account''s scope.', ?)"));
    refuse.addBindValue(atVillage);
    refuse.addBindValue(store.db().now());
    REQUIRE(store.db().exec(refuse).ok());

    QHash<QString, DisputeRow> rows;
    for (const DisputeRow &row : list.page(filter).rows)
        rows.insert(row.id, row);
    REQUIRE(rows.size() == 3);
    CHECK(rows.value(inGrid).sync == CaseSyncState::Synced);
    CHECK(rows.value(atVillage).sync == CaseSyncState::Refused);
    CHECK(rows.value(atVillage).refusalReason == QStringLiteral("scope"));
    CHECK(rows.value(byMediator).sync == CaseSyncState::Pending);

    // A step recorded since the last sync makes the case wait again.
    walkCase(store, inGrid, QStringLiteral("rights_notice"));
    for (const DisputeRow &row : list.page(filter).rows) {
        if (row.id == inGrid)
            CHECK(row.sync == CaseSyncState::Pending);
    }
}
