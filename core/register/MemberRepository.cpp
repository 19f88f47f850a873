#include "core/register/MemberRepository.h"

#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)
};

QVariantMap fieldsOf(const Member &member)
{
    return {{QStringLiteral("name"), member.name},
            {QStringLiteral("phone"), member.phone},
            {QStringLiteral("roles"), member.roles},
            {QStringLiteral("notes"), member.notes},
            {QStringLiteral("employment"), member.employment}};
}
} // namespace

MemberRepository::MemberRepository(Database &database) : m_database(database), m_writer(database) {}

QList<Error> MemberRepository::validate(Member &member) const
{
    QList<Error> errors;
    member.name = member.name.trimmed();
    member.roles.removeDuplicates();
    member.regionIds.removeDuplicates();
    if (Status status = checkRequiredText(QStringLiteral("name"), Tr::tr("Name"), member.name, 50); !status)
        errors.append(status.error());
    if (auto phone = normalizePhone(QStringLiteral("phone"), member.phone); !phone)
        errors.append(phone.error());
    else
        member.phone = *phone;
    if (member.roles.isEmpty())
        errors.append({QStringLiteral("roles"), Tr::tr("Choose at least one role.")});
    else if (const QString unknown = vocabulary::firstUnknown(vocabulary::memberRoles(), member.roles);
             !unknown.isEmpty())
        errors.append({QStringLiteral("roles"), Tr::tr("Unknown role \"%1\".").arg(unknown)});
    if (!member.employment.isEmpty() && !vocabulary::contains(vocabulary::employments(), member.employment))
        errors.append({QStringLiteral("employment"), Tr::tr("Choose full-time or part-time.")});
    QSqlQuery region = m_database.prepare(QStringLiteral("SELECT 1 FROM regions WHERE id = ? AND deleted = 0"));
    for (const QString &regionId : std::as_const(member.regionIds)) {
        region.bindValue(0, regionId);
        if (!m_database.exec(region) || !region.next()) {
            errors.append({QStringLiteral("region_ids"), Tr::tr("One of the chosen grids no longer exists.")});
            break;
        }
    }
    return errors;
}

Result<QString> MemberRepository::create(Member member)
{
    if (const QList<Error> errors = validate(member); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    auto id = m_writer.insert(tables::members(), fieldsOf(member), member.id);
    if (!id)
        return id;
    if (Status status = assignRegions(*id, member.regionIds); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status MemberRepository::update(Member member)
{
    if (const QList<Error> errors = validate(member); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    if (auto result = m_writer.update(tables::members(), member.id, fieldsOf(member)); !result)
        return result.error();
    if (Status status = assignRegions(member.id, member.regionIds); !status)
        return status;
    return transaction.commit();
}

Status MemberRepository::assignRegions(const QString &memberId, const QStringList &regionIds)
{
    QSqlQuery current =
        m_database.prepare(QStringLiteral("SELECT id, region_id FROM member_regions WHERE member_id = ? AND deleted = 0"));
    current.addBindValue(memberId);
    if (Status status = m_database.exec(current); !status)
        return status;
    QStringList kept;
    QStringList dropped;
    while (current.next()) {
        const QString regionId = current.value(1).toString();
        if (regionIds.contains(regionId))
            kept.append(regionId);
        else
            dropped.append(current.value(0).toString());
    }
    for (const QString &assignmentId : std::as_const(dropped)) {
        if (Status status = m_writer.tombstone(tables::memberRegions(), assignmentId); !status)
            return status;
    }
    for (const QString &regionId : regionIds) {
        if (kept.contains(regionId))
            continue;
        const auto created = m_writer.insert(
            tables::memberRegions(), {{QStringLiteral("member_id"), memberId}, {QStringLiteral("region_id"), regionId}});
        if (!created)
            return created.error();
    }
    return {};
}

Status MemberRepository::remove(const QString &id)
{
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    if (Status status = assignRegions(id, {}); !status)
        return status;
    if (Status status = m_writer.tombstone(tables::members(), id); !status)
        return status;
    return transaction.commit();
}

QStringList MemberRepository::regionIdsOf(const QString &memberId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT region_id FROM member_regions WHERE member_id = ? AND deleted = 0 ORDER BY region_id"));
    query.addBindValue(memberId);
    QStringList ids;
    if (m_database.exec(query)) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

std::optional<Member> MemberRepository::get(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT m.id, m.name, m.phone, m.roles, m.notes, m.employment, "
                                                        "%1 FROM members m WHERE m.id = ? AND m.deleted = 0")
                                             .arg(recordInfoColumns(QStringLiteral("m"))));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    Member member;
    member.id = query.value(0).toString();
    member.name = query.value(1).toString();
    member.phone = query.value(2).toString();
    member.roles = RecordWriter::storedList(query.value(3));
    member.notes = query.value(4).toString();
    member.employment = query.value(5).toString();
    member.info = readRecordInfo(query, 6);
    member.regionIds = regionIdsOf(member.id);
    return member;
}

Page<Member> MemberRepository::list(const MemberFilter &filter, const PageCursor &after, int limit) const
{
    // Every condition is a constant fragment that matches all rows when its bound value is NULL.
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT m.id FROM members m WHERE m.deleted = 0"
        " AND (:region IS NULL OR EXISTS (SELECT 1 FROM member_regions r WHERE r.member_id = m.id"
        "      AND r.region_id = :region AND r.deleted = 0))"
        " AND (:role IS NULL OR EXISTS (SELECT 1 FROM json_each(m.roles) WHERE json_each.value = :role))"
        " AND (:after_id IS NULL OR (m.name, m.id) > (:after_name, :after_id))"
        " ORDER BY m.name, m.id LIMIT :limit"));
    query.bindValue(QStringLiteral(":region"), RecordWriter::storedValue(filter.regionId));
    query.bindValue(QStringLiteral(":role"), RecordWriter::storedValue(filter.role));
    query.bindValue(QStringLiteral(":after_id"), RecordWriter::storedValue(after.id));
    query.bindValue(QStringLiteral(":after_name"), after.sortValue);
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    Page<Member> page;
    if (!m_database.exec(query))
        return page;
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        if (auto member = get(id)) {
            page.rows.append(*member);
            page.next = {member->name, member->id};
        }
    }
    return page;
}

} // namespace lianxin
