#include "core/sync/SyncEngine.h"

#include "core/auth/Account.h"
#include "core/files/FileStore.h"
#include "core/mediation/CaseNumbers.h"
#include "core/mediation/Deadlines.h"

#include "core/service/ServiceRequests.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"
#include "core/sync/PulledPage.h"
#include "core/sync/SyncSessions.h"
#include "core/sync/SyncTransport.h"
#include "core/sync/Wire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace lianxin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

Error cancelled()
{
    return {QLatin1String(sync_failure::kCancelled), Tr::tr("Sync was stopped. Nothing is lost: it goes on next time.")};
}

} // namespace

SyncEngine::SyncEngine(Database &database, const QString &serverUrl)
    : m_database(database), m_transport(std::make_unique<SyncTransport>(serverUrl))
{
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::hasToken() const
{
    return !m_username.isEmpty() && !SyncSessions(m_database).token(m_username).isEmpty();
}

Error SyncEngine::failure(const HttpAnswer &answer) const
{
    using namespace sync_failure;
    if (m_cancel && m_cancel->load())
        return cancelled();
    if (answer.status == 0) {
        if (answer.network == QNetworkReply::HostNotFoundError || answer.network == QNetworkReply::NetworkSessionFailedError ||
            answer.network == QNetworkReply::UnknownNetworkError)
            return {QLatin1String(kOffline), Tr::tr("No network: Lianxin keeps working and syncs when a connection appears.")};
        return {QLatin1String(kOffline), Tr::tr("The county server cannot be reached just now; Lianxin tries again later.")};
    }
    const QString code = answer.errorCode();
    if (code == QLatin1String("password_change_required"))
        return {QLatin1String(kPasswordChange),
                Tr::tr("Choose a new password first: an administrator set the one you signed in with.")};
    if (code == QLatin1String("account_disabled"))
        return {QLatin1String(kDisabled), Tr::tr("Your account was disabled on the county server. Ask the county administrator.")};
    if (answer.status == 401 && code == QLatin1String("invalid_credentials"))
        return {QLatin1String(kWrongPassword), Tr::tr("The county server did not accept the user name or password.")};
    if (answer.status == 401)
        return {QLatin1String(kSignIn), Tr::tr("Sign in again to sync: the county server no longer accepts this device's sign-in.")};
    if (answer.status == 429)
        return {QLatin1String(kLocked), Tr::tr("Too many failed sign-ins: wait a while, or ask the county administrator.")};
    if (answer.status == 426)
        return {QLatin1String(kUpdate), Tr::tr("This version of Lianxin is too old for the county server. Update Lianxin, then sync.")};
    return {QLatin1String(kServer), Tr::tr("The county server could not complete the sync (HTTP %1). Lianxin tries again later.")
                                        .arg(answer.status)};
}

void SyncEngine::account(SyncReport &report, const HttpAnswer &answer)
{
    report.bytesSent += answer.bytesSent;
    report.bytesReceived += answer.bytesReceived;
    ++report.requests;
}

Status SyncEngine::signIn(const QString &username, const QString &password)
{
    const HttpAnswer answer = m_transport->post(QStringLiteral("/session"),
                                                {{QStringLiteral("username"), username},
                                                 {QStringLiteral("password"), password},
                                                 {QStringLiteral("device_id"), m_database.deviceId()}});
    if (answer.status != 201)
        return failure(answer);
    const QString token = answer.body.value(QStringLiteral("token")).toString();
    const QJsonObject account = answer.body.value(QStringLiteral("account")).toObject();
    QStringList scope;
    for (const QJsonValue &region : account.value(QStringLiteral("scope")).toArray())
        scope.append(region.toString());
    if (Status status = SyncSessions(m_database).signedIn(username, token, account.value(QStringLiteral("role")).toString(), scope);
        !status)
        return Error{QLatin1String(sync_failure::kLocal), status.error().message};
    m_username = username;
    return {};
}

Result<SyncReport> SyncEngine::run(const std::function<void(const SyncProgress &)> &progress, const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    m_transport->setCancelFlag(cancel);
    SyncReport report;
    if (!hasToken())
        return Error{QLatin1String(sync_failure::kSignIn), Tr::tr("Sign in to the county server to sync.")};
    m_transport->setToken(SyncSessions(m_database).token(m_username));
    // What the terminal tools recorded with nobody signed in goes with the person syncing now; rows refused
    // because a record they name was not on the server yet are tried again (it may have arrived since).
    if (Status status = ChangeLog(m_database).attributeUnowned(m_username); !status)
        return Error{QLatin1String(sync_failure::kLocal), status.error().message};
    if (Status status = ChangeLog(m_database).retryMissingReferences(); !status)
        return Error{QLatin1String(sync_failure::kLocal), status.error().message};
    // Attachments' contents go first, so that their records never reach another device before them.
    if (Status status = sendAttachments(report); !status)
        return status.error();
    if (Status status = push(report, progress); !status)
        return status.error();
    if (Status status = pull(report, progress); !status)
        return status.error();
    if (Status status = fetchAttachments(report); !status)
        return status.error();
    const auto renumbered = reserveCaseNumbers(report);
    if (!renumbered)
        return renumbered.error();
    if (*renumbered > 0) {
        if (Status status = push(report, progress); !status)
            return status.error();
    }
    report.waitingFor.removeDuplicates();
    return report;
}

Status SyncEngine::sendAttachments(SyncReport &report)
{
    FileStore files(m_database);
    for (const QString &sha256 : files.unsentHashes()) {
        if (m_cancel && m_cancel->load())
            return cancelled();
        const auto content = files.content(sha256);
        if (!content)
            continue;
        const HttpAnswer answer = m_transport->post(QStringLiteral("/blobs"),
                                                    {{QStringLiteral("sha256"), sha256},
                                                     {QStringLiteral("content"), QString::fromLatin1(content->toBase64())}});
        account(report, answer);
        // The account's quota of contents no record names yet is full: the push names those sent, and
        // the rest go at the next sync.
        if (answer.status == 507)
            break;
        if (!answer.ok())
            return failure(answer);
        if (Status status = files.markUploaded(sha256); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
    }
    return {};
}

Status SyncEngine::fetchAttachments(SyncReport &report)
{
    FileStore files(m_database);
    for (const QString &sha256 : files.missingHashes()) {
        if (m_cancel && m_cancel->load())
            return cancelled();
        const HttpAnswer answer = m_transport->get(QStringLiteral("/blobs/") + sha256);
        account(report, answer);
        // Not there yet (its device has not sent it) or not for this account: asked again next time.
        if (answer.status == 404)
            continue;
        if (!answer.ok())
            return failure(answer);
        const QByteArray content = QByteArray::fromBase64(answer.body.value(QStringLiteral("content")).toString().toLatin1());
        if (Status status = files.storeFetched(sha256, content); !status)
            continue; // damaged on the way: fetched again next time
    }
    return {};
}

Result<int> SyncEngine::reserveCaseNumbers(SyncReport &report)
{
    const SyncSessions sessions(m_database);
    if (!permissionsOf(sessions.role(m_username)).editDisputes)
        return 0;
    CaseNumbers numbers(m_database);
    const QStringList scope = sessions.scope(m_username);
    const int year = deadlines::today(m_database.clock()).year();
    const QStringList reservable = numbers.reservableCommittees(scope);
    for (const CaseNumbers::Need &need : numbers.needed(numbers.homeCommittees(scope), year)) {
        if (m_cancel && m_cancel->load())
            return cancelled();
        if (!reservable.contains(need.committeeId))
            continue;
        const HttpAnswer answer = m_transport->post(QStringLiteral("/case-numbers"),
                                                    {{QStringLiteral("committee_id"), need.committeeId},
                                                     {QStringLiteral("year"), need.year},
                                                     {QStringLiteral("count"), CaseNumbers::kBlockSize}});
        account(report, answer);
        // Refused or unreachable: cases stay numbered provisionally until a later sync gets a block.
        if (answer.status == 403) {
            report.numbersRefused = answer.body.value(QStringLiteral("message")).toString();
            continue;
        }
        if (!answer.ok())
            continue;
        const int first = answer.body.value(QStringLiteral("first")).toInt();
        const int last = answer.body.value(QStringLiteral("last")).toInt();
        if (first <= 0 || last < first)
            return Error{QLatin1String(sync_failure::kServer), Tr::tr("The county server answered nonsense.")};
        if (Status status = numbers.addBlock(need.committeeId, need.year, first, last); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
    }
    const auto renumbered = numbers.renumberPending();
    if (!renumbered)
        return Error{QLatin1String(sync_failure::kLocal), renumbered.error().message};
    return *renumbered;
}

Status SyncEngine::push(SyncReport &report, const std::function<void(const SyncProgress &)> &progress)
{
    // Each person's changes go under that person's own session, in the order of each one's first change;
    // those of people with no session here wait for them to sign in (docs/SYNC.md section 2).
    SyncSessions sessions(m_database);
    SyncProgress state{SyncProgress::Phase::Pushing, 0, 0, {}};
    for (const PendingAuthor &author : ChangeLog(m_database).pendingAuthors()) {
        const QString token = sessions.token(author.username);
        if (token.isEmpty()) {
            report.waitingFor.append(sessions.displayNameOf(author.username));
            continue;
        }
        m_transport->setToken(token);
        const Status pushed = pushAs(author.username, report, state, progress);
        m_transport->setToken(sessions.token(m_username));
        if (!pushed) {
            // Another person's session ran out: that person's changes wait for the next sign-in.
            if (pushed.error().field == QLatin1String(sync_failure::kSignIn) &&
                author.username.compare(m_username, Qt::CaseInsensitive) != 0) {
                if (Status status = sessions.forget(author.username); !status)
                    return Error{QLatin1String(sync_failure::kLocal), status.error().message};
                report.waitingFor.append(sessions.displayNameOf(author.username));
                continue;
            }
            if (pushed.error().field == QLatin1String(sync_failure::kSignIn))
                (void)sessions.forget(author.username);
            return pushed;
        }
    }
    return {};
}

Status SyncEngine::pushAs(const QString &author, SyncReport &report, SyncProgress &state,
                          const std::function<void(const SyncProgress &)> &progress)
{
    ChangeLog log(m_database);
    RecordWriter reader(m_database);
    for (;;) {
        if (m_cancel && m_cancel->load())
            return cancelled();
        const QList<RowChange> changes = log.pushable(author, 0, kPushRows);
        if (changes.isEmpty())
            return {};
        QJsonArray rows;
        QList<RowChange> sent;
        QList<RowChange> dropped; // made and removed here before the server ever saw them, or the server's own
        for (const RowChange &change : changes) {
            const SyncedTable *table = tables::byName(change.table);
            const auto row = table ? reader.read(*table, change.rowId) : std::nullopt;
            if (!table || !row || (change.inserted && change.deleted) || tables::isServerManaged(change.table)) {
                dropped.append(change);
                continue;
            }
            wire::PushRow pushed{change.table,
                                 change.rowId,
                                 change.inserted  ? ChangeOp::Insert
                                 : change.deleted ? ChangeOp::Delete
                                                  : ChangeOp::Update,
                                 row->value(QStringLiteral("server_version")).toLongLong(),
                                 row->value(QStringLiteral("updated_at")).toString(),
                                 {}};
            if (!change.deleted) {
                for (const QString &field : change.fields)
                    pushed.fields.insert(field, row->value(field));
            }
            rows.append(pushed.toJson(*table));
            sent.append(change);
        }
        if (Status status = log.markSynced(dropped); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
        if (rows.isEmpty())
            continue;
        const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        HttpAnswer answer;
        // A batch whose answer was lost is sent again with the same id: the server answers it once.
        for (int attempt = 0; attempt < 3; ++attempt) {
            answer = m_transport->post(QStringLiteral("/changes"), {{QStringLiteral("batch_id"), batchId},
                                                                     {QStringLiteral("device_id"), m_database.deviceId()},
                                                                     {QStringLiteral("rows"), rows}});
            account(report, answer);
            if (answer.status != 0 || (m_cancel && m_cancel->load()))
                break;
        }
        if (answer.status != 200)
            return failure(answer);
        const QJsonArray results = answer.body.value(QStringLiteral("rows")).toArray();
        if (results.size() != sent.size())
            return Error{QLatin1String(sync_failure::kServer), Tr::tr("The county server answered a push with the wrong number of rows.")};

        Transaction transaction = m_database.transaction();
        if (Status status = transaction.begun(); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
        QList<RowChange> synced;
        qsizetype deferred = 0;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const RowChange &change = sent.at(i);
            const wire::PushResult result = wire::PushResult::fromJson(results.at(i).toObject());
            const QString &verdict = result.status;
            // The server stopped taking rows of this batch (its share of work was done): the change stays
            // pending and goes in the next batch.
            if (verdict == QLatin1String("deferred")) {
                ++deferred;
                continue;
            }
            if (Status status = log.clearRefusal(change.table, change.rowId); !status)
                return Error{QLatin1String(sync_failure::kLocal), status.error().message};
            const bool removed = result.reason == QLatin1String("removed");
            if (verdict == QLatin1String("rejected") && !removed) {
                ++report.rejected;
                if (Status status = log.refuse(change, result.reason, result.field, result.message); !status)
                    return Error{QLatin1String(sync_failure::kLocal), status.error().message};
                const SyncedTable *table = tables::byName(change.table);
                if (table && result.reason == QLatin1String("missing_reference") &&
                    result.field == QLatin1String("sha256")) {
                    if (Status status = FileStore(m_database).markUnsent(*table, change.rowId); !status)
                        return Error{QLatin1String(sync_failure::kLocal), status.error().message};
                }
                continue;
            }
            // The server's values stand where this device lost (they come back as conflict records to review),
            // and a row removed on the server is removed here.
            if (Status status = adoptServerValues(change, result, removed); !status)
                return Error{QLatin1String(sync_failure::kLocal), status.error().message};
            removed ? ++report.rejected : verdict == QLatin1String("merged") ? ++report.merged : ++report.accepted;
            synced.append(change);
        }
        if (Status status = log.markSynced(synced); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
        if (Status status = transaction.commit(); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
        if (deferred == sent.size())
            return Error{QLatin1String(sync_failure::kServer), Tr::tr("The county server took none of the changes sent.")};
        state.rows += sent.size() - deferred;
        ++state.pages;
        state.table = sent.last().table;
        if (progress)
            progress(state);
    }
}

Status SyncEngine::adoptServerValues(const RowChange &change, const wire::PushResult &result, bool removed)
{
    const SyncedTable *table = tables::byName(change.table);
    if (!table)
        return {};
    QStringList assignments{QStringLiteral("server_version = ?")};
    QVariantList values{result.serverVersion};
    if (removed)
        assignments.append(QStringLiteral("deleted = 1"));
    for (const QJsonValue &conflict : result.conflicts) {
        const QString field = conflict.toObject().value(QStringLiteral("field")).toString();
        if (!table->fields.contains(field))
            continue;
        assignments.append(field + QStringLiteral(" = ?"));
        values.append(wire::fromWire(*table, field, conflict.toObject().value(QStringLiteral("kept_value"))));
    }
    QSqlQuery update = m_database.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                              .arg(table->name, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        update.addBindValue(value);
    update.addBindValue(change.rowId);
    if (Status status = m_database.exec(update); !status)
        return status;
    // Local columns follow the fields (a household's sort key).
    return RecordWriter(m_database).rederive(*table, change.rowId);
}

Status SyncEngine::pull(SyncReport &report, const std::function<void(const SyncProgress &)> &progress)
{
    SyncProgress state{SyncProgress::Phase::Pulling, 0, 0, {}};
    const SyncSessions sessions(m_database);
    const auto pageAfter = [](qint64 after) {
        return QStringLiteral("/changes?after=%1&limit=%2").arg(after).arg(kPageRows);
    };
    // The next page is asked for as soon as this one has come, and arrives while this one is applied.
    InFlight next;
    qint64 nextAfter = -1;
    for (bool more = true; more;) {
        if (m_cancel && m_cancel->load())
            return cancelled();
        const PullCursor cursor = sessions.cursor(m_username);
        const qint64 after = cursor.lastPulledSeq;
        // A page asked for before a restart (resync) starts where this device no longer is: it is dropped.
        if (nextAfter != after)
            next = InFlight();
        const HttpAnswer answer = next.isActive() ? m_transport->wait(next) : m_transport->get(pageAfter(after));
        account(report, answer);
        if (answer.status == 410) {
            if (Status status = resetForResync(); !status)
                return status;
            report.resynced = true;
            continue;
        }
        if (answer.status != 200)
            return failure(answer);
        const QDateTime serverTime = QDateTime::fromString(answer.body.value(QStringLiteral("server_time")).toString(), Qt::ISODateWithMs);
        if (serverTime.isValid())
            report.clockSkewSeconds = QDateTime::currentDateTimeUtc().secsTo(serverTime);
        // A changed scope: the rows this device holds may no longer be its own. It re-reads its scope.
        const qint64 epoch = answer.body.value(QStringLiteral("scope_epoch")).toInteger();
        const qint64 knownEpoch = cursor.scopeEpoch;
        if (after > 0 && knownEpoch != 0 && epoch != knownEpoch) {
            if (Status status = resetForResync(); !status)
                return status;
            report.resynced = true;
            continue;
        }
        if (answer.body.value(QStringLiteral("has_more")).toBool()) {
            nextAfter = answer.body.value(QStringLiteral("next_after")).toInteger();
            next = m_transport->start(pageAfter(nextAfter));
        }
        QElapsedTimer applying;
        applying.start();
        const auto applied = applyPulledPage(m_database, answer.body, m_username);
        report.applyMs += applying.elapsed();
        if (!applied)
            return Error{QLatin1String(sync_failure::kLocal), applied.error().message};
        if (Status status = rebuildRequests(applied->ids.value(QStringLiteral("service_steps"))); !status)
            return Error{QLatin1String(sync_failure::kLocal), status.error().message};
        report.pulledRows += applied->rows;
        ++report.pages;
        more = applied->hasMore;
        state.rows += applied->rows;
        ++state.pages;
        const QJsonArray tablesOfPage = answer.body.value(QStringLiteral("tables")).toArray();
        if (!tablesOfPage.isEmpty())
            state.table = tablesOfPage.last().toObject().value(QStringLiteral("table")).toString();
        if (progress)
            progress(state);
    }
    return {};
}

// Steps recorded on other devices: a request two devices stepped from the same state (two steps that saw
// as many steps) takes the state all its steps give, the same on every device (ServiceRequests::rebuild).
// Without such a fork the row the server sent is the one its last step's device wrote.
Status SyncEngine::rebuildRequests(const QStringList &stepIds)
{
    if (stepIds.isEmpty())
        return {};
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT s.request_id FROM service_steps s WHERE s.deleted = 0 AND s.request_id IN "
        "(SELECT p.request_id FROM service_steps p WHERE p.id IN (SELECT value FROM json_each(?))) "
        "GROUP BY s.request_id HAVING count(*) > count(DISTINCT coalesce(json_extract(s.data, '$.seen'), s.id))"));
    query.addBindValue(RecordWriter::storedValue(stepIds));
    if (Status status = m_database.exec(query); !status)
        return status;
    QStringList requests;
    while (query.next())
        requests.append(query.value(0).toString());
    ServiceRequests service(m_database);
    for (const QString &id : std::as_const(requests)) {
        if (Status status = service.rebuild(id); !status)
            return status;
    }
    return {};
}

Status SyncEngine::resetForResync()
{
    // Everything goes and is pulled again from the start, except rows with unsynced changes and the rows
    // they refer to (a new member's household, that household's grid …): the pull rebases those.
    struct Reference
    {
        const char *table;
        const char *column;
        const char *target;
    };
    static const Reference references[] = {{"persons", "household_id", "households"},
                                           {"households", "grid_id", "regions"},
                                           {"households", "head_person_id", "persons"},
                                           {"regions", "parent_id", "regions"},
                                           {"member_regions", "member_id", "members"},
                                           {"member_regions", "region_id", "regions"},
                                           {"problems", "visit_id", "visits"},
                                           {"visit_photos", "visit_id", "visits"},
                                           {"service_steps", "request_id", "service_requests"},
                                           {"service_requests", "region_id", "regions"},
                                           {"consultation_decisions", "consultation_id", "consultations"},
                                           {"consultations", "region_id", "regions"}};
    const auto local = [](const Status &status) { return Error{QLatin1String(sync_failure::kLocal), status.error().message}; };

    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return local(status);
    for (const QString &sql :
         {QStringLiteral("PRAGMA defer_foreign_keys = ON"),
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_keep (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                         "PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"),
          QStringLiteral("DELETE FROM sync_keep")}) {
        if (Status status = m_database.exec(sql); !status)
            return local(status);
    }
    if (Status status = ChangeLog(m_database).keepPendingRows(); !status)
        return local(status);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Reference &reference : references) {
            QSqlQuery add = m_database.prepare(
                QStringLiteral("INSERT OR IGNORE INTO sync_keep SELECT ?, r.%1 FROM %2 r JOIN sync_keep k ON k.table_name = ? "
                               "AND k.row_id = r.id WHERE r.%1 IS NOT NULL")
                    .arg(QLatin1String(reference.column), QLatin1String(reference.table)));
            add.addBindValue(QLatin1String(reference.target));
            add.addBindValue(QLatin1String(reference.table));
            if (Status status = m_database.exec(add); !status)
                return local(status);
            grew = grew || add.numRowsAffected() > 0;
        }
    }
    for (const SyncedTable *table : tables::all()) {
        QSqlQuery remove = m_database.prepare(
            QStringLiteral("DELETE FROM %1 WHERE id NOT IN (SELECT row_id FROM sync_keep WHERE table_name = ?)").arg(table->name));
        remove.addBindValue(table->name);
        if (Status status = m_database.exec(remove); !status)
            return local(status);
    }
    // Everyone who syncs on this device reads again from the start: the rows they held are gone too.
    if (Status status = SyncSessions(m_database).restartPulls(); !status)
        return local(status);
    if (Status status = transaction.commit(); !status)
        return local(status);
    return {};
}

} // namespace lianxin
