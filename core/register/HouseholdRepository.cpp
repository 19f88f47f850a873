#include "core/register/HouseholdRepository.h"

#include "core/register/HouseholdQuery.h"
#include "core/register/PersonRepository.h"
#include "core/register/Region.h"
#include "core/register/RegisterRules.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)
};

QVariantMap fieldsOf(const Household &household)
{
    return {{QStringLiteral("grid_id"), household.gridId},
            {QStringLiteral("address"), household.address},
            {QStringLiteral("house_number"), household.houseNumber},
            {QStringLiteral("head_person_id"), household.headPersonId},
            {QStringLiteral("tags"), household.tags},
            {QStringLiteral("notes"), household.notes}};
}
} // namespace

HouseholdRepository::HouseholdRepository(Database &database) : m_database(database), m_writer(database) {}

QList<Error> HouseholdRepository::validate(Household &household) const
{
    QList<Error> errors;
    household.address = household.address.trimmed();
    household.houseNumber = household.houseNumber.trimmed();
    household.tags.removeDuplicates();

    QSqlQuery grid = m_database.prepare(QStringLiteral("SELECT kind FROM regions WHERE id = ? AND deleted = 0"));
    grid.addBindValue(household.gridId);
    if (household.gridId.isEmpty() || !m_database.exec(grid) || !grid.next())
        errors.append({QStringLiteral("grid_id"), Tr::tr("Choose the grid the household belongs to.")});
    else if (grid.value(0).toString() != regionKindCode(RegionKind::Grid))
        errors.append({QStringLiteral("grid_id"), Tr::tr("A household belongs to a grid, not to a village or township.")});

    // The rules of the fields themselves, the same on the server.
    errors += register_rules::household(fieldsOf(household));

    if (!household.headPersonId.isEmpty()) {
        QSqlQuery head = m_database.prepare(
            QStringLiteral("SELECT household_id FROM persons WHERE id = ? AND deleted = 0"));
        head.addBindValue(household.headPersonId);
        if (!m_database.exec(head) || !head.next() || head.value(0).toString() != household.id)
            errors.append({QStringLiteral("head_person_id"),
                           Tr::tr("The head of household must be a member of this household.")});
    }
    // The head is the member whose relation is head (PersonRepository keeps them in step): choosing another
    // here must not leave a second 户主 behind.
    if (!household.id.isEmpty()) {
        const auto stored = get(household.id);
        const PersonRepository persons(m_database);
        if (stored && stored->headPersonId != household.headPersonId) {
            if (const auto head = persons.headByRelation(household.id, household.headPersonId))
                errors.append({QStringLiteral("head_person_id"),
                               household.headPersonId.isEmpty()
                                   ? Tr::tr("%1's relation is head of household; change it in %1's form to leave the "
                                            "household without a head.")
                                         .arg(head->name)
                                   : Tr::tr("%1's relation is head of household; change it in %1's form first, then "
                                            "choose the new head.")
                                         .arg(head->name)});
        }
    }
    return errors;
}

Result<QString> HouseholdRepository::create(Household household)
{
    if (const QList<Error> errors = validate(household); !errors.isEmpty())
        return errors.first();
    return m_writer.insert(tables::households(), fieldsOf(household), household.id);
}

Status HouseholdRepository::update(Household household)
{
    if (const QList<Error> errors = validate(household); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    const auto stored = get(household.id);
    if (Status status = toStatus(m_writer.update(tables::households(), household.id, fieldsOf(household))); !status)
        return status;
    // A member newly chosen as head takes the relation head (no other member has it: validate()).
    if (!household.headPersonId.isEmpty() && stored && stored->headPersonId != household.headPersonId) {
        if (Status status = toStatus(m_writer.update(tables::persons(), household.headPersonId,
                                                     {{QStringLiteral("relation"), QStringLiteral("head")}}));
            !status)
            return status;
    }
    return transaction.commit();
}

Status HouseholdRepository::remove(const QString &id)
{
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    QSqlQuery members = m_database.prepare(QStringLiteral("SELECT id FROM persons WHERE household_id = ? AND deleted = 0"));
    members.addBindValue(id);
    if (Status status = m_database.exec(members); !status)
        return status;
    QStringList memberIds;
    while (members.next())
        memberIds.append(members.value(0).toString());
    for (const QString &personId : std::as_const(memberIds)) {
        if (Status status = m_writer.tombstone(tables::persons(), personId); !status)
            return status;
    }
    if (Status status = m_writer.tombstone(tables::households(), id); !status)
        return status;
    return transaction.commit();
}

std::optional<HouseholdRepository::Heading> HouseholdRepository::heading(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT h.address || coalesce(' ' || h.house_number, ''), p.name FROM households h "
        "LEFT JOIN persons p ON p.id = h.head_person_id WHERE h.id = ? AND h.deleted = 0"));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return Heading{query.value(0).toString(), query.value(1).toString()};
}

std::optional<Household> HouseholdRepository::get(const QString &id) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT h.id, h.grid_id, h.address, h.house_number, h.head_person_id, h.tags, h.notes, %1 "
                       "FROM households h WHERE h.id = ? AND h.deleted = 0")
            .arg(recordInfoColumns(QStringLiteral("h"))));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return Household{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), RecordWriter::storedList(query.value(5)),
                     query.value(6).toString(),  readRecordInfo(query, 7)};
}

Page<HouseholdRow> HouseholdRepository::list(const HouseholdFilter &filter, const PageCursor &after, int limit) const
{
    auto page = read(filter, after, limit);
    return page ? std::move(page).value() : Page<HouseholdRow>{};
}

Result<Page<HouseholdRow>> HouseholdRepository::read(const HouseholdFilter &filter, const PageCursor &after,
                                                     int limit) const
{
    const HouseholdWhere where = householdWhere(filter);
    const HouseholdOrder order = householdOrder(filter.sort);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The keyset compares the sort's expressions and the id as one row value with the last row seen.
    QStringList afterNames;
    for (qsizetype i = 0; i < order.columns.size(); ++i)
        afterNames.append(QStringLiteral(":after_%1").arg(i));
    const QString keyset = after.isStart() ? QString()
                                           : QStringLiteral(" AND (%1, h.id) %2 (%3, :after_id)")
                                                 .arg(order.columns.join(QStringLiteral(", ")),
                                                      filter.descending ? QStringLiteral("<") : QStringLiteral(">"),
                                                      afterNames.join(QStringLiteral(", ")));
    QStringList orderBy;
    for (const QString &column : order.columns)
        orderBy.append(column + direction);
    orderBy.append(QStringLiteral("h.id") + direction);

    // The sort's expressions and the direction come from the HouseholdSort enum; every value is bound.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT h.id, h.address, h.house_number, h.grid_id, g.name, v.name, head.name,"
                       " (SELECT count(*) FROM persons p WHERE p.household_id = h.id AND p.deleted = 0),"
                       " h.tags, h.updated_at, %1 "
                       "FROM households h JOIN regions g ON g.id = h.grid_id LEFT JOIN regions v ON v.id = g.parent_id "
                       "LEFT JOIN persons head ON head.id = h.head_person_id "
                       "WHERE %2%3 ORDER BY %4 LIMIT :limit")
            .arg(order.columns.join(QStringLiteral(", ")), where.clause, keyset, orderBy.join(QStringLiteral(", "))));
    for (auto it = where.values.cbegin(); it != where.values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    for (auto it = order.values.cbegin(); it != order.values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!after.isStart()) {
        const QVariantList values = after.sortValue.toList();
        for (qsizetype i = 0; i < afterNames.size(); ++i)
            query.bindValue(afterNames.at(i), values.value(i));
        query.bindValue(QStringLiteral(":after_id"), after.id);
    }
    query.bindValue(QStringLiteral(":limit"), limit + 1);

    Page<HouseholdRow> page;
    if (Status status = m_database.exec(query); !status)
        return status.error();
    constexpr int kSortValues = 10; // the first column of the sort's values
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                          query.value(6).toString(), query.value(7).toInt(), RecordWriter::storedList(query.value(8)),
                          QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs)});
        QVariantList values;
        for (qsizetype i = 0; i < order.columns.size(); ++i)
            values.append(query.value(kSortValues + int(i)));
        page.next = {values, page.rows.last().id};
    }
    return page;
}

Status HouseholdRepository::forEach(const HouseholdFilter &filter, const std::function<bool(const HouseholdRow &)> &row,
                                    int pageSize) const
{
    PageCursor cursor;
    for (;;) {
        const auto page = read(filter, cursor, pageSize);
        if (!page)
            return page.error();
        for (const HouseholdRow &household : page->rows) {
            if (!row(household))
                return {};
        }
        if (!page->hasMore)
            return {};
        cursor = page->next;
    }
}

int HouseholdRepository::count(const HouseholdFilter &filter) const
{
    const HouseholdWhere where = householdWhere(filter);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM households h JOIN regions g ON g.id = h.grid_id "
                       "LEFT JOIN regions v ON v.id = g.parent_id WHERE %1")
            .arg(where.clause));
    for (auto it = where.values.cbegin(); it != where.values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!m_database.exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace lianxin
