#include "server/api/AdminApi.h"

#include "core/auth/AccountRules.h"
#include "core/auth/PasswordHash.h"
#include "server/admin/ServerAccounts.h"
#include "server/api/JsonInput.h"
#include "server/api/RequestBody.h"
#include "server/auth/Sessions.h"
#include "server/staff/AccountAdmin.h"
#include "server/staff/AdminScope.h"
#include "server/staff/GridAdmin.h"
#include "server/staff/StaffRegister.h"
#include "server/storage/ServerDatabase.h"

namespace lianxin::server {

namespace {

constexpr int kMaxIdLength = 64;
constexpr int kMaxPasswordLength = 1024;
constexpr int kMaxListedHouseholds = 5000;

bool isId(const QString &part)
{
    return !part.isEmpty() && part.size() <= kMaxIdLength;
}

} // namespace

QByteArray AdminApi::methodsOf(const QString &route)
{
    const QStringList parts = route.split(QLatin1Char('/'));
    const QString &head = parts.first();
    if (parts.size() == 2 && head == QLatin1String("session") && parts.at(1) == QLatin1String("password"))
        return "POST";
    if (head == QLatin1String("accounts")) {
        if (parts.size() == 1)
            return "GET, POST";
        if (parts.size() == 2 && isId(parts.at(1)))
            return "PATCH";
        if (parts.size() == 3 && isId(parts.at(1)) && parts.at(2) == QLatin1String("password-reset"))
            return "POST";
    }
    if (head == QLatin1String("staff")) {
        if (parts.size() == 1)
            return "GET, POST";
        if (parts.size() == 2 && isId(parts.at(1)))
            return "PATCH, DELETE";
    }
    if (head == QLatin1String("grids")) {
        if (parts.size() == 1)
            return "POST";
        if (parts.size() == 2 && isId(parts.at(1)))
            return "PATCH";
        if (parts.size() == 3 && isId(parts.at(1)) &&
            (parts.at(2) == QLatin1String("split") || parts.at(2) == QLatin1String("merge")))
            return "POST";
    }
    return {};
}

QString AdminApi::patternOf(const QString &route)
{
    if (methodsOf(route).isEmpty())
        return {};
    QStringList parts = route.split(QLatin1Char('/'));
    if (parts.size() >= 2 && parts.first() != QLatin1String("session"))
        parts[1] = QStringLiteral("{id}");
    return QStringLiteral("/api/v1/") + parts.join(QLatin1Char('/'));
}

ApiResponse AdminApi::answer(const Result<AdminAnswer> &result)
{
    if (!result)
        return unavailableAnswer(result.error());
    if (result->refused())
        return ApiResponse::error(result->status, result->code, result->message, result->field);
    if (result->status == 204)
        return {204, {}, {}, true, {}, {}};
    return jsonAnswer(result->status, result->body);
}

ApiResponse AdminApi::handle(const QByteArray &method, const QString &route, const ApiRequest &request,
                             const Caller &caller)
{
    const QStringList parts = route.split(QLatin1Char('/'));
    if (parts.first() == QLatin1String("session"))
        return changeOwnPassword(request, caller);
    // Only the administrators go further, whatever the body holds.
    if (const auto refusal = AdminScope::refuseUnlessAdministrator(caller))
        return answer(*refusal);
    if (parts.first() == QLatin1String("accounts"))
        return accounts(method, parts, request, caller);
    if (parts.first() == QLatin1String("staff"))
        return staff(method, parts, request, caller);
    return grids(parts, request, caller);
}

ApiResponse AdminApi::changeOwnPassword(const ApiRequest &request, const Caller &caller)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    const QString current = input.string(QStringLiteral("current_password"), kMaxPasswordLength);
    const QString chosen = input.string(QStringLiteral("new_password"), kMaxPasswordLength);
    input.noOtherFields();
    if (!input.ok())
        return badField(input.error());
    if (Status status = account_rules::checkPassword(chosen, QStringLiteral("new_password")); !status)
        return badField(status.error());
    if (chosen == current)
        return badField(
            {QStringLiteral("new_password"), QStringLiteral("Choose a password other than the current one.")});

    // The current password is checked as a sign-in is, counted and slowed alike: a token alone does not let
    // anyone guess it.
    SignInThrottle throttle(m_database, m_throttle);
    const auto attempt = throttle.reserve(caller.username, request.peer);
    if (!attempt)
        return unavailableAnswer(attempt.error());
    if (attempt->waitSeconds > 0) {
        ApiResponse response =
            ApiResponse::error(429, attempt->locked ? QStringLiteral("locked") : QStringLiteral("slow_down"),
                               QStringLiteral("Wrong password several times: wait %1 seconds before the next try.")
                                   .arg(attempt->waitSeconds),
                               QStringLiteral("current_password"));
        response.addHeader("Retry-After", QByteArray::number(attempt->waitSeconds));
        return response;
    }
    const auto credentials = ServerAccounts(m_database).credentials(caller.username);
    if (!credentials)
        return unavailableAnswer(credentials.error());
    if (!credentials->has_value() || !password_hash::verify((*credentials)->verifier, current))
        return badField({QStringLiteral("current_password"), QStringLiteral("The current password is wrong.")});
    {
        ServerTransaction transaction(m_database);
        if (Status status = transaction.writeBookkeeping(); !status)
            return unavailableAnswer(status.error());
        if (Status status = throttle.recordSuccess(caller.username, request.peer); !status)
            return unavailableAnswer(status.error());
        if (Status status = transaction.commit(); !status)
            return unavailableAnswer(status.error());
    }
    return answer(AccountAdmin(m_database, caller).setOwnPassword(chosen));
}

ApiResponse AdminApi::accounts(const QByteArray &method, const QStringList &parts, const ApiRequest &request,
                               const Caller &caller)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    AccountAdmin accounts(m_database, caller);
    if (parts.size() == 3) {
        const QString password = input.string(QStringLiteral("password"), kMaxPasswordLength);
        input.noOtherFields();
        if (!input.ok())
            return badField(input.error());
        return answer(accounts.resetPassword(parts.at(1), password));
    }
    const bool creating = method == "POST";
    AccountDraft draft;
    if (creating) {
        draft.username = input.string(QStringLiteral("username"), 64).trimmed().toLower();
        draft.password = input.string(QStringLiteral("password"), kMaxPasswordLength);
    }
    draft.displayName = input.optionalString(QStringLiteral("display_name"), 100);
    draft.role = input.optionalString(QStringLiteral("role"), 64);
    draft.scope = input.strings(QStringLiteral("scope"), 1, 20, kMaxIdLength, false);
    draft.disabled = input.optionalBoolean(QStringLiteral("disabled"));
    draft.departmentId = input.optionalString(QStringLiteral("department_id"), kMaxIdLength);
    input.noOtherFields();
    if (input.ok() && creating && (!draft.displayName || !draft.role || !draft.scope))
        input.fail(!draft.displayName ? QStringLiteral("display_name")
                   : !draft.role      ? QStringLiteral("role")
                                      : QStringLiteral("scope"),
                   QStringLiteral("Required."));
    if (input.ok() && !creating && object.isEmpty())
        input.fail(QStringLiteral("body"), QStringLiteral("Name at least one field to change."));
    if (!input.ok())
        return badField(input.error());
    return answer(creating ? accounts.create(draft) : accounts.update(parts.at(1), draft));
}

ApiResponse AdminApi::staff(const QByteArray &method, const QStringList &parts, const ApiRequest &request,
                            const Caller &caller)
{
    StaffRegister staff(m_database, caller);
    if (method == "GET")
        return answer(staff.list());
    if (method == "DELETE")
        return answer(staff.remove(parts.at(1)));
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    const bool creating = method == "POST";
    MemberDraft draft;
    draft.name = input.optionalString(QStringLiteral("name"), 100);
    draft.phone = input.optionalString(QStringLiteral("phone"), 40);
    draft.roles = input.strings(QStringLiteral("roles"), 1, 10, 64, false);
    draft.employment = input.optionalString(QStringLiteral("employment"), 32);
    draft.notes = input.optionalString(QStringLiteral("notes"), 2000);
    draft.regions = input.strings(QStringLiteral("regions"), 1, 50, kMaxIdLength, false);
    input.noOtherFields();
    if (input.ok() && creating && (!draft.name || !draft.roles || !draft.regions))
        input.fail(!draft.name    ? QStringLiteral("name")
                   : !draft.roles ? QStringLiteral("roles")
                                  : QStringLiteral("regions"),
                   QStringLiteral("Required."));
    if (input.ok() && !creating && object.isEmpty())
        input.fail(QStringLiteral("body"), QStringLiteral("Name at least one field to change."));
    if (!input.ok())
        return badField(input.error());
    return answer(creating ? staff.create(draft) : staff.update(parts.at(1), draft));
}

ApiResponse AdminApi::grids(const QStringList &parts, const ApiRequest &request, const Caller &caller)
{
    QJsonObject object;
    if (auto refused = readJsonObject(request, &object))
        return *refused;
    JsonInput input(object);
    GridAdmin grids(m_database, caller);
    if (parts.size() == 1) {
        const QString village = input.string(QStringLiteral("village_id"), kMaxIdLength);
        const QString name = input.string(QStringLiteral("name"), GridAdmin::kMaxNameLength);
        const QString code = input.string(QStringLiteral("code"), 32, false);
        input.noOtherFields();
        if (!input.ok())
            return badField(input.error());
        return answer(grids.add(village, name, code));
    }
    const QString &grid = parts.at(1);
    if (parts.size() == 2) {
        const QString name = input.string(QStringLiteral("name"), GridAdmin::kMaxNameLength);
        input.noOtherFields();
        if (!input.ok())
            return badField(input.error());
        return answer(grids.rename(grid, name));
    }
    if (parts.at(2) == QLatin1String("split")) {
        const QString name = input.string(QStringLiteral("name"), GridAdmin::kMaxNameLength);
        const QString code = input.string(QStringLiteral("code"), 32, false);
        const auto households = input.strings(QStringLiteral("households"), 1, kMaxListedHouseholds, kMaxIdLength);
        input.noOtherFields();
        if (!input.ok())
            return badField(input.error());
        return answer(grids.split(grid, name, code, *households));
    }
    const QString into = input.string(QStringLiteral("into"), kMaxIdLength);
    input.noOtherFields();
    if (!input.ok())
        return badField(input.error());
    return answer(grids.merge(grid, into));
}

} // namespace lianxin::server
