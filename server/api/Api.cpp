#include "server/api/Api.h"

#include "core/auth/PasswordHash.h"
#include "core/files/FileStore.h"
#include "core/net/Protocol.h"
#include "core/sync/Wire.h"
#include "server/admin/ServerAccounts.h"
#include "server/api/AdminApi.h"
#include "server/api/JsonInput.h"
#include "server/api/RequestBody.h"
#include "server/auth/Sessions.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/BlobService.h"
#include "server/sync/CaseNumberService.h"
#include "server/sync/PullService.h"
#include "server/sync/PushService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace lianxin::server {

namespace {

constexpr int kMaxPushRows = 1000;
constexpr int kMaxIdLength = 64;

// Checked against when a user name is unknown, so that a wrong name costs as long as a wrong password.
// Made when the first Api is (at start, before the server listens): made on first use, it made the first
// unknown name cost twice as long as a wrong password.
const QString &dummyVerifier()
{
    static const QString verifier = password_hash::make(QStringLiteral("no such account"));
    return verifier;
}

ApiResponse json(int status, const QJsonObject &body)
{
    return jsonAnswer(status, body);
}

// The bearer token of an Authorization header; the scheme's name is case-insensitive (RFC 7235).
QString bearerToken(const QByteArray &header)
{
    const QByteArray credentials = header.trimmed();
    const qsizetype space = credentials.indexOf(' ');
    if (space <= 0 || credentials.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(credentials.mid(space + 1).trimmed());
}

} // namespace

Api::Api(ServerDatabase &database, ApiOptions options) : m_database(database), m_options(std::move(options))
{
    dummyVerifier();
}

ApiResponse Api::handle(const ApiRequest &request)
{
    static const QString prefix = QStringLiteral("/api/v1/");
    if (!request.path.startsWith(prefix))
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    // As in bodies (JsonInput::findNul): no NUL reaches a statement from the path or a parameter either.
    if (request.path.contains(QChar(0)))
        return badField({QStringLiteral("path"), JsonInput::kNulMessage});
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.contains(QChar(0)) || value.contains(QChar(0)))
            return badField({QString(key).replace(QChar(0), QStringLiteral("\\u0000")), JsonInput::kNulMessage});
    }
    const QString route = request.path.mid(prefix.size());
    const QByteArray method = request.method;
    const auto wrongMethod = [&](const char *allowed) {
        ApiResponse response = ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                                  QStringLiteral("Use %1 for this resource.").arg(QLatin1String(allowed)));
        response.addHeader("Allow", QByteArray(allowed));
        return response;
    };
    if (route == QLatin1String("health"))
        return method == "GET" ? health() : wrongMethod("GET");
    static const QStringList known{QStringLiteral("session"), QStringLiteral("changes"), QStringLiteral("regions"),
                                   QStringLiteral("accounts"), QStringLiteral("case-numbers"), QStringLiteral("blobs")};
    // GET /blobs/{sha256} names the content in the path.
    const bool blobRoute = route == QLatin1String("blobs") || route.startsWith(QLatin1String("blobs/"));
    // The administrators' routes (staff, accounts, grids) and a person's own new password; GET /accounts,
    // which every device may ask, stays below.
    const QByteArray adminMethods = AdminApi::methodsOf(route);
    const bool adminRoute = !adminMethods.isEmpty() && !(route == QLatin1String("accounts") && method == "GET");
    if (!known.contains(route) && !blobRoute && adminMethods.isEmpty())
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    if (auto refused = checkProtocol(request))
        return *refused;

    if (route == QLatin1String("session") && method == "POST")
        return signIn(request);
    if (adminRoute) {
        const QList<QByteArray> allowed = adminMethods.split(',');
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](const QByteArray &one) { return one.trimmed() == method; }))
            return wrongMethod(adminMethods.constData());
        Caller caller;
        if (auto refused = authenticate(request, &caller, route == QLatin1String("session/password")))
            return *refused;
        ApiResponse response = AdminApi(m_database, m_options.throttle).handle(method, route, request, caller);
        response.accountId = caller.accountId;
        return response;
    }
    Caller caller;
    const bool sessionRoute = route == QLatin1String("session");
    if (sessionRoute && method != "DELETE")
        return wrongMethod("POST, DELETE");
    const bool changesRoute = route == QLatin1String("changes");
    if (changesRoute && method != "GET" && method != "POST")
        return wrongMethod("GET, POST");
    if (blobRoute) {
        if (route == QLatin1String("blobs") && method != "POST")
            return wrongMethod("POST");
        if (route != QLatin1String("blobs") && method != "GET")
            return wrongMethod("GET");
        Caller caller;
        if (auto refused = authenticate(request, &caller))
            return *refused;
        ApiResponse response = method == "POST" ? putBlob(request, caller) : getBlob(route.mid(6), caller);
        response.accountId = caller.accountId;
        return response;
    }
    const bool numbersRoute = route == QLatin1String("case-numbers");
    if (numbersRoute && method != "POST")
        return wrongMethod("POST");
    if (!sessionRoute && !changesRoute && !numbersRoute && method != "GET")
        return wrongMethod("GET");
    if (auto refused = authenticate(request, &caller, sessionRoute))
        return *refused;
    ApiResponse response = sessionRoute                            ? signOut(caller)
                           : changesRoute && method == "GET"       ? pull(request, caller)
                           : changesRoute                          ? push(request, caller)
                           : numbersRoute                          ? reserveCaseNumbers(request, caller)
                           : route == QLatin1String("regions")     ? regions(caller)
                                                                   : accounts(caller);
    response.accountId = caller.accountId;
    return response;
}

QString Api::routeOf(const QString &path)
{
    static const QStringList routes{QStringLiteral("/api/v1/health"),   QStringLiteral("/api/v1/session"),
                                    QStringLiteral("/api/v1/changes"),  QStringLiteral("/api/v1/regions"),
                                    QStringLiteral("/api/v1/accounts"), QStringLiteral("/api/v1/case-numbers"),
                                    QStringLiteral("/api/v1/blobs")};
    if (routes.contains(path))
        return path;
    if (path.startsWith(QLatin1String("/api/v1/blobs/")))
        return QStringLiteral("/api/v1/blobs/{sha256}");
    if (path.startsWith(QLatin1String("/api/v1/"))) {
        if (const QString pattern = AdminApi::patternOf(path.mid(8)); !pattern.isEmpty())
            return pattern;
    }
    return QStringLiteral("(unknown path)");
}

std::optional<ApiResponse> Api::checkProtocol(const ApiRequest &request) const
{
    const QByteArray header = request.header("x-lianxin-protocol");
    const QString name = QString::fromLatin1(protocol::kVersionHeader);
    if (header.isEmpty())
        return ApiResponse::error(400, QStringLiteral("protocol_missing"),
                                  QStringLiteral("Name the protocol version the client speaks."), name);
    bool numeric = false;
    const int version = header.toInt(&numeric);
    if (!numeric)
        return ApiResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("Must be a whole number."), name);
    if (version < protocol::kOldestServed)
        return ApiResponse::error(426, QStringLiteral("client_too_old"),
                                  QStringLiteral("This Lianxin is too old for the county server (protocol %1; the server "
                                                 "needs %2 or newer). Update Lianxin, then sync again.")
                                      .arg(version)
                                      .arg(protocol::kOldestServed),
                                  name);
    if (version > protocol::kVersion)
        return ApiResponse::error(400, QStringLiteral("server_too_old"),
                                  QStringLiteral("The county server speaks protocol %1 at most; ask the county to update it.")
                                      .arg(protocol::kVersion),
                                  name);
    return std::nullopt;
}

std::optional<ApiResponse> Api::authenticate(const ApiRequest &request, Caller *caller, bool beforePasswordChange)
{
    const QString token = bearerToken(request.header("authorization"));
    TokenProblem problem = TokenProblem::None;
    const auto found = Sessions(m_database).authenticate(token, &problem);
    if (found) {
        *caller = *found;
        // A password an administrator set is the person's to replace before anything else (docs/API.md).
        if (caller->mustChangePassword && !beforePasswordChange)
            return ApiResponse::error(403, QStringLiteral("password_change_required"),
                                      QStringLiteral("Choose a new password first: POST /api/v1/session/password."));
        return std::nullopt;
    }
    static const QHash<TokenProblem, QString> codes{{TokenProblem::Missing, QStringLiteral("token_missing")},
                                                    {TokenProblem::Unknown, QStringLiteral("token_unknown")},
                                                    {TokenProblem::Expired, QStringLiteral("token_expired")},
                                                    {TokenProblem::Revoked, QStringLiteral("token_revoked")},
                                                    {TokenProblem::AccountDisabled, QStringLiteral("account_disabled")}};
    if (problem == TokenProblem::None)
        return unavailable(found.error());
    ApiResponse response = ApiResponse::error(problem == TokenProblem::AccountDisabled ? 403 : 401, codes.value(problem),
                                              found.error().message, QStringLiteral("Authorization"));
    response.addHeader("WWW-Authenticate", "Bearer");
    return response;
}

ApiResponse Api::unavailable(const Error &error) const
{
    return unavailableAnswer(error);
}

ApiResponse Api::health()
{
    const auto sequence = m_database.lastSequence();
    QJsonObject body{{QStringLiteral("status"), sequence ? QStringLiteral("ok") : QStringLiteral("database_unavailable")},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                     {QStringLiteral("protocol"), protocol::kVersion},
                     {QStringLiteral("oldest_protocol"), protocol::kOldestServed},
                     {QStringLiteral("database"), m_options.backendName},
                     {QStringLiteral("server_time"), ServerDatabase::now()}};
    return json(sequence ? 200 : 503, body);
}

ApiResponse Api::signIn(const ApiRequest &request)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    const QString username = input.string(QStringLiteral("username"), 64).trimmed().toLower();
    const QString password = input.string(QStringLiteral("password"), 1024);
    const QString deviceId = input.string(QStringLiteral("device_id"), kMaxIdLength, false);
    input.noOtherFields();
    if (!input.ok())
        return badField(input.error());

    // The attempt is counted before the password is checked, so that parallel guesses wait their turn.
    SignInThrottle throttle(m_database, m_options.throttle);
    const auto attempt = throttle.reserve(username, request.peer);
    if (!attempt)
        return unavailable(attempt.error());
    if (attempt->waitSeconds > 0) {
        const qint64 wait = attempt->waitSeconds;
        ApiResponse response = ApiResponse::error(
            429, attempt->locked ? QStringLiteral("locked") : QStringLiteral("slow_down"),
            attempt->locked
                ? QStringLiteral(
                      "Too many failed sign-ins: try again in %1 minutes, or ask the county to reset the password.")
                      .arg((wait + 59) / 60)
                : QStringLiteral("Wrong password several times: wait %1 seconds before the next try.").arg(wait));
        response.addHeader("Retry-After", QByteArray::number(wait));
        return response;
    }
    const auto credentials = ServerAccounts(m_database).credentials(username);
    if (!credentials)
        return unavailable(credentials.error());
    // Checked without holding a transaction: argon2id takes a while by design.
    const bool verified = password_hash::verify(credentials->has_value() ? (*credentials)->verifier : dummyVerifier(), password)
                          && credentials->has_value();
    if (!verified)
        return ApiResponse::error(401, QStringLiteral("invalid_credentials"),
                                  QStringLiteral("The user name or password is wrong."));

    // Sessions and failures are bookkeeping: on PostgreSQL this does not wait behind a push batch.
    ServerTransaction transaction(m_database);
    if (Status status = transaction.writeBookkeeping(); !status)
        return unavailable(status.error());
    if (Status status = throttle.recordSuccess(username, request.peer); !status)
        return unavailable(status.error());
    if ((*credentials)->disabled) {
        if (Status status = transaction.commit(); !status)
            return unavailable(status.error());
        return ApiResponse::error(403, QStringLiteral("account_disabled"),
                                  QStringLiteral("This account has been disabled; ask the county administrator."));
    }
    const auto issued = Sessions(m_database).issue((*credentials)->id, deviceId, m_options.tokenLifetimeSeconds);
    if (!issued)
        return unavailable(issued.error());
    if (Status status = transaction.commit(); !status)
        return unavailable(status.error());
    TokenProblem problem = TokenProblem::None;
    const auto caller = Sessions(m_database).authenticate(issued->token, &problem);
    if (!caller)
        return unavailable(caller.error());
    ApiResponse response =
        json(201, {{QStringLiteral("token"), issued->token},
                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                   {QStringLiteral("expires_at"), issued->expiresAt},
                   {QStringLiteral("account"),
                    QJsonObject{{QStringLiteral("id"), caller->accountId},
                                {QStringLiteral("username"), caller->username},
                                {QStringLiteral("display_name"), caller->displayName},
                                {QStringLiteral("role"), caller->role},
                                {QStringLiteral("scope"), QJsonArray::fromStringList(caller->scope.regionIds())},
                                {QStringLiteral("must_change_password"), caller->mustChangePassword}}}});
    response.accountId = caller->accountId;
    return response;
}

ApiResponse Api::signOut(const Caller &caller)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.writeBookkeeping(); !status)
        return unavailable(status.error());
    if (Status status = Sessions(m_database).revoke(caller.tokenHash); !status)
        return unavailable(status.error());
    if (Status status = transaction.commit(); !status)
        return unavailable(status.error());
    return {204, {}, {}, true, {}, {}};
}

ApiResponse Api::pull(const ApiRequest &request, const Caller &caller)
{
    qint64 after = -1;
    int limit = PullService::kDefaultLimit;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        bool numeric = false;
        const qint64 number = value.toLongLong(&numeric);
        if (key == QLatin1String("after")) {
            if (!numeric || number < 0)
                return badField({key, QStringLiteral("Must be a whole number, 0 or more.")});
            after = number;
        } else if (key == QLatin1String("limit")) {
            if (!numeric || number < 1 || number > PullService::kMaxLimit)
                return badField({key, QStringLiteral("Must be between 1 and %1.").arg(PullService::kMaxLimit)});
            limit = int(number);
        } else {
            return badField({key, QStringLiteral("Unknown parameter.")});
        }
    }
    if (after < 0)
        return badField({QStringLiteral("after"), QStringLiteral("Required: the last sequence the device holds (0 for none).")});
    const auto page = PullService(m_database).page(caller, after, limit);
    if (!page && page.error().field == QLatin1String("resync"))
        return ApiResponse::error(410, QStringLiteral("resync_required"), page.error().message, QStringLiteral("after"));
    if (!page)
        return unavailable(page.error());
    ApiResponse response;
    response.text = *page;
    return response;
}

ApiResponse Api::push(const ApiRequest &request, const Caller &caller)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    PushBatch batch;
    batch.batchId = input.string(QStringLiteral("batch_id"), kMaxIdLength);
    if (input.ok() && QUuid::fromString(batch.batchId).isNull())
        input.fail(QStringLiteral("batch_id"), QStringLiteral("Must be a UUID."));
    batch.deviceId = input.string(QStringLiteral("device_id"), kMaxIdLength);
    const QJsonArray rows = input.array(QStringLiteral("rows"), 1, kMaxPushRows);
    input.noOtherFields();
    for (qsizetype i = 0; input.ok() && i < rows.size(); ++i) {
        const QString path = QStringLiteral("rows[%1]").arg(i);
        if (!rows.at(i).isObject()) {
            input.fail(path, QStringLiteral("Must be an object."));
            break;
        }
        JsonInput rowInput(rows.at(i).toObject(), path);
        PushedRow row;
        row.table = rowInput.string(QStringLiteral("table"), 64);
        row.id = rowInput.string(QStringLiteral("id"), kMaxIdLength);
        row.op = rowInput.choice(QStringLiteral("op"), {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")});
        row.baseVersion = rowInput.integer(QStringLiteral("base_version"), 0, std::numeric_limits<qint32>::max() * qint64(1024),
                                           row.op == QLatin1String("update"))
                              .value_or(0);
        row.changedAt = rowInput.string(QStringLiteral("changed_at"), 64, false);
        if (rowInput.ok() && !row.changedAt.isEmpty() && !QDateTime::fromString(row.changedAt, Qt::ISODateWithMs).isValid())
            rowInput.fail(QStringLiteral("changed_at"), QStringLiteral("Must be a time written 2026-11-29T02:30:00.000Z."));
        const QJsonObject fields = rowInput.object(QStringLiteral("fields"), row.op != QLatin1String("delete"));
        for (auto it = fields.begin(); rowInput.ok() && it != fields.end(); ++it) {
            const auto value = wire::pushedValue(it.value());
            if (!value)
                rowInput.fail(QStringLiteral("fields.") + it.key(), QStringLiteral("Must be text, a whole number or null."));
            else
                row.fields.insert(it.key(), *value);
        }
        rowInput.noOtherFields();
        input.adopt(rowInput);
        batch.rows.append(row);
    }
    if (!input.ok())
        return badField(input.error());
    const auto outcome = PushService(m_database).push(caller, batch);
    if (!outcome)
        return unavailable(outcome.error());
    if (outcome->foreignBatch)
        return ApiResponse::error(409, QStringLiteral("batch_id_taken"),
                                  QStringLiteral("Another account already sent a batch with this id; make a new one."),
                                  QStringLiteral("batch_id"));
    ApiResponse response = json(200, outcome->body);
    if (outcome->replayed)
        response.addHeader("X-Lianxin-Replayed", "1");
    return response;
}

ApiResponse Api::reserveCaseNumbers(const ApiRequest &request, const Caller &caller)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    const QString committee = input.string(QStringLiteral("committee_id"), kMaxIdLength);
    const auto year = input.integer(QStringLiteral("year"), 2000, 2200);
    const auto count = input.integer(QStringLiteral("count"), 1, CaseNumberService::kMaxBlock);
    input.noOtherFields();
    if (!input.ok())
        return badField(input.error());
    const auto reserved = CaseNumberService(m_database).reserve(caller, committee, int(*year), int(*count));
    if (!reserved) {
        const QString &field = reserved.error().field;
        if (field == QLatin1String("forbidden") || field == QLatin1String("scope"))
            return ApiResponse::error(403, field, reserved.error().message, QStringLiteral("committee_id"));
        if (field == QLatin1String("committee_id"))
            return badField(reserved.error());
        return unavailable(reserved.error());
    }
    return json(200, {{QStringLiteral("committee_id"), committee},
                      {QStringLiteral("year"), *year},
                      {QStringLiteral("first"), reserved->first},
                      {QStringLiteral("last"), reserved->last}});
}

ApiResponse Api::putBlob(const ApiRequest &request, const Caller &caller)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    const QString sha256 = input.string(QStringLiteral("sha256"), 64);
    const QString base64 = input.string(QStringLiteral("content"), int(FileStore::kMaxBytes / 3 * 4 + 8));
    input.noOtherFields();
    if (!input.ok())
        return badField(input.error());
    const auto content = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!content)
        return badField({QStringLiteral("content"), QStringLiteral("Must be base64.")});
    if (Status status = BlobService(m_database, m_options.blobs).put(caller, sha256, *content); !status) {
        if (status.error().field == QLatin1String("forbidden"))
            return ApiResponse::error(403, QStringLiteral("forbidden"), status.error().message);
        if (status.error().field == QLatin1String("quota"))
            return ApiResponse::error(507, QStringLiteral("quota_exceeded"), status.error().message,
                                      QStringLiteral("content"));
        if (status.error().field == QLatin1String("sha256") || status.error().field == QLatin1String("content"))
            return badField(status.error());
        return unavailable(status.error());
    }
    return json(200, {{QStringLiteral("sha256"), sha256}});
}

ApiResponse Api::getBlob(const QString &sha256, const Caller &caller)
{
    const auto content = BlobService(m_database).get(caller, sha256);
    if (!content)
        return unavailable(content.error());
    if (!content->has_value())
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such content, or not for this account."));
    return json(200, {{QStringLiteral("sha256"), sha256},
                      {QStringLiteral("content"), QString::fromLatin1((*content)->toBase64())}});
}

ApiResponse Api::regions(const Caller &caller)
{
    const auto body = PullService(m_database).regions(caller);
    return body ? json(200, *body) : unavailable(body.error());
}

ApiResponse Api::accounts(const Caller &caller)
{
    const auto body = PullService(m_database).accounts(caller);
    return body ? json(200, *body) : unavailable(body.error());
}

} // namespace lianxin::server
