#include "ServerFixture.h"

#include "core/auth/Authenticator.h"
#include "core/files/FileStore.h"
#include "core/mediation/Attachments.h"
#include "core/mediation/CaseNumbers.h"
#include "core/mediation/CaseOutcome.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/MediationReport.h"
#include "core/register/HouseholdRepository.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProblems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

// A device of the standard county that registers cases.
struct Device : SyncDevice
{
    using SyncDevice::SyncDevice;

    QString regionByCode(const QString &code) const
    {
        QSqlQuery query = database->prepare(QStringLiteral("SELECT id FROM regions WHERE code = ?"));
        query.addBindValue(code);
        REQUIRE(database->exec(query).ok());
        REQUIRE(query.next());
        return query.value(0).toString();
    }

    // A neighbours' case between 甲 and 乙 received today, at the region of `regionCode`.
    DisputeCase newCase(const QString &title, const QString &regionCode = QStringLiteral("34082810120101"))
    {
        DisputeCase d;
        d.regionId = regionByCode(regionCode);
        d.title = title;
        d.category = QStringLiteral("neighbours");
        d.source = QStringLiteral("visit");
        d.receivedOn = deadlines::today(database->clock());
        d.facts = QStringLiteral("因排水沟堵塞发生争执。");
        d.parties = {{{}, QStringLiteral("applicant"), {}, QStringLiteral("甲"), {}, {}, {}, {}, {}},
                     {{}, QStringLiteral("respondent"), {}, QStringLiteral("乙"), {}, {}, {}, {}, {}}};
        return d;
    }

    QString registerCase(const QString &title)
    {
        const auto id = DisputeRepository(*database).create(newCase(title));
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    // case_number of every live case, by id.
    QHash<QString, QString> numbers() const
    {
        QSqlQuery query = database->prepare(QStringLiteral("SELECT id, case_number FROM disputes WHERE deleted = 0"));
        REQUIRE(database->exec(query).ok());
        QHash<QString, QString> result;
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
        return result;
    }
};

} // namespace

TEST_CASE("Case numbers issued offline on two devices at once never collide after sync")
{
    ServerProcess server;
    seedCounty(server);
    Device laptop(server, QStringLiteral("mediator_a"));
    Device office(server, QStringLiteral("mediator_a"));
    Device newcomer(server, QStringLiteral("officer_a"));
    laptop.sync();
    office.sync();
    // The first sync reserved a block of the village committee's numbers to each device.
    const QString village = laptop.regionByCode(QStringLiteral("340828101201"));
    const int year = deadlines::today(laptop.database->clock()).year();
    CHECK(CaseNumbers(*laptop.database).remaining(village, year) == CaseNumbers::kBlockSize);
    CHECK(CaseNumbers(*office.database).remaining(village, year) == CaseNumbers::kBlockSize);

    // Offline: both register cases at the same time; a third device has never synced and numbers
    // provisionally.
    for (int i = 0; i < 6; ++i) {
        laptop.registerCase(QStringLiteral("笔记本案件%1").arg(i));
        office.registerCase(QStringLiteral("办公室案件%1").arg(i));
    }
    newcomer.sync();
    const QString provisional = newcomer.registerCase(QStringLiteral("新设备案件"));
    newcomer.sync(); // regions arrived with the first sync; this one is a fresh device's first case
    laptop.sync();
    office.sync();
    newcomer.sync();
    laptop.sync();

    const QHash<QString, QString> seen = laptop.numbers();
    REQUIRE(seen.size() == 13);
    QSet<QString> distinct;
    for (const QString &number : seen) {
        CHECK_FALSE(number.contains(QStringLiteral("临")));
        CHECK(number.startsWith(QStringLiteral("（%1）甲人调字第").arg(year)));
        distinct.insert(number);
    }
    CHECK(distinct.size() == 13);
    CHECK(office.numbers() == seen);
    CHECK(newcomer.numbers().value(provisional) == seen.value(provisional));
}

TEST_CASE("A device that numbered a case provisionally gets a real number at its next sync")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    // The grid officer's home committee is its village: a block came with the first sync. Use it up.
    const QString village = officer.regionByCode(QStringLiteral("340828101201"));
    const int year = deadlines::today(officer.database->clock()).year();
    for (int i = 0; i < CaseNumbers::kBlockSize; ++i)
        officer.registerCase(QStringLiteral("案件%1").arg(i));
    const QString late = officer.registerCase(QStringLiteral("最后一件"));
    CHECK(officer.numbers().value(late).contains(QStringLiteral("临")));
    const SyncReport report = officer.sync();
    CHECK(report.rejected == 0);
    CHECK(officer.numbers().value(late) == CaseNumbers::format(year, QStringLiteral("甲村"), CaseNumbers::kBlockSize + 1));
    CHECK(CaseNumbers(*officer.database).remaining(village, year) == CaseNumbers::kBlockSize - 1);
}

TEST_CASE("Case numbers are reserved only within the caller's scope and role")
{
    ServerProcess server;
    seedCounty(server);
    const QString countyToken = server.signIn(QStringLiteral("county"));
    const QString villageB = regionId(server, countyToken, QStringLiteral("340828102201"));
    const QString villageA = regionId(server, countyToken, QStringLiteral("340828101201"));
    const QString officer = server.signIn(QStringLiteral("officer_a"));
    const auto reserve = [&](const QString &token, const QString &committee, int count) {
        return server.request("POST", QStringLiteral("/api/v1/case-numbers"),
                              QJsonDocument(QJsonObject{{QStringLiteral("committee_id"), committee},
                                                        {QStringLiteral("year"), 2026},
                                                        {QStringLiteral("count"), count}})
                                  .toJson(),
                              {}, token);
    };
    const HttpReply mine = reserve(officer, villageA, 10);
    INFO((mine.body + server.process().readAllStandardError()).toStdString());
    REQUIRE(mine.status == 200);
    CHECK(mine.json().value(QStringLiteral("first")).toInt() == 1);
    CHECK(mine.json().value(QStringLiteral("last")).toInt() == 10);
    CHECK(reserve(officer, villageA, 5).json().value(QStringLiteral("first")).toInt() == 11);
    const HttpReply other = reserve(officer, villageB, 10);
    CHECK(other.status == 403);
    CHECK(other.errorField() == QStringLiteral("committee_id"));
    CHECK(reserve(officer, villageA, 0).status == 400);
    CHECK(reserve(officer, villageA, 1000).status == 400);
    CHECK(reserve(officer, QStringLiteral("nonsense"), 5).status == 400);
    CHECK(server.request("GET", QStringLiteral("/api/v1/case-numbers"), {}, {}, officer).status == 405);
}

TEST_CASE("Cases reach the devices of their region only, and never roles that may not see them")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString id = officer.registerCase(QStringLiteral("甲村纠纷"));
    REQUIRE(CaseSteps(*officer.database)
                .add(id, QStringLiteral("rights_notice"),
                     {{QStringLiteral("date"), deadlines::today(officer.database->clock()).toString(Qt::ISODate)},
                      {QStringLiteral("method"), QStringLiteral("oral")}})
                .ok());
    CHECK(officer.sync().accepted >= 4);

    Device townA(server, QStringLiteral("town_a"));
    townA.sync();
    CHECK(townA.numbers().contains(id));
    Device townB(server, QStringLiteral("town_b"));
    townB.sync();
    CHECK(townB.numbers().isEmpty());

    REQUIRE(server.admin({QStringLiteral("add-user"), QStringLiteral("unit_a"), QStringLiteral("--name"), QStringLiteral("单元长"),
                          QStringLiteral("--role"), QStringLiteral("unit_head"), QStringLiteral("--scope"), QStringLiteral("340828101")},
                         "password-1\n") == 0);
    Device unit(server, QStringLiteral("unit_a"));
    unit.sync();
    CHECK(unit.numbers().isEmpty());
    QSqlQuery steps = unit.database->prepare(QStringLiteral("SELECT count(*) FROM dispute_steps"));
    REQUIRE(unit.database->exec(steps).ok());
    REQUIRE(steps.next());
    CHECK(steps.value(0).toInt() == 0);
}

TEST_CASE("The server refuses a pushed step that breaks its rules, naming the field")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString id = officer.registerCase(QStringLiteral("甲村纠纷"));
    officer.sync();
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const HttpReply reply = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(newId(), {insertRow(QStringLiteral("dispute_steps"), newId(),
                                     {{QStringLiteral("dispute_id"), id}, {QStringLiteral("kind"), QStringLiteral("session")},
                                      {QStringLiteral("occurred"), QStringLiteral("2026-11-01T09:00")},
                                      {QStringLiteral("data"), QStringLiteral("{\"date\":\"2026-11-01T09:00\"}")}})}),
        {}, token);
    REQUIRE(reply.status == 200);
    const QJsonObject result = reply.json().value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(result.value(QStringLiteral("field")).toString() == QStringLiteral("data.place"));
}

TEST_CASE("An attachment's content travels by its hash to the devices that may see the case and no others")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString id = officer.registerCase(QStringLiteral("附件纠纷"));
    QByteArray scan(700 * 1024, '\0');
    for (qsizetype i = 0; i < scan.size(); ++i)
        scan[i] = char((i * 104729) % 253);
    REQUIRE(Attachments(*officer.database).add(id, QStringLiteral("协议书.jpg"), scan).ok());
    officer.sync();
    CHECK(FileStore(*officer.database).unsentHashes().isEmpty());

    Device township(server, QStringLiteral("town_a"));
    township.sync();
    const QList<Attachment> seen = Attachments(*township.database).list(id);
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().haveContent);
    CHECK(FileStore(*township.database).content(FileStore::hashOf(scan)) == scan);

    const QString sha = FileStore::hashOf(scan);
    CHECK(server.request("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, {}, server.signIn(QStringLiteral("town_b"))).status == 404);
    CHECK(server.request("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, {}, server.signIn(QStringLiteral("town_a"))).status == 200);
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const auto post = [&](const QString &hash, const QByteArray &content) {
        return server.request("POST", QStringLiteral("/api/v1/blobs"),
                              QJsonDocument(QJsonObject{{QStringLiteral("sha256"), hash},
                                                        {QStringLiteral("content"), QString::fromLatin1(content.toBase64())}})
                                  .toJson(),
                              {}, token);
    };
    const HttpReply wrong = post(sha, QByteArray("something else"));
    CHECK(wrong.status == 400);
    CHECK(wrong.errorField() == QStringLiteral("content"));
    CHECK(post(QStringLiteral("not-a-hash"), scan).status == 400);
    CHECK(post(FileStore::hashOf(QByteArray(FileStore::kMaxBytes + 1, 'x')), QByteArray(FileStore::kMaxBytes + 1, 'x'))
              .status == 400);
    CHECK(post(sha, scan).status == 200); // sent again: nothing changes
}

TEST_CASE("A role that may not change the register may still send back register rows it holds unchanged")
{
    ServerProcess server;
    seedCounty(server);
    const QString officer = server.signIn(QStringLiteral("officer_a"));
    const QString grid = regionId(server, officer, QStringLiteral("34082810120101"));
    const QString household = newId();
    const QJsonObject fields{{QStringLiteral("grid_id"), grid}, {QStringLiteral("address"), QStringLiteral("甲村一组")},
                             {QStringLiteral("house_number"), QStringLiteral("8号")}};
    const auto push = [&](const QString &token, const QJsonObject &values) {
        const HttpReply reply = server.request("POST", QStringLiteral("/api/v1/changes"),
                                               pushBody(newId(), {insertRow(QStringLiteral("households"), household, values)}),
                                               {}, token);
        REQUIRE(reply.status == 200);
        return reply.json().value(QStringLiteral("rows")).toArray().at(0).toObject();
    };
    CHECK(push(officer, fields).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    // A mediator's workspace made from the same data sends the row back as it is: nothing changes, no refusal.
    const QString mediator = server.signIn(QStringLiteral("mediator_a"));
    CHECK(push(mediator, fields).value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    QJsonObject changed = fields;
    changed.insert(QStringLiteral("house_number"), QStringLiteral("9号"));
    const QJsonObject refused = push(mediator, changed);
    CHECK(refused.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(refused.value(QStringLiteral("reason")).toString() == QStringLiteral("forbidden"));
}

namespace {

QString accountId(Device &device, const QString &username)
{
    QSqlQuery query = device.database->prepare(QStringLiteral("SELECT id FROM accounts WHERE username = ?"));
    query.addBindValue(username);
    REQUIRE(device.database->exec(query).ok());
    REQUIRE(query.next());
    return query.value(0).toString();
}

// Who the server recorded as the last to change each row of a table, by row id (the town's pull).
QHash<QString, QString> serverAuthors(const ServerProcess &server, const QString &table)
{
    const HttpReply reply = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {},
                                           server.signIn(QStringLiteral("town_a")));
    REQUIRE(reply.status == 200);
    QHash<QString, QString> authors;
    for (const QJsonValue &value : reply.json().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject page = value.toObject();
        if (page.value(QStringLiteral("table")).toString() != table)
            continue;
        const QJsonArray columns = page.value(QStringLiteral("columns")).toArray();
        const qsizetype id = columns.toVariantList().indexOf(QStringLiteral("id"));
        const qsizetype by = columns.toVariantList().indexOf(QStringLiteral("updated_by"));
        for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray())
            authors.insert(row.toArray().at(id).toString(), row.toArray().at(by).toString());
    }
    return authors;
}

QString addHousehold(Device &device, const QString &address)
{
    Household household;
    household.gridId = device.regionByCode(QStringLiteral("34082810120101"));
    household.address = address;
    const auto id = HouseholdRepository(*device.database).create(household);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("Two people on one device: each one's changes reach the server under that person's own account")
{
    ServerProcess server;
    seedCounty(server);
    // A township PC: the grid officer syncs first, then the village mediator signs in on it too.
    Device office(server, QStringLiteral("officer_a"));
    office.sync();
    REQUIRE(office.engine->signIn(QStringLiteral("mediator_a"), QStringLiteral("password-1")).ok());
    office.sync();

    // The officer keeps the register; later the mediator, signed in on the same PC, registers a case.
    REQUIRE(Authenticator(*office.database).signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    const QString household = addHousehold(office, QStringLiteral("两人一机村"));
    REQUIRE(Authenticator(*office.database).signIn(QStringLiteral("mediator_a"), QStringLiteral("password-1")).ok());
    const QString dispute = office.registerCase(QStringLiteral("两人一机的案件"));

    // The device syncs while the mediator is signed in: the officer's household goes up under his own
    // session (a mediator may not change the register), the case under hers.
    const SyncReport report = office.sync();
    CHECK(report.rejected == 0);
    CHECK(report.waitingFor.isEmpty());
    CHECK(ChangeLog(*office.database).pendingRowCount() == 0);
    CHECK(serverAuthors(server, QStringLiteral("households")).value(household) == accountId(office, QStringLiteral("officer_a")));
    CHECK(serverAuthors(server, QStringLiteral("disputes")).value(dispute) == accountId(office, QStringLiteral("mediator_a")));
}

TEST_CASE("A person's changes wait on the device until that person signs in to the server there")
{
    ServerProcess server;
    seedCounty(server);
    Device office(server, QStringLiteral("town_a"));
    office.sync();
    // The officer signs in offline (his account came with the township's sync) and records a household.
    REQUIRE(Authenticator(*office.database).signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    const QString household = addHousehold(office, QStringLiteral("等候村"));

    // The township administrator's sync does not carry it: it says whose changes wait.
    SyncReport report = office.sync();
    CHECK(report.accepted == 0);
    REQUIRE(report.waitingFor.size() == 1);
    CHECK(report.waitingFor.first() == QStringLiteral("测试officer_a"));
    CHECK(ChangeLog(*office.database).pendingRowCount() == 1);
    CHECK_FALSE(serverAuthors(server, QStringLiteral("households")).contains(household));

    // Once he signs in to the server on this PC, his change goes up under his account.
    REQUIRE(office.engine->signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    report = office.sync();
    CHECK(report.accepted == 1);
    CHECK(report.waitingFor.isEmpty());
    CHECK(serverAuthors(server, QStringLiteral("households")).value(household) == accountId(office, QStringLiteral("officer_a")));
}

TEST_CASE("A case refused by the server does not give its parties and steps a wrong reason")
{
    ServerProcess server;
    seedCounty(server);
    Device office(server, QStringLiteral("mediator_a"));
    office.sync();
    // A case placed in the other township's village (as a form offering a place outside the account's
    // scope once allowed): the server refuses the case as out of scope, and its parties only because their
    // case is not there.
    const auto id =
        DisputeRepository(*office.database).create(office.newCase(QStringLiteral("被拒绝的案件"), QStringLiteral("340828101201")));
    REQUIRE(id.ok());
    // The region is not on this device: written past the store's reference check, as a form once could.
    REQUIRE(office.database->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    QSqlQuery move = office.database->prepare(QStringLiteral("UPDATE disputes SET region_id = ? WHERE id = ?"));
    move.addBindValue(regionId(server, server.signIn(QStringLiteral("town_b")), QStringLiteral("340828102201")));
    move.addBindValue(*id);
    REQUIRE(office.database->exec(move).ok());
    REQUIRE(office.database->exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());

    office.sync();
    const QList<RefusedChange> refused = SyncProblems(*office.database).refusedChanges();
    REQUIRE(refused.size() >= 3);
    int parties = 0;
    for (const RefusedChange &change : refused) {
        CHECK(change.disputeId == *id);
        if (change.table == QLatin1String("disputes")) {
            CHECK(change.refusedParentLabel.isEmpty());
            CHECK(change.rowLabel.contains(QStringLiteral("人调字")));
        } else if (change.table == QLatin1String("dispute_parties")) {
            ++parties;
            CHECK(change.reason == QStringLiteral("missing_reference"));
            CHECK(change.refusedParentLabel.contains(QStringLiteral("人调字")));
        }
    }
    CHECK(parties == 2);
}

TEST_CASE("A device asks for case numbers only of committees its person may number, so no sync is refused them")
{
    ServerProcess server;
    seedCounty(server);
    // A PC that holds nearly used-up blocks of its village's committee and of a committee elsewhere (as a
    // demo workspace holds blocks of every village of its township).
    Device office(server, QStringLiteral("officer_a"));
    office.sync();
    const int year = deadlines::today(office.database->clock()).year();
    for (const QString &committee : {office.regionByCode(QStringLiteral("340828101201")),
                                     regionId(server, server.signIn(QStringLiteral("town_b")), QStringLiteral("340828102201"))}) {
        QSqlQuery block = office.database->prepare(
            QStringLiteral("INSERT INTO case_number_blocks (committee_id, year, first, next, last) VALUES (?, ?, 900, 900, 900)"));
        block.addBindValue(committee);
        block.addBindValue(year);
        REQUIRE(office.database->exec(block).ok());
    }
    QSqlQuery clear = office.database->prepare(QStringLiteral("DELETE FROM case_number_blocks WHERE first < 900"));
    REQUIRE(office.database->exec(clear).ok());

    // The grid officer syncs: his village's committee is his to number (it lies above his grid), and he
    // gets a new block of it; the other is not asked for, so nothing is refused.
    REQUIRE(office.engine->signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    const SyncReport report = office.sync();
    CHECK(report.numbersRefused.isEmpty());
    CHECK(CaseNumbers(*office.database).remaining(office.regionByCode(QStringLiteral("340828101201")), year) > 1);
}

TEST_CASE("Two devices record different outcomes of one case offline: the mediator's choice reaches every device, "
          "the report counts it once and no sync problem stays")
{
    ServerProcess server;
    seedCounty(server);
    Device first(server, QStringLiteral("officer_a"));
    first.sync();
    const QString id = first.registerCase(QStringLiteral("甲村纠纷"));
    const QString today = deadlines::today(first.database->clock()).toString(Qt::ISODate);
    const auto record = [&id](Device &device, const QString &kind, const QVariantMap &data) {
        const auto step = CaseSteps(*device.database).add(id, kind, data);
        INFO((step ? QString() : step.error().field + QLatin1Char(' ') + step.error().message).toStdString());
        REQUIRE(step.ok());
        return *step;
    };
    record(first, QStringLiteral("rights_notice"),
           {{QStringLiteral("date"), today}, {QStringLiteral("method"), QStringLiteral("oral")}});
    record(first, QStringLiteral("session"),
           {{QStringLiteral("date"), today + QStringLiteral("T00:00")},
            {QStringLiteral("place"), QStringLiteral("村部")},
            {QStringLiteral("present"), QStringLiteral("甲、乙")},
            {QStringLiteral("record"), QStringLiteral("各自陈述。")},
            {QStringLiteral("outcome"), QStringLiteral("continue")}});
    first.sync();
    Device second(server, QStringLiteral("officer_a"));
    second.sync();

    // Offline on both: one ends mediation, the other records the parties' oral agreement.
    record(first, QStringLiteral("mediation_ended"),
           {{QStringLiteral("date"), today},
            {QStringLiteral("reason"), QStringLiteral("分歧过大")},
            {QStringLiteral("routes"), QStringList{QStringLiteral("litigation")}}});
    const QString agreed = record(second, QStringLiteral("agreement"),
                                  {{QStringLiteral("date"), today},
                                   {QStringLiteral("form"), QStringLiteral("oral")},
                                   {QStringLiteral("disputed_points"), QStringLiteral("排水沟堵塞。")},
                                   {QStringLiteral("terms"), QStringLiteral("乙疏通排水沟。")},
                                   {QStringLiteral("manner"), QStringLiteral("自行疏通")},
                                   {QStringLiteral("performance_deadline"), today}});
    first.sync();
    second.sync();
    first.sync();
    CHECK(outcome::unresolvedFork(CaseSteps(*first.database).list(id)));
    CHECK(outcome::unresolvedFork(CaseSteps(*second.database).list(id)));
    // The second change of the case row lost its status to the first: a conflict record, settled by the choice.
    CHECK(SyncProblems(*first.database).openConflicts().size() > 0);

    // A choice naming a step of no case of its own is refused by the server too.
    const QString token = server.signIn(QStringLiteral("officer_a"));
    const HttpReply forged = server.request(
        "POST", QStringLiteral("/api/v1/changes"),
        pushBody(
            newId(),
            {insertRow(QStringLiteral("dispute_steps"), newId(),
                       {{QStringLiteral("dispute_id"), id},
                        {QStringLiteral("kind"), QStringLiteral("outcome_chosen")},
                        {QStringLiteral("occurred"), today},
                        {QStringLiteral("data"),
                         QStringLiteral("{\"date\":\"%1\",\"step_id\":\"%2\",\"reason\":\"x\"}").arg(today, id)}})}),
        {}, token);
    REQUIRE(forged.status == 200);
    const QJsonObject refused = forged.json().value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(refused.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(refused.value(QStringLiteral("field")).toString() == QStringLiteral("data.step_id"));

    record(first, QLatin1String(outcome::kChosenKind),
           {{QStringLiteral("date"), today},
            {QStringLiteral("step_id"), agreed},
            {QStringLiteral("reason"), QStringLiteral("双方当场达成口头协议。")}});
    first.sync();
    second.sync();
    const QDate day = deadlines::today(first.database->clock());
    const auto [from, to] = MediationReport::month(day.year(), day.month());
    for (Device *device : {&first, &second}) {
        CHECK_FALSE(outcome::unresolvedFork(CaseSteps(*device->database).list(id)));
        CHECK(DisputeRepository(*device->database).get(id)->status == QStringLiteral("agreed"));
        CHECK(SyncProblems(*device->database).count() == 0);
        const MediationReportData report = MediationReport(*device->database).compute(from, to, {}, std::nullopt);
        CHECK(report.total.agreed == 1);
        CHECK(report.total.failed == 0);
        CHECK(report.unresolvedOutcomes == 0);
    }
}
