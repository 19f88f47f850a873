#include "server/staff/StaffRegister.h"

#include "core/auth/AccountRules.h"
#include "core/register/Vocabulary.h"
#include "core/validation/Validators.h"
#include "server/staff/AdminScope.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianxin::server {

namespace {

constexpr int kMaxRegions = 50;

QStringList rolesOf(const QVariant &json)
{
    QStringList roles;
    for (const QJsonValue &role : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        roles.append(role.toString());
    return roles;
}

QJsonObject memberJson(const QString &id, const QVariantMap &values, const QStringList &regions, qint64 version)
{
    const auto orNull = [](const QVariant &value) {
        return value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), values.value(QStringLiteral("name")).toString()},
            {QStringLiteral("phone"), orNull(values.value(QStringLiteral("phone")))},
            {QStringLiteral("roles"), QJsonArray::fromStringList(rolesOf(values.value(QStringLiteral("roles"))))},
            {QStringLiteral("employment"), orNull(values.value(QStringLiteral("employment")))},
            {QStringLiteral("notes"), orNull(values.value(QStringLiteral("notes")))},
            {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
            {QStringLiteral("server_version"), version}};
}

// The live assignments of a member: link id by region id.
Result<QHash<QString, QString>> assignmentsOf(ServerDatabase &database, const QString &memberId)
{
    QSqlQuery &query = database.cached(QStringLiteral(
        "SELECT id, region_id FROM member_regions WHERE member_id = :id AND deleted = 0 ORDER BY region_id"));
    query.bindValue(QStringLiteral(":id"), memberId);
    if (Status status = database.exec(query); !status)
        return status.error();
    QHash<QString, QString> links;
    while (query.next())
        links.insert(query.value(1).toString(), query.value(0).toString());
    query.finish();
    return links;
}

// Checks a draft's fields and fills `values` with what it writes; `regions` gets the regions' rows.
Result<std::optional<AdminAnswer>> checkDraft(AdminScope &scope, const MemberDraft &draft, QVariantMap *values,
                                              QList<RegionRow> *regions, const QStringList &currentRoles)
{
    using Refusal = std::optional<AdminAnswer>;
    if (draft.name) {
        const QString name = draft.name->trimmed();
        if (Status status = checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), name, 50); !status)
            return Refusal(AdminAnswer::invalid(status.error().field, status.error().message));
        values->insert(QStringLiteral("name"), name);
    }
    if (draft.phone) {
        const auto phone = normalizePhone(QStringLiteral("phone"), *draft.phone);
        if (!phone)
            return Refusal(AdminAnswer::invalid(phone.error().field, phone.error().message));
        values->insert(QStringLiteral("phone"), phone->isEmpty() ? QVariant() : QVariant(*phone));
    }
    if (draft.roles) {
        QStringList roles = *draft.roles;
        roles.removeDuplicates();
        if (roles.isEmpty())
            return Refusal(AdminAnswer::invalid(QStringLiteral("roles"), QStringLiteral("Name at least one role.")));
        if (const QString unknown = vocabulary::firstUnknown(vocabulary::memberRoles(), roles); !unknown.isEmpty())
            return Refusal(
                AdminAnswer::invalid(QStringLiteral("roles"), QStringLiteral("Unknown role \"%1\".").arg(unknown)));
        for (const QString &role : std::as_const(roles)) {
            if (!account_rules::mayGrant(scope.caller().role, role))
                return Refusal(
                    AdminAnswer::forbidden(QStringLiteral("The role %1 is above yours: you may not give it.").arg(role),
                                           QStringLiteral("roles")));
        }
        values->insert(
            QStringLiteral("roles"),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact)));
    }
    if (draft.employment) {
        if (!draft.employment->isEmpty() && !vocabulary::contains(vocabulary::employments(), *draft.employment))
            return Refusal(AdminAnswer::invalid(QStringLiteral("employment"),
                                                QStringLiteral("Must be full_time, part_time or empty.")));
        values->insert(QStringLiteral("employment"),
                       draft.employment->isEmpty() ? QVariant() : QVariant(*draft.employment));
    }
    if (draft.notes) {
        if (draft.notes->size() > 2000)
            return Refusal(
                AdminAnswer::invalid(QStringLiteral("notes"), QStringLiteral("Longer than 2000 characters.")));
        values->insert(QStringLiteral("notes"),
                       draft.notes->trimmed().isEmpty() ? QVariant() : QVariant(draft.notes->trimmed()));
    }
    if (draft.regions) {
        QStringList ids = *draft.regions;
        ids.removeDuplicates();
        if (ids.isEmpty() || ids.size() > kMaxRegions)
            return Refusal(AdminAnswer::invalid(QStringLiteral("regions"),
                                                QStringLiteral("Name 1 to %1 regions.").arg(kMaxRegions)));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto region = scope.region(ids.at(i));
            if (!region)
                return region.error();
            if (!region->has_value())
                return Refusal(AdminAnswer::invalid(QStringLiteral("regions[%1]").arg(i),
                                                    QStringLiteral("No such region within this account's scope.")));
            regions->append(**region);
        }
    }
    // The county's legal advisers serve one village each (DOMAIN.md): a village or community, not a grid.
    const QStringList roles =
        values->contains(QStringLiteral("roles")) ? rolesOf(values->value(QStringLiteral("roles"))) : currentRoles;
    if (roles.contains(QStringLiteral("legal_adviser")) && draft.regions) {
        for (qsizetype i = 0; i < regions->size(); ++i) {
            const QString kind = regions->at(i).kind;
            if (kind != QLatin1String("village") && kind != QLatin1String("community"))
                return Refusal(AdminAnswer::invalid(QStringLiteral("regions[%1]").arg(i),
                                                    QStringLiteral("A legal adviser serves villages or communities.")));
        }
    }
    return Refusal();
}

} // namespace

Result<AdminAnswer> StaffRegister::list()
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.read(); !status)
        return status.error();
    const AccessScope &scope = m_caller.scope;
    QSqlQuery links = m_database.prepare(
        QStringLiteral("SELECT member_id, region_id FROM member_regions WHERE deleted = 0 AND %1 ORDER BY region_id")
            .arg(scope.condition()));
    scope.bind(links);
    if (Status status = m_database.exec(links); !status)
        return status.error();
    QHash<QString, QStringList> regions;
    while (links.next())
        regions[links.value(0).toString()].append(links.value(1).toString());
    QSqlQuery members = m_database.prepare(
        QStringLiteral("SELECT id, name, phone, roles, employment, notes, server_version FROM members "
                       "WHERE deleted = 0 AND %1 ORDER BY name, id")
            .arg(scope.condition()));
    scope.bind(members);
    if (Status status = m_database.exec(members); !status)
        return status.error();
    QJsonArray staff;
    while (members.next()) {
        const QString id = members.value(0).toString();
        const QVariantMap values{{QStringLiteral("name"), members.value(1)},
                                 {QStringLiteral("phone"), members.value(2)},
                                 {QStringLiteral("roles"), members.value(3)},
                                 {QStringLiteral("employment"), members.value(4)},
                                 {QStringLiteral("notes"), members.value(5)}};
        staff.append(memberJson(id, values, regions.value(id), members.value(6).toLongLong()));
    }
    return AdminAnswer::answer(200, {{QStringLiteral("staff"), staff}});
}

Result<AdminAnswer> StaffRegister::create(const MemberDraft &draft)
{
    if (!draft.name || !draft.roles || !draft.regions)
        return AdminAnswer::invalid(!draft.name    ? QStringLiteral("name")
                                    : !draft.roles ? QStringLiteral("roles")
                                                   : QStringLiteral("regions"),
                                    QStringLiteral("Required."));
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    QVariantMap values;
    QList<RegionRow> regions;
    const auto refused = checkDraft(scope, draft, &values, &regions, {});
    if (!refused)
        return refused.error();
    if (refused->has_value())
        return **refused;
    QList<RegionPath> paths;
    QStringList regionIds;
    for (const RegionRow &region : std::as_const(regions)) {
        paths.append(region.path);
        regionIds.append(region.id);
    }
    // The assignments first, then the record at the place they have in common: it is written once, where it
    // stays (a record written first would move with each assignment).
    const QString id = ServerDatabase::newId();
    for (const RegionRow &region : std::as_const(regions)) {
        const QVariantMap link{{QStringLiteral("member_id"), id}, {QStringLiteral("region_id"), region.id}};
        if (auto written = scope.writer().insert(tables::memberRegions(), ServerDatabase::newId(), link, scope.stamp(),
                                                 region.path);
            !written)
            return written.error();
    }
    const auto seq = scope.writer().insert(tables::members(), id, values, scope.stamp(), commonPath(paths));
    if (!seq)
        return seq.error();
    const auto row = scope.writer().read(tables::members(), id);
    if (!row)
        return row.error();
    const AdminAnswer answer = AdminAnswer::answer(
        201, {{QStringLiteral("member"), memberJson(id, (*row)->values, regionIds, (*row)->version)}});
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

Result<AdminAnswer> StaffRegister::update(const QString &id, const MemberDraft &draft)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto stored = scope.row(tables::members(), id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return AdminAnswer::notFound();
    const StoredRow &current = **stored;
    // A record with a role above the caller's (a county administrator's) is changed by such an administrator.
    const QStringList currentRoles = rolesOf(current.values.value(QStringLiteral("roles")));
    for (const QString &role : currentRoles) {
        if (account_rules::roleRank(role) > account_rules::roleRank(m_caller.role))
            return AdminAnswer::forbidden(QStringLiteral("The record has a role above yours."),
                                          QStringLiteral("roles"));
    }
    QVariantMap values;
    QList<RegionRow> regions;
    const auto refused = checkDraft(scope, draft, &values, &regions, currentRoles);
    if (!refused)
        return refused.error();
    if (refused->has_value())
        return **refused;
    QVariantMap changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (current.values.value(it.key()).toString() != it.value().toString())
            changed.insert(it.key(), it.value());
    }
    if (!changed.isEmpty()) {
        if (auto seq = scope.writer().update(tables::members(), current, id, changed, scope.stamp(), current.path);
            !seq)
            return seq.error();
    }
    auto links = assignmentsOf(m_database, id);
    if (!links)
        return links.error();
    if (draft.regions) {
        // New assignments first, then the ones dropped, so that the record's place never passes through none.
        QStringList wanted;
        for (const RegionRow &region : std::as_const(regions)) {
            wanted.append(region.id);
            if (links->contains(region.id))
                continue;
            const QVariantMap link{{QStringLiteral("member_id"), id}, {QStringLiteral("region_id"), region.id}};
            if (auto written = scope.writer().insert(tables::memberRegions(), ServerDatabase::newId(), link,
                                                     scope.stamp(), region.path);
                !written)
                return written.error();
        }
        for (auto it = links->cbegin(); it != links->cend(); ++it) {
            if (wanted.contains(it.key()))
                continue;
            const auto link = scope.writer().read(tables::memberRegions(), it.value());
            if (!link)
                return link.error();
            if (auto written = scope.writer().update(tables::memberRegions(), **link, it.value(), {}, scope.stamp(),
                                                     (*link)->path, true);
                !written)
                return written.error();
        }
        links = assignmentsOf(m_database, id);
        if (!links)
            return links.error();
    }
    const auto row = scope.writer().read(tables::members(), id);
    if (!row)
        return row.error();
    QStringList regionIds = links->keys();
    regionIds.sort();
    const AdminAnswer answer = AdminAnswer::answer(
        200, {{QStringLiteral("member"), memberJson(id, (*row)->values, regionIds, (*row)->version)}});
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

Result<AdminAnswer> StaffRegister::remove(const QString &id)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto stored = scope.row(tables::members(), id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return AdminAnswer::notFound();
    for (const QString &role : rolesOf((*stored)->values.value(QStringLiteral("roles")))) {
        if (account_rules::roleRank(role) > account_rules::roleRank(m_caller.role))
            return AdminAnswer::forbidden(QStringLiteral("The record has a role above yours."),
                                          QStringLiteral("roles"));
    }
    const auto links = assignmentsOf(m_database, id);
    if (!links)
        return links.error();
    // The record first, while its assignments still place it; then the assignments.
    if (auto written = scope.writer().update(tables::members(), **stored, id, {}, scope.stamp(), (*stored)->path, true);
        !written)
        return written.error();
    for (const QString &linkId : *links) {
        const auto link = scope.writer().read(tables::memberRegions(), linkId);
        if (!link)
            return link.error();
        if (auto written =
                scope.writer().update(tables::memberRegions(), **link, linkId, {}, scope.stamp(), (*link)->path, true);
            !written)
            return written.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    AdminAnswer answer = AdminAnswer::answer(204, {});
    return answer;
}

} // namespace lianxin::server
