#include "FaultProxy.h"
#include "ServerFixture.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/AuditLog.h"
#include "core/auth/Authenticator.h"
#include "core/backup/DeviceBackup.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/MemberRepository.h"
#include "core/register/PersonRepository.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/SyncedTable.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncProblems.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>

using namespace lianxin;

namespace {

// The rows of `tables` matching `where`, one line each, canonically ordered, without local columns.
QStringList dumpRows(Database &database, const QList<const SyncedTable *> &tables, const QString &where)
{
    QStringList lines;
    for (const SyncedTable *table : tables) {
        QSqlQuery query = database.prepare(QStringLiteral("SELECT id, deleted, %2 FROM %1 WHERE %3 ORDER BY id")
                                               .arg(table->name, table->fields.join(QStringLiteral(", ")), where));
        REQUIRE(database.exec(query).ok());
        while (query.next()) {
            QStringList values{table->name};
            for (int i = 0; i < table->fields.size() + 2; ++i)
                values.append(query.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines;
}

// A simulated device, with what these tests read from its store.
struct Device : SyncDevice
{
    using SyncDevice::SyncDevice;

    // Every live and removed row of the register tables, canonically ordered, without local columns. A row
    // made and removed on this device before any sync never existed anywhere else, and is left out.
    QStringList dump() const
    {
        return dumpRows(*database,
                        {&tables::households(), &tables::persons(), &tables::members(), &tables::memberRegions(),
                         &tables::auditLog()},
                        QStringLiteral("NOT (deleted = 1 AND server_version = 0)"));
    }

    QString value(const QString &table, const QString &id, const QString &column) const
    {
        QSqlQuery query = database->prepare(QStringLiteral("SELECT %2 FROM %1 WHERE id = ?").arg(table, column));
        query.addBindValue(id);
        REQUIRE(database->exec(query).ok());
        return query.next() ? query.value(0).toString() : QString();
    }

    int count(const QString &sql) const
    {
        QSqlQuery query = database->prepare(sql);
        REQUIRE(database->exec(query).ok());
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

// The lines only one of two dumps has, marked with the side they come from.
std::string difference(const QStringList &left, const QStringList &right)
{
    QStringList lines;
    for (const QString &line : left) {
        if (!right.contains(line))
            lines.append(QStringLiteral("< ") + line);
    }
    for (const QString &line : right) {
        if (!left.contains(line))
            lines.append(QStringLiteral("> ") + line);
    }
    return lines.join(QLatin1Char('\n')).toStdString();
}

QString gridA(Device &device)
{
    QSqlQuery query = device.database->prepare(QStringLiteral("SELECT id FROM regions WHERE code = '34082810120101'"));
    REQUIRE(device.database->exec(query).ok());
    REQUIRE(query.next());
    return query.value(0).toString();
}

QString addHousehold(Device &device, const QString &grid, const QString &address)
{
    Household household;
    household.gridId = grid;
    household.address = address;
    const auto id = HouseholdRepository(*device.database).create(household);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

void setHouseholdField(Device &device, const QString &id, const QString &field, const QString &value)
{
    auto household = HouseholdRepository(*device.database).get(id);
    REQUIRE(household.has_value());
    if (field == QLatin1String("address"))
        household->address = value;
    else if (field == QLatin1String("notes"))
        household->notes = value;
    else
        household->houseNumber = value;
    REQUIRE(HouseholdRepository(*device.database).update(*household).ok());
}

// A grid officer's laptop and the township office, both holding one household of the grid.
struct TwoDevices
{
    ServerProcess server;
    const bool seeded = (seedCounty(server), true);
    Device laptop{server, QStringLiteral("officer_a")};
    Device office{server, QStringLiteral("town_a")};
    QString householdId;

    TwoDevices()
    {
        laptop.sync();
        householdId = addHousehold(laptop, gridA(laptop), QStringLiteral("甲村"));
        laptop.sync();
        office.sync();
    }
};

} // namespace

TEST_CASE("A new device's first sync brings its scope - a sync with nothing new is one small request")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString grid = gridA(officer);
    for (int i = 0; i < 30; ++i)
        addHousehold(officer, grid, QStringLiteral("甲村%1组").arg(i));
    const SyncReport pushed = officer.sync();
    CHECK(pushed.accepted == 30);
    CHECK(ChangeLog(*officer.database).pendingRowCount() == 0);

    Device township(server, QStringLiteral("town_a"));
    const SyncReport first = township.sync();
    CHECK(first.pulledRows >= 30);
    CHECK(township.dump() == officer.dump());
    // The search index knows the pulled households.
    CHECK(township.count(QStringLiteral("SELECT count(*) FROM search_rows WHERE kind = 'household'")) == 30);

    const SyncReport again = township.sync();
    CHECK(again.requests == 1);
    CHECK(again.pulledRows == 0);
    CHECK(again.bytesSent + again.bytesReceived <= 2048);

    // Another township's device gets none of it.
    Device other(server, QStringLiteral("town_b"));
    other.sync();
    CHECK(other.count(QStringLiteral("SELECT count(*) FROM households")) == 0);
}

TEST_CASE("Offline edits of different fields merge - the same field keeps the first value and both devices see the conflict")
{
    TwoDevices devices;
    Device &laptop = devices.laptop;
    Device &office = devices.office;
    const QString id = devices.householdId;

    setHouseholdField(laptop, id, QStringLiteral("address"), QStringLiteral("甲村一组"));
    setHouseholdField(laptop, id, QStringLiteral("house_number"), QStringLiteral("3号"));
    setHouseholdField(office, id, QStringLiteral("address"), QStringLiteral("甲村二组"));
    setHouseholdField(office, id, QStringLiteral("notes"), QStringLiteral("低保复核"));

    CHECK(laptop.sync().accepted == 1);
    const SyncReport second = office.sync();
    CHECK(second.merged == 1);
    laptop.sync();

    for (Device *device : {&laptop, &office}) {
        CHECK(device->value(QStringLiteral("households"), id, QStringLiteral("address")) == QStringLiteral("甲村一组"));
        CHECK(device->value(QStringLiteral("households"), id, QStringLiteral("house_number")) == QStringLiteral("3号"));
        CHECK(device->value(QStringLiteral("households"), id, QStringLiteral("notes")) == QStringLiteral("低保复核"));
        CHECK(device->count(QStringLiteral("SELECT count(*) FROM conflicts WHERE field = 'address' AND lost_value = '甲村二组' "
                                           "AND kept_value = '甲村一组'")) == 1);
        CHECK(ChangeLog(*device->database).pendingRowCount() == 0);
    }
    CHECK(laptop.dump() == office.dump());
}

TEST_CASE("A device that pulled a newer value before pushing its own still loses the field to it, with a conflict")
{
    TwoDevices devices;
    Device &laptop = devices.laptop;
    Device &office = devices.office;
    const QString id = devices.householdId;
    setHouseholdField(office, id, QStringLiteral("notes"), QStringLiteral("办公室的记录"));
    setHouseholdField(laptop, id, QStringLiteral("notes"), QStringLiteral("笔记本的记录"));
    laptop.sync();
    // The office edited before seeing the laptop's note; its pull cannot make its push look informed.
    office.sync();
    laptop.sync();
    CHECK(office.value(QStringLiteral("households"), id, QStringLiteral("notes")) == QStringLiteral("笔记本的记录"));
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM conflicts WHERE lost_value = '办公室的记录'")) == 1);
    CHECK(laptop.dump() == office.dump());
}

TEST_CASE("A push the server refuses stays visible with its reason and does not block the others")
{
    ServerProcess server;
    seedCounty(server);
    Device mediator(server, QStringLiteral("mediator_a"));
    mediator.sync();
    addHousehold(mediator, gridA(mediator), QStringLiteral("调解员不能建户"));
    const SyncReport report = mediator.sync();
    CHECK(report.rejected == 1);
    CHECK(mediator.count(QStringLiteral("SELECT count(*) FROM sync_rejections WHERE reason = 'forbidden'")) == 1);
    // Held, not sent again until it changes.
    CHECK(mediator.sync().rejected == 0);
    CHECK(ChangeLog(*mediator.database).pendingRowCount() == 1);
}

TEST_CASE("Devices in overlapping scopes converge after random offline edits and interrupted syncs")
{
    const int seed = GENERATE(range(1, 7));
    INFO("seed " << seed);
    QRandomGenerator random{quint32(seed)};
    ServerProcess server;
    seedCounty(server);
    Device office(server, QStringLiteral("town_a"));
    Device laptop1(server, QStringLiteral("officer_a"));
    Device laptop2(server, QStringLiteral("officer_a"));
    QList<Device *> devices{&office, &laptop1, &laptop2};
    for (Device *device : devices)
        device->sync();
    const QString grid = gridA(office);

    struct Edit
    {
        QString table;
        QString id;
        QString field;
        QString value;
    };
    // The last round's edits, the last one per device, row and field (a device overwrites its own).
    QMap<QString, Edit> lastRound;
    const auto liveIds = [](Device &device, const char *table) {
        // Persons count only in a live household: a form refuses to change a member of a removed one.
        const QString sql = QLatin1String(table) == QLatin1String("persons")
                                ? QStringLiteral("SELECT p.id FROM persons p JOIN households h ON h.id = p.household_id "
                                                 "WHERE p.deleted = 0 AND h.deleted = 0 ORDER BY p.id")
                                : QStringLiteral("SELECT id FROM households WHERE deleted = 0 ORDER BY id");
        QSqlQuery live = device.database->prepare(sql);
        REQUIRE(device.database->exec(live).ok());
        QStringList ids;
        while (live.next())
            ids.append(live.value(0).toString());
        return ids;
    };
    const QStringList householdFields{QStringLiteral("address"), QStringLiteral("notes"), QStringLiteral("house_number")};
    const QStringList personFields{QStringLiteral("name"), QStringLiteral("occupation"), QStringLiteral("notes")};
    for (int round = 0; round < 4; ++round) {
        const bool last = round == 3;
        for (int d = 0; d < devices.size(); ++d) {
            Device &device = *devices.at(d);
            for (int n = 0; n < 8; ++n) {
                const QStringList households = liveIds(device, "households");
                const QStringList persons = liveIds(device, "persons");
                const auto pick = [&random](const QStringList &ids) { return ids.at(int(random.bounded(int(ids.size())))); };
                const QString tag = QStringLiteral("%1.%2.%3").arg(round).arg(d).arg(n);
                int action = households.isEmpty() ? 0 : int(random.bounded(10));
                if (persons.isEmpty() && action >= 7)
                    action = 6;
                if (last && (action == 5 || action == 9))
                    action = 3; // the last round only edits, so that every edit can be accounted for
                if (action < 2) {
                    addHousehold(device, grid, QStringLiteral("新户") + tag);
                } else if (action < 5) {
                    const QString id = pick(households);
                    const QString field = householdFields.at(int(random.bounded(int(householdFields.size()))));
                    setHouseholdField(device, id, field, field.left(1) + tag);
                    if (last)
                        lastRound.insert(QStringLiteral("%1|%2|%3").arg(d).arg(id, field), {QStringLiteral("households"), id, field, field.left(1) + tag});
                } else if (action == 5) {
                    REQUIRE(HouseholdRepository(*device.database).remove(pick(households)).ok());
                } else if (action == 6) {
                    Person person;
                    person.householdId = pick(households);
                    person.name = QStringLiteral("居民") + tag;
                    const auto created = PersonRepository(*device.database).create(person);
                    INFO((created ? QString() : created.error().message).toStdString());
                    REQUIRE(created.ok());
                } else if (action < 9) {
                    const QString id = pick(persons);
                    const QString field = personFields.at(int(random.bounded(int(personFields.size()))));
                    auto person = PersonRepository(*device.database).get(id);
                    REQUIRE(person.has_value());
                    const QString value = field.left(1) + tag;
                    (field == QLatin1String("name") ? person->name : field == QLatin1String("occupation") ? person->occupation : person->notes) = value;
                    REQUIRE(PersonRepository(*device.database).update(*person).ok());
                    if (last)
                        lastRound.insert(QStringLiteral("%1|%2|%3").arg(d).arg(id, field), {QStringLiteral("persons"), id, field, value});
                } else if (n % 2 == 0) {
                    REQUIRE(PersonRepository(*device.database).remove(pick(persons)).ok());
                } else {
                    // The other kinds of record: a grid member serving the grid (staff records are the
                    // township administrator's: the office's device), and a reveal in the append-only audit log.
                    if (d == 0) {
                        Member member;
                        member.name = QStringLiteral("网格员") + tag;
                        member.roles = {QStringLiteral("grid_officer")};
                        member.regionIds = {grid};
                        REQUIRE(MemberRepository(*device.database).create(member).ok());
                    }
                    const auto account = AccountRepository(*device.database).findByUsername(
                        d == 0 ? QStringLiteral("town_a") : QStringLiteral("officer_a"));
                    REQUIRE(account.has_value());
                    REQUIRE(AuditLog(*device.database).recordReveal(*account, QStringLiteral("persons"), pick(persons),
                                                                   QStringLiteral("id_number")).ok());
                }
            }
        }
        if (last)
            break;
        // Devices sync in a random order; some syncs are cut off part-way (a timer cancels them).
        for (int s = 0; s < 4; ++s) {
            Device &device = *devices.at(int(random.bounded(int(devices.size()))));
            std::atomic_bool cancel = false;
            QTimer::singleShot(int(random.bounded(20)), [&cancel] { cancel = true; });
            (void)device.engine->run({}, random.bounded(2) ? &cancel : nullptr);
        }
    }
    // Afterwards everyone syncs until nothing is left to send, twice round.
    for (int pass = 0; pass < 2; ++pass) {
        for (Device *device : devices)
            device->sync();
    }
    // A change the server refused waits for a person (a member added to a household a colleague had
    // removed): here the person discards it, and the devices sync once more.
    QSet<QString> discarded;
    for (Device *device : devices) {
        for (const RefusedChange &refused : SyncProblems(*device->database).refusedChanges()) {
            discarded.insert(refused.rowId);
            INFO(refused.table.toStdString() << ' ' << refused.reason.toStdString() << ' ' << refused.message.toStdString());
            CHECK(refused.reason == QStringLiteral("missing_reference"));
            CHECK(refused.field == QStringLiteral("household_id"));
            REQUIRE(SyncProblems(*device->database).discard(refused.table, refused.rowId, permissionsOf(QStringLiteral("grid_officer"))).ok());
        }
    }
    for (Device *device : devices)
        device->sync();
    const QStringList reference = office.dump();
    Device fresh(server, QStringLiteral("county"));
    fresh.sync();
    CHECK(difference(fresh.dump(), reference) == "");
    // The laptops' scope is the grid: they hold everything but the township administrator's own audit
    // records, which lie at the township.
    const auto townAccount = AccountRepository(*office.database).findByUsername(QStringLiteral("town_a"));
    REQUIRE(townAccount.has_value());
    QStringList gridView;
    for (const QString &line : reference) {
        if (!(line.startsWith(QLatin1String("audit_log|")) && line.contains(QLatin1Char('|') + townAccount->id + QLatin1Char('|'))))
            gridView.append(line);
    }
    CHECK(difference(laptop1.dump(), gridView) == "");
    CHECK(difference(laptop2.dump(), gridView) == "");

    // Every concurrent edit of the last round is either the value now held or a conflict record.
    for (const Edit &edit : lastRound) {
        INFO(edit.table.toStdString() << ' ' << edit.id.toStdString() << ' ' << edit.field.toStdString() << ' ' << edit.value.toStdString());
        if (discarded.contains(edit.id))
            continue; // a person gave it up
        const bool held = office.value(edit.table, edit.id, edit.field) == edit.value;
        const bool removed = office.value(edit.table, edit.id, QStringLiteral("deleted")) == QStringLiteral("1");
        QSqlQuery conflict = office.database->prepare(
            QStringLiteral("SELECT count(*) FROM conflicts WHERE row_id = ? AND field = ? AND lost_value = ?"));
        conflict.addBindValue(edit.id);
        conflict.addBindValue(edit.field);
        conflict.addBindValue(edit.value);
        REQUIRE(office.database->exec(conflict).ok());
        REQUIRE(conflict.next());
        const int conflicts = conflict.value(0).toInt();
        CHECK((held || removed || conflicts > 0));
    }
    for (Device *device : devices)
        CHECK(ChangeLog(*device->database).pendingRowCount() == 0);
}

TEST_CASE("A person may choose the value that lost, which then reaches every device")
{
    TwoDevices devices;
    Device &laptop = devices.laptop;
    Device &office = devices.office;
    const QString id = devices.householdId;
    setHouseholdField(laptop, id, QStringLiteral("address"), QStringLiteral("甲村一组"));
    setHouseholdField(office, id, QStringLiteral("address"), QStringLiteral("甲村二组"));
    laptop.sync();
    office.sync();
    const QList<OpenConflict> conflicts = SyncProblems(*office.database).openConflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().rowLabel == QStringLiteral("甲村一组"));
    CHECK(conflicts.first().lostValue == QStringLiteral("甲村二组"));
    CHECK(SyncProblems(*office.database).count() == 1);

    REQUIRE(SyncProblems(*office.database).restore(conflicts.first().id, permissionsOf(QStringLiteral("township_admin"))).ok());
    CHECK(SyncProblems(*office.database).count() == 0);
    office.sync();
    laptop.sync();
    CHECK(laptop.value(QStringLiteral("households"), id, QStringLiteral("address")) == QStringLiteral("甲村二组"));
    // The decision synced too: nobody is asked again.
    CHECK(SyncProblems(*laptop.database).count() == 0);
    CHECK(laptop.dump() == office.dump());
}

TEST_CASE("A laptop restored from its backup sends what the server lacks and takes what it missed")
{
    TwoDevices t;
    // The backup holds an edit not synced yet; the edit goes up afterwards, and the office changes another field.
    setHouseholdField(t.laptop, t.householdId, QStringLiteral("notes"), QStringLiteral("备份时未同步"));
    QTemporaryDir keep;
    const QString backup = keep.filePath(QStringLiteral("laptop.lxbackup"));
    const auto recipient = device_backup::recipientFor(QStringLiteral("a long passphrase"));
    REQUIRE(recipient.ok());
    REQUIRE(device_backup::write(t.laptop.database->filePath(), {}, backup, *recipient).ok());
    t.laptop.sync();
    setHouseholdField(t.office, t.householdId, QStringLiteral("address"), QStringLiteral("甲村二组"));
    const QString afterBackup = addHousehold(t.office, gridA(t.office), QStringLiteral("甲村三组"));
    t.office.sync();

    // The laptop breaks; its backup is restored on another one, which signs in and syncs.
    QTemporaryDir newLaptop;
    REQUIRE(device_backup::restore(backup, QStringLiteral("a long passphrase"), newLaptop.path()).ok());
    auto restored = Database::open({newLaptop.filePath(QStringLiteral("lianxin.db"))});
    REQUIRE(restored.ok());
    SyncEngine engine(**restored, QStringLiteral("http://127.0.0.1:%1").arg(t.server.port()));
    REQUIRE(engine.signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    const auto report = engine.run();
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    CHECK(report->rejected == 0);
    CHECK(ChangeLog(**restored).pendingRowCount() == 0);
    CHECK(SyncProblems(**restored).count() == 0);
    const auto household = HouseholdRepository(**restored).get(t.householdId);
    REQUIRE(household.has_value());
    CHECK(household->notes == QStringLiteral("备份时未同步"));
    CHECK(household->address == QStringLiteral("甲村二组"));
    CHECK(HouseholdRepository(**restored).get(afterBackup).has_value());
    // And the office, syncing again, holds what the restored laptop holds.
    t.office.sync();
    CHECK(dumpRows(**restored, {&tables::households(), &tables::persons()}, QStringLiteral("1")) ==
          dumpRows(*t.office.database, {&tables::households(), &tables::persons()}, QStringLiteral("1")));
}

TEST_CASE("A refused change can be discarded: a row the server never had goes, the count clears")
{
    ServerProcess server;
    seedCounty(server);
    Device mediator(server, QStringLiteral("mediator_a"));
    mediator.sync();
    const QString id = addHousehold(mediator, gridA(mediator), QStringLiteral("调解员不能建户"));
    mediator.sync();
    const QList<RefusedChange> refused = SyncProblems(*mediator.database).refusedChanges();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().reason == QStringLiteral("forbidden"));
    CHECK(refused.first().rowLabel == QStringLiteral("调解员不能建户"));
    // The mediator's role may not change the register, so a colleague who may decides on this PC.
    CHECK_FALSE(SyncProblems(*mediator.database).discard(QStringLiteral("households"), id, permissionsOf(QStringLiteral("mediator"))).ok());
    REQUIRE(SyncProblems(*mediator.database).discard(QStringLiteral("households"), id, permissionsOf(QStringLiteral("grid_officer"))).ok());
    CHECK(SyncProblems(*mediator.database).count() == 0);
    CHECK(ChangeLog(*mediator.database).pendingRowCount() == 0);
    CHECK(mediator.count(QStringLiteral("SELECT count(*) FROM households")) == 0);
    CHECK(mediator.sync().rejected == 0);
}

namespace {

// `lianxin --make-demo` into a folder: two townships whose every row is still to be pushed.
void makeDemo(const QString &dir, int households)
{
    QProcess make;
    make.start(QStringLiteral(LIANXIN_CLIENT_PATH), {QStringLiteral("--data-dir"), dir, QStringLiteral("--make-demo"),
                                                     QString::number(households), QStringLiteral("--seed"), QStringLiteral("5")});
    REQUIRE(make.waitForFinished(120000));
    REQUIRE(make.exitCode() == 0);
}

// Runs `lianxin --sync-once` on a workspace as the demo's county account (it holds both townships of the
// demo). With a marker, kills it (SIGKILL) as soon as its progress
// output shows the marker — mid-sync, after at least one page or batch was committed — and returns -1.
int syncOnceProcess(const QString &dir, quint16 port, const QByteArray &killAt = {})
{
    QProcess sync;
    sync.start(QStringLiteral(LIANXIN_CLIENT_PATH), {QStringLiteral("--data-dir"), dir, QStringLiteral("--sync-once"),
                                                     QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                                                     QStringLiteral("--sync-user"), QStringLiteral("county")});
    REQUIRE(sync.waitForStarted());
    sync.write("lianxin-demo\n");
    sync.closeWriteChannel();
    if (!killAt.isEmpty()) {
        QByteArray progress;
        while (!progress.contains(killAt) && sync.state() == QProcess::Running) {
            sync.waitForReadyRead(100);
            progress += sync.readAllStandardError();
        }
        INFO(progress.toStdString());
        REQUIRE(progress.contains(killAt));
        sync.kill();
        sync.waitForFinished();
        return -1;
    }
    REQUIRE(sync.waitForFinished(120000));
    return sync.exitCode();
}

QStringList dumpOf(const QString &dir)
{
    auto database = Database::open({dir + QStringLiteral("/lianxin.db")});
    REQUIRE(database.ok());
    QSqlQuery check = (*database)->prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE((*database)->exec(check).ok());
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    // The indexes a first sync builds at its end, and the search index, whole whatever the interruption.
    QSqlQuery built = (*database)->prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index'), (SELECT count(*) FROM search_rows), "
        "(SELECT count(*) FROM search_fts)"));
    REQUIRE((*database)->exec(built).ok());
    REQUIRE(built.next());
    return dumpRows(**database, {&tables::households(), &tables::persons()}, QStringLiteral("1 = 1"))
           << QStringLiteral("indexes %1, search rows %2, indexed %3")
                  .arg(built.value(0).toInt())
                  .arg(built.value(1).toInt())
                  .arg(built.value(2).toInt());
}

} // namespace

// Pages are pipelined: when the progress shows a page applied, the next is in flight and may be half applied.
TEST_CASE("A client killed during a pull or a push leaves a sound store, and the next sync completes it")
{
    ServerProcess server;
    QTemporaryDir township;
    makeDemo(township.path(), 1500);
    REQUIRE(server.admin({QStringLiteral("import-store"), township.filePath(QStringLiteral("lianxin.db"))}) == 0);
    QTemporaryDir reference;
    REQUIRE(syncOnceProcess(reference.path(), server.port()) == 0);
    const QStringList expected = dumpOf(reference.path());
    REQUIRE(expected.size() > 5000);

    SECTION("killed while pulling pages into a new device")
    {
        for (const QByteArray &killAt : {QByteArray("pull 2000 rows"), QByteArray("pull 6000 rows")}) {
            QTemporaryDir device;
            CHECK(syncOnceProcess(device.path(), server.port(), killAt) == -1);
            (void)dumpOf(device.path()); // integrity checked on the half-synced store
            CHECK(syncOnceProcess(device.path(), server.port()) == 0);
            CHECK(dumpOf(device.path()) == expected);
        }
    }
    SECTION("killed while pushing a whole demo the server already holds")
    {
        // The demo's own store: every row pending, pushed in batches of 500.
        CHECK(syncOnceProcess(township.path(), server.port(), "rows, 2 batches") == -1);
        (void)dumpOf(township.path());
        CHECK(syncOnceProcess(township.path(), server.port()) == 0);
        CHECK(dumpOf(township.path()) == expected);
        auto database = Database::open({township.filePath(QStringLiteral("lianxin.db"))});
        REQUIRE(database.ok());
        CHECK(ChangeLog(**database).pendingRowCount() == 0);
    }
}

TEST_CASE("Through a link that resets, truncates, delays and duplicates, devices still converge without duplicates")
{
    const int seed = GENERATE(1, 2, 3);
    INFO("seed " << seed);
    ServerProcess server;
    seedCounty(server);
    FaultProxy proxy(server.port(), quint32(seed), 0.35);
    QRandomGenerator random{quint32(seed)};
    // The devices reach the server through the proxy.
    QList<std::shared_ptr<Device>> devices;
    for (const char *user : {"town_a", "officer_a", "officer_a"}) {
        auto device = std::make_shared<Device>(server, QLatin1String(user));
        device->engine = std::make_unique<SyncEngine>(*device->database, QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        device->engine->setAccount(QLatin1String(user));
        devices.append(device);
    }
    // One sync on a fresh connection (a device's connection is kept alive between requests, and the proxy
    // decides its faults per connection).
    const auto runVia = [&](Device &device) {
        const QString user = device.engine->account();
        device.engine = std::make_unique<SyncEngine>(*device.database, QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        device.engine->setAccount(user);
        return device.engine->run().ok();
    };
    // Sync until a sync goes through (each attempt may meet a fault).
    const auto syncThrough = [&](Device &device) {
        for (int attempt = 0; attempt < 40; ++attempt) {
            if (runVia(device))
                return;
        }
        FAIL("no sync got through in 40 attempts");
    };
    for (const auto &device : devices)
        syncThrough(*device);
    const QString grid = gridA(*devices.first());
    QStringList created;
    for (int round = 0; round < 3; ++round) {
        for (int d = 0; d < devices.size(); ++d) {
            Device &device = *devices.at(d);
            for (int n = 0; n < 4; ++n) {
                created.append(addHousehold(device, grid, QStringLiteral("链路%1-%2-%3").arg(round).arg(d).arg(n)));
                // An edit of a household this device holds (its own, or one an earlier sync brought).
                QSqlQuery held = device.database->prepare(QStringLiteral("SELECT id FROM households ORDER BY id"));
                REQUIRE(device.database->exec(held).ok());
                QStringList ids;
                while (held.next())
                    ids.append(held.value(0).toString());
                setHouseholdField(device, ids.at(int(random.bounded(int(ids.size())))), QStringLiteral("notes"),
                                  QStringLiteral("n%1.%2.%3").arg(round).arg(d).arg(n));
            }
            // A sync that may fail part-way; whatever it did stays done.
            (void)runVia(device);
        }
    }
    CHECK(proxy.faultsInjected() > 0);
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &device : devices)
            syncThrough(*device);
    }
    const QStringList reference = devices.first()->dump();
    for (const auto &device : devices) {
        CHECK(difference(device->dump(), reference) == "");
        CHECK(ChangeLog(*device->database).pendingRowCount() == 0);
    }
    // Every household made is there exactly once.
    CHECK(devices.first()->count(QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0")) == created.size());
    // A duplicated or retried push never turns into a conflict with itself.
    CHECK(devices.first()->count(QStringLiteral("SELECT count(*) FROM conflicts WHERE kept_value = lost_value")) == 0);
}

TEST_CASE("Accounts and regions arrive by sync, so colleagues can sign in offline on a new device")
{
    ServerProcess server;
    seedCounty(server);
    Device office(server, QStringLiteral("town_a"));
    office.sync();
    // The township's own people, with their verifiers; not the other township's, not the county's.
    Authenticator authenticator(*office.database);
    CHECK(authenticator.signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    CHECK(authenticator.signIn(QStringLiteral("mediator_a"), QStringLiteral("password-1")).ok());
    CHECK_FALSE(authenticator.signIn(QStringLiteral("town_b"), QStringLiteral("password-1")).ok());
    CHECK_FALSE(authenticator.signIn(QStringLiteral("county"), QStringLiteral("password-1")).ok());
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM regions WHERE code = '340828' OR code LIKE '340828101%'")) == 4);
    CHECK(office.count(QStringLiteral("SELECT count(*) FROM regions WHERE code LIKE '340828102%'")) == 0);

    // A password reset on the server reaches the device at its next sync.
    REQUIRE(server.admin({QStringLiteral("reset-password"), QStringLiteral("officer_a")}, "new-password-9\n") == 0);
    office.sync();
    CHECK_FALSE(Authenticator(*office.database).signIn(QStringLiteral("officer_a"), QStringLiteral("password-1")).ok());
    CHECK(Authenticator(*office.database).signIn(QStringLiteral("officer_a"), QStringLiteral("new-password-9")).ok());
}

TEST_CASE("When an account's scope changes, its devices drop the rows that left it and fetch the new ones")
{
    ServerProcess server;
    seedCounty(server);
    Device laptop(server, QStringLiteral("officer_a"));
    laptop.sync();
    const QString householdA = addHousehold(laptop, gridA(laptop), QStringLiteral("甲村"));
    laptop.sync();
    Device townB(server, QStringLiteral("town_b"));
    townB.sync();
    QSqlQuery grid = townB.database->prepare(QStringLiteral("SELECT id FROM regions WHERE code = '34082810220101'"));
    REQUIRE(townB.database->exec(grid).ok());
    REQUIRE(grid.next());
    const QString householdB = addHousehold(townB, grid.value(0).toString(), QStringLiteral("乙村"));
    townB.sync();

    REQUIRE(server.admin({QStringLiteral("set-scope"), QStringLiteral("officer_a"), QStringLiteral("--scope"),
                          QStringLiteral("34082810220101")}) == 0);
    const SyncReport report = laptop.sync();
    CHECK(report.resynced);
    CHECK(laptop.value(QStringLiteral("households"), householdA, QStringLiteral("address")).isEmpty());
    CHECK(laptop.value(QStringLiteral("households"), householdB, QStringLiteral("address")) == QStringLiteral("乙村"));
    CHECK(laptop.count(QStringLiteral("SELECT count(*) FROM regions WHERE code = '34082810120101'")) == 0);
    // The next sync is an ordinary one again.
    CHECK_FALSE(laptop.sync().resynced);
}

TEST_CASE("A device that last synced before pruned deletions downloads its scope again and drops what was removed")
{
    ServerProcess server;
    seedCounty(server);
    Device laptop(server, QStringLiteral("officer_a"));
    Device office(server, QStringLiteral("town_a"));
    laptop.sync();
    const QString kept = addHousehold(laptop, gridA(laptop), QStringLiteral("留下的户"));
    const QString gone = addHousehold(laptop, gridA(laptop), QStringLiteral("要删的户"));
    laptop.sync();
    office.sync();
    REQUIRE(HouseholdRepository(*office.database).remove(gone).ok());
    office.sync();
    // The county forgets the deletion; the laptop never saw it.
    QByteArray output;
    REQUIRE(server.admin({QStringLiteral("prune-tombstones"), QStringLiteral("--days"), QStringLiteral("0")}, {}, &output) == 0);
    CHECK(output.contains("Removed 1 tombstones"));
    // A local edit made meanwhile survives the re-download.
    setHouseholdField(laptop, kept, QStringLiteral("notes"), QStringLiteral("离线时写的"));
    const SyncReport report = laptop.sync();
    CHECK(report.resynced);
    CHECK(laptop.value(QStringLiteral("households"), gone, QStringLiteral("address")).isEmpty());
    office.sync();
    CHECK(office.value(QStringLiteral("households"), kept, QStringLiteral("notes")) == QStringLiteral("离线时写的"));
    CHECK(difference(laptop.dump(), office.dump()).find("留下的户") == std::string::npos);
    // A new device is not sent back to the start: it has nothing to lose.
    Device fresh(server, QStringLiteral("town_a"));
    CHECK_FALSE(fresh.sync().resynced);
}

TEST_CASE("A household that moves to another township leaves the old township's devices, with its people")
{
    TwoDevices devices;
    Device &laptop = devices.laptop;
    Person member;
    member.householdId = devices.householdId;
    member.name = QStringLiteral("随户迁走");
    REQUIRE(PersonRepository(*laptop.database).create(member).ok());
    laptop.sync();
    Device townB(devices.server, QStringLiteral("town_b"));
    townB.sync();
    CHECK(townB.count(QStringLiteral("SELECT count(*) FROM households")) == 0);

    // The county moves the household to township B's grid.
    Device county(devices.server, QStringLiteral("county"));
    county.sync();
    QSqlQuery grid = county.database->prepare(QStringLiteral("SELECT id FROM regions WHERE code = '34082810220101'"));
    REQUIRE(county.database->exec(grid).ok());
    REQUIRE(grid.next());
    auto household = HouseholdRepository(*county.database).get(devices.householdId);
    REQUIRE(household.has_value());
    household->gridId = grid.value(0).toString();
    REQUIRE(HouseholdRepository(*county.database).update(*household).ok());
    CHECK(county.sync().accepted == 1);

    laptop.sync();
    devices.office.sync();
    townB.sync();
    for (Device *old : {&laptop, &devices.office}) {
        CHECK(old->count(QStringLiteral("SELECT count(*) FROM households")) == 0);
        CHECK(old->count(QStringLiteral("SELECT count(*) FROM persons")) == 0);
        CHECK(old->count(QStringLiteral("SELECT count(*) FROM search_rows")) == 0);
    }
    CHECK(townB.count(QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0")) == 1);
    CHECK(townB.count(QStringLiteral("SELECT count(*) FROM persons WHERE name = '随户迁走'")) == 1);
    // The county sees it all the time: no departure for it.
    CHECK(county.count(QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0")) == 1);
}
