#include "core/staff/StaffClient.h"

#include "core/sync/SyncTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace lianxin {

namespace {

// A route naming a record: the id percent-encoded, so that no id can change the path it is sent on.
QString recordPath(const char *collection, const QString &id, const char *action = nullptr)
{
    QString path = QStringLiteral("/%1/%2").arg(QLatin1String(collection), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffClient)
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

StaffAccount accountFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("username")).toString(),
            object.value(QStringLiteral("display_name")).toString(),
            object.value(QStringLiteral("role")).toString(),
            strings(object.value(QStringLiteral("scope"))),
            object.value(QStringLiteral("disabled")).toBool(),
            object.value(QStringLiteral("must_change_password")).toBool(),
            object.value(QStringLiteral("department_id")).toString()};
}

StaffMember memberFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),         object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("phone")).toString(),      strings(object.value(QStringLiteral("roles"))),
            object.value(QStringLiteral("employment")).toString(), object.value(QStringLiteral("notes")).toString(),
            strings(object.value(QStringLiteral("regions")))};
}

ServerRegion regionFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),   object.value(QStringLiteral("parent_id")).toString(),
            object.value(QStringLiteral("code")).toString(), object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("kind")).toString(), object.value(QStringLiteral("sort_order")).toInteger()};
}

// The column of a compact listing ({"columns": [...], "rows": [[...]]}) by name.
qsizetype columnOf(const QJsonObject &listing, const QString &name)
{
    return listing.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(name);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

StaffClient::StaffClient(const QString &serverUrl, const QString &token, QObject *parent)
    : QObject(parent), m_transport(std::make_unique<SyncTransport>(serverUrl, 30000))
{
    m_transport->setToken(token);
}

StaffClient::~StaffClient() = default;

Error StaffClient::errorOf(const HttpAnswer &answer)
{
    using namespace staff_failure;
    if (answer.status == 0)
        return {QLatin1String(kOffline),
                Tr::tr("The county server cannot be reached. Staff and accounts are managed online: check the network, "
                       "then try again.")};
    const QJsonObject error = answer.body.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    // "scope[2]" is the scope field's.
    const QString field = error.value(QStringLiteral("field")).toString().section(QLatin1Char('['), 0, 0);
    if (answer.status == 401)
        return {QLatin1String(kSignIn), Tr::tr("The county server no longer accepts this computer's sign-in. Sync "
                                               "(Ctrl+S) or sign in again, then try again.")};
    if (code == QLatin1String("password_change_required"))
        return {QLatin1String(kSignIn), Tr::tr("Choose a new password first: an administrator set the present one.")};
    if (code == QLatin1String("account_disabled"))
        return {QLatin1String(kSignIn), Tr::tr("Your account was disabled on the county server.")};
    if (code == QLatin1String("forbidden"))
        return {field.isEmpty() ? QLatin1String(kForbidden) : field,
                field == QLatin1String("role") || field == QLatin1String("roles")
                    ? Tr::tr("This role is above yours: only an administrator of a higher level may give it.")
                : field == QLatin1String("id") ? Tr::tr("Your own account is changed by another administrator.")
                                               : Tr::tr("Your role may not do this.")};
    if (code == QLatin1String("not_found"))
        return {QLatin1String(kNotFound), Tr::tr("The record is no longer on the county server, or not in your area. "
                                                 "Reload the list.")};
    if (code == QLatin1String("username_taken"))
        return {QStringLiteral("username"), Tr::tr("Another account of the county already has this user name.")};
    if (code == QLatin1String("code_taken"))
        return {QStringLiteral("code"), Tr::tr("Another region already has this code.")};
    if (code == QLatin1String("invalid_field")) {
        if (field == QLatin1String("scope") || field == QLatin1String("regions"))
            return {field, Tr::tr("One of the regions chosen is not in your area (or no longer exists).")};
        if (field == QLatin1String("current_password"))
            return {field, Tr::tr("The current password is wrong.")};
        if (field == QLatin1String("households"))
            return {field, Tr::tr("One of the households chosen is no longer in this grid. Sync, then choose again.")};
        return {field, error.value(QStringLiteral("message")).toString()};
    }
    if (answer.status == 429)
        return {QStringLiteral("current_password"), Tr::tr("Too many wrong passwords: wait a while, then try again.")};
    return {QLatin1String(kServer),
            Tr::tr("The county server could not do this (HTTP %1). Try again later.").arg(answer.status)};
}

void StaffClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                       std::function<void(const HttpAnswer &)> handle)
{
    m_transport->call(method, path, body, this, std::move(handle));
}

void StaffClient::regions(Done<QList<ServerRegion>> done)
{
    send("GET", QStringLiteral("/regions"), {}, [done](const HttpAnswer &answer) {
        if (!answer.ok())
            return done(errorOf(answer));
        QList<ServerRegion> regions;
        const QJsonObject &listing = answer.body;
        const qsizetype id = columnOf(listing, QStringLiteral("id"));
        const qsizetype parent = columnOf(listing, QStringLiteral("parent_id"));
        const qsizetype code = columnOf(listing, QStringLiteral("code"));
        const qsizetype name = columnOf(listing, QStringLiteral("name"));
        const qsizetype kind = columnOf(listing, QStringLiteral("kind"));
        const qsizetype order = columnOf(listing, QStringLiteral("sort_order"));
        for (const QJsonValue &value : listing.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray row = value.toArray();
            regions.append({row.at(id).toString(), row.at(parent).toString(), row.at(code).toString(),
                            row.at(name).toString(), row.at(kind).toString(), row.at(order).toInteger()});
        }
        done(regions);
    });
}

void StaffClient::accounts(Done<QList<StaffAccount>> done)
{
    send("GET", QStringLiteral("/accounts"), {}, [done](const HttpAnswer &answer) {
        if (!answer.ok())
            return done(errorOf(answer));
        const QJsonObject &listing = answer.body;
        QJsonObject object;
        const QJsonArray columns = listing.value(QStringLiteral("columns")).toArray();
        QList<StaffAccount> accounts;
        for (const QJsonValue &value : listing.value(QStringLiteral("rows")).toArray()) {
            const QJsonArray row = value.toArray();
            for (qsizetype c = 0; c < columns.size(); ++c)
                object.insert(columns.at(c).toString(), row.at(c));
            StaffAccount account = accountFrom(object);
            // The listing keeps the stored forms: the scope as JSON text, flags as numbers.
            account.scope =
                strings(QJsonDocument::fromJson(object.value(QStringLiteral("scope")).toString().toUtf8()).array());
            account.disabled = object.value(QStringLiteral("disabled")).toInteger() == 1;
            account.mustChangePassword = object.value(QStringLiteral("must_change_password")).toInteger() == 1;
            accounts.append(account);
        }
        done(accounts);
    });
}

void StaffClient::createAccount(const StaffAccount &account, const QString &password, Done<StaffAccount> done)
{
    QJsonObject body{{QStringLiteral("username"), account.username},
                     {QStringLiteral("display_name"), account.displayName},
                     {QStringLiteral("role"), account.role},
                     {QStringLiteral("scope"), QJsonArray::fromStringList(account.scope)},
                     {QStringLiteral("password"), password}};
    if (!account.departmentId.isEmpty())
        body.insert(QStringLiteral("department_id"), account.departmentId);
    send("POST", QStringLiteral("/accounts"), body, [done](const HttpAnswer &answer) {
        answer.ok() ? done(accountFrom(answer.body.value(QStringLiteral("account")).toObject()))
                    : done(errorOf(answer));
    });
}

void StaffClient::updateAccount(const StaffAccount &account, Done<StaffAccount> done)
{
    const QJsonObject body{{QStringLiteral("display_name"), account.displayName},
                           {QStringLiteral("role"), account.role},
                           {QStringLiteral("scope"), QJsonArray::fromStringList(account.scope)},
                           {QStringLiteral("department_id"), nullIfEmpty(account.departmentId)}};
    send("PATCH", recordPath("accounts", account.id), body, [done](const HttpAnswer &answer) {
        answer.ok() ? done(accountFrom(answer.body.value(QStringLiteral("account")).toObject()))
                    : done(errorOf(answer));
    });
}

void StaffClient::setDisabled(const QString &accountId, bool disabled, Done<StaffAccount> done)
{
    send("PATCH", recordPath("accounts", accountId), {{QStringLiteral("disabled"), disabled}},
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(accountFrom(answer.body.value(QStringLiteral("account")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::resetPassword(const QString &accountId, const QString &password, Done<StaffAccount> done)
{
    send("POST", recordPath("accounts", accountId, "password-reset"), {{QStringLiteral("password"), password}},
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(accountFrom(answer.body.value(QStringLiteral("account")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::staff(Done<QList<StaffMember>> done)
{
    send("GET", QStringLiteral("/staff"), {}, [done](const HttpAnswer &answer) {
        if (!answer.ok())
            return done(errorOf(answer));
        QList<StaffMember> staff;
        for (const QJsonValue &value : answer.body.value(QStringLiteral("staff")).toArray())
            staff.append(memberFrom(value.toObject()));
        done(staff);
    });
}

void StaffClient::saveMember(const StaffMember &member, Done<StaffMember> done)
{
    const QJsonObject body{{QStringLiteral("name"), member.name},
                           {QStringLiteral("phone"), nullIfEmpty(member.phone)},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(member.roles)},
                           {QStringLiteral("employment"), nullIfEmpty(member.employment)},
                           {QStringLiteral("notes"), nullIfEmpty(member.notes)},
                           {QStringLiteral("regions"), QJsonArray::fromStringList(member.regions)}};
    const bool creating = member.id.isEmpty();
    send(creating ? "POST" : "PATCH", creating ? QStringLiteral("/staff") : recordPath("staff", member.id), body,
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(memberFrom(answer.body.value(QStringLiteral("member")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::removeMember(const QString &memberId, Done<bool> done)
{
    send("DELETE", recordPath("staff", memberId), {},
         [done](const HttpAnswer &answer) { answer.ok() ? done(true) : done(errorOf(answer)); });
}

void StaffClient::addGrid(const QString &villageId, const QString &name, Done<ServerRegion> done)
{
    send("POST", QStringLiteral("/grids"), {{QStringLiteral("village_id"), villageId}, {QStringLiteral("name"), name}},
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(regionFrom(answer.body.value(QStringLiteral("grid")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::renameGrid(const QString &gridId, const QString &name, Done<ServerRegion> done)
{
    send("PATCH", recordPath("grids", gridId), {{QStringLiteral("name"), name}},
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(regionFrom(answer.body.value(QStringLiteral("grid")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::splitGrid(const QString &gridId, const QString &name, const QStringList &householdIds,
                            Done<ServerRegion> done)
{
    send("POST", recordPath("grids", gridId, "split"),
         {{QStringLiteral("name"), name}, {QStringLiteral("households"), QJsonArray::fromStringList(householdIds)}},
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(regionFrom(answer.body.value(QStringLiteral("grid")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::mergeGrid(const QString &gridId, const QString &intoId, Done<ServerRegion> done)
{
    send("POST", recordPath("grids", gridId, "merge"), {{QStringLiteral("into"), intoId}},
         [done](const HttpAnswer &answer) {
             answer.ok() ? done(regionFrom(answer.body.value(QStringLiteral("grid")).toObject()))
                         : done(errorOf(answer));
         });
}

void StaffClient::changeOwnPassword(const QString &current, const QString &chosen, Done<bool> done)
{
    send("POST", QStringLiteral("/session/password"),
         {{QStringLiteral("current_password"), current}, {QStringLiteral("new_password"), chosen}},
         [done](const HttpAnswer &answer) { answer.ok() ? done(true) : done(errorOf(answer)); });
}

} // namespace lianxin
