#include "core/register/PersonRepository.h"

#include "core/common/ChinaTime.h"
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
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
};

const QString kColumns = QStringLiteral(
    "p.id, p.household_id, p.name, p.sex, p.id_number, p.birth_date, p.ethnicity, p.phone, p.relation, "
    "p.residence_status, p.occupation, p.tags, p.notes");
constexpr int kInfoColumn = 13;
const QString kHead = QStringLiteral("head"); // the relation of the head of household

Person personFrom(const QSqlQuery &query)
{
    Person person;
    person.id = query.value(0).toString();
    person.householdId = query.value(1).toString();
    person.name = query.value(2).toString();
    person.sex = sexFromCode(query.value(3).toString());
    person.idNumber = query.value(4).toString();
    person.birthDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    person.ethnicity = query.value(6).toString();
    person.phone = query.value(7).toString();
    person.relation = query.value(8).toString();
    person.residenceStatus = query.value(9).toString();
    person.occupation = query.value(10).toString();
    person.tags = RecordWriter::storedList(query.value(11));
    person.notes = query.value(12).toString();
    person.info = readRecordInfo(query, kInfoColumn);
    return person;
}

} // namespace

QVariantMap personFields(const Person &person)
{
    return {{QStringLiteral("household_id"), person.householdId},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("sex"), sexCode(person.sex)},
            {QStringLiteral("id_number"), person.idNumber},
            {QStringLiteral("birth_date"), person.birthDate},
            {QStringLiteral("ethnicity"), person.ethnicity},
            {QStringLiteral("phone"), person.phone},
            {QStringLiteral("relation"), person.relation},
            {QStringLiteral("residence_status"), person.residenceStatus},
            {QStringLiteral("occupation"), person.occupation},
            {QStringLiteral("tags"), person.tags},
            {QStringLiteral("notes"), person.notes}};
}

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Unknown:
        break;
    }
    return {};
}

Sex sexFromCode(const QString &code)
{
    if (code == QLatin1String("M"))
        return Sex::Male;
    if (code == QLatin1String("F"))
        return Sex::Female;
    return Sex::Unknown;
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return Tr::tr("Male");
    case Sex::Female:
        return Tr::tr("Female");
    case Sex::Unknown:
        break;
    }
    return Tr::tr("Not given");
}

PersonRepository::PersonRepository(Database &database) : m_database(database), m_writer(database) {}

QList<Error> PersonRepository::validate(Person &person) const
{
    person.name = person.name.trimmed();
    person.tags.removeDuplicates();
    const QDate today = chinaToday(m_database.clock());
    // Stored forms first: the ID number in its 18 characters, with the sex and birth date it gives where
    // none was entered; the phone as stored.
    person.idNumber = person.idNumber.trimmed();
    const auto id = person.idNumber.isEmpty() ? Result<IdNumber>(Error{}) : parseIdNumber(person.idNumber, today);
    if (id) {
        person.idNumber = id->number;
        if (person.sex == Sex::Unknown)
            person.sex = id->sex;
        if (!person.birthDate.isValid())
            person.birthDate = id->birthDate;
    }
    if (auto phone = normalizePhone(QStringLiteral("phone"), person.phone))
        person.phone = *phone;

    // The rules of the fields themselves, the same on the server (register_rules), then those that read
    // the register: the household, a second holder of the ID number, a second head.
    QList<Error> errors = register_rules::person(personFields(person), today);
    QSqlQuery household = m_database.prepare(QStringLiteral("SELECT 1 FROM households WHERE id = ? AND deleted = 0"));
    household.addBindValue(person.householdId);
    if (person.householdId.isEmpty() || !m_database.exec(household) || !household.next()) {
        const bool nameFirst = !errors.isEmpty() && errors.first().field == QLatin1String("name");
        errors.insert(nameFirst ? 1 : 0,
                      {QStringLiteral("household_id"), Tr::tr("Choose the household this person belongs to.")});
    }
    if (id) {
        QSqlQuery duplicate = m_database.prepare(
            QStringLiteral("SELECT 1 FROM persons WHERE id_number = ? AND deleted = 0 AND id IS NOT ?"));
        duplicate.addBindValue(person.idNumber);
        duplicate.addBindValue(RecordWriter::storedValue(person.id));
        if (m_database.exec(duplicate) && duplicate.next())
            errors.append(
                {QStringLiteral("id_number"), Tr::tr("Another person in the register already has this ID number.")});
    }
    if (person.relation == kHead && !person.householdId.isEmpty()) {
        if (const auto head = headByRelation(person.householdId, person.id))
            errors.append({QStringLiteral("relation"),
                           Tr::tr("%1 is the head of this household already; a household has one head. Change %1's "
                                  "relation first.")
                               .arg(head->name)});
    }
    return errors;
}

Result<QString> PersonRepository::create(Person person)
{
    if (const QList<Error> errors = validate(person); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const auto id = m_writer.insert(tables::persons(), personFields(person), person.id);
    if (!id)
        return id.error();
    person.id = *id;
    if (Status status = settleHead(person, std::nullopt); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *id;
}

Status PersonRepository::update(Person person)
{
    if (const QList<Error> errors = validate(person); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    const std::optional<Person> before = get(person.id);
    if (Status status = toStatus(m_writer.update(tables::persons(), person.id, personFields(person))); !status)
        return status;
    if (Status status = settleHead(person, before); !status)
        return status;
    return transaction.commit();
}

Status PersonRepository::settleHead(const Person &person, const std::optional<Person> &before)
{
    const auto headOf = [this](const QString &householdId) {
        QSqlQuery query =
            m_database.prepare(QStringLiteral("SELECT head_person_id FROM households WHERE id = ? AND deleted = 0"));
        query.addBindValue(householdId);
        return m_database.exec(query) && query.next() ? query.value(0).toString() : QString();
    };
    const auto setHead = [this](const QString &householdId, const QString &personId) {
        return toStatus(
            m_writer.update(tables::households(), householdId, {{QStringLiteral("head_person_id"), personId}}));
    };
    // Leaving the head's place: another relation, or another household. A head whose relation was recorded
    // otherwise (data from before this rule) stays until the relation says so.
    if (before && before->relation == kHead &&
        (person.relation != kHead || person.householdId != before->householdId) &&
        headOf(before->householdId) == person.id) {
        if (Status status = setHead(before->householdId, {}); !status)
            return status;
    }
    if (person.relation == kHead && headOf(person.householdId) != person.id)
        return setHead(person.householdId, person.id);
    return {};
}

Person PersonRepository::newMember(const QString &householdId) const
{
    Person person;
    person.householdId = householdId;
    QSqlQuery members =
        m_database.prepare(QStringLiteral("SELECT 1 FROM persons WHERE household_id = ? AND deleted = 0 LIMIT 1"));
    members.addBindValue(householdId);
    if (m_database.exec(members) && !members.next())
        person.relation = kHead;
    return person;
}

std::optional<Person> PersonRepository::headByRelation(const QString &householdId, const QString &exceptId) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1, %2 FROM persons p WHERE p.household_id = ? AND p.relation = ? "
                                          "AND p.deleted = 0 AND p.id IS NOT ? ORDER BY p.created_at LIMIT 1")
                               .arg(kColumns, recordInfoColumns(QStringLiteral("p"))));
    query.addBindValue(householdId);
    query.addBindValue(kHead);
    query.addBindValue(RecordWriter::storedValue(exceptId));
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return personFrom(query);
}

Status PersonRepository::remove(const QString &id)
{
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    QSqlQuery headed = m_database.prepare(QStringLiteral("SELECT id FROM households WHERE head_person_id = ? AND deleted = 0"));
    headed.addBindValue(id);
    if (Status status = m_database.exec(headed); !status)
        return status;
    if (headed.next()) {
        const QString householdId = headed.value(0).toString();
        const auto cleared = m_writer.update(tables::households(), householdId, {{QStringLiteral("head_person_id"), {}}});
        if (!cleared)
            return cleared.error();
    }
    if (Status status = m_writer.tombstone(tables::persons(), id); !status)
        return status;
    return transaction.commit();
}

std::optional<Person> PersonRepository::get(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT %1, %2 FROM persons p WHERE p.id = ? AND p.deleted = 0")
                                             .arg(kColumns, recordInfoColumns(QStringLiteral("p"))));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return personFrom(query);
}

QList<Person> PersonRepository::members(const QString &householdId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1, %2 FROM persons p JOIN households h ON h.id = p.household_id "
                       "WHERE p.household_id = ? AND p.deleted = 0 "
                       "ORDER BY p.id IS NOT h.head_person_id, p.birth_date, p.name")
            .arg(kColumns, recordInfoColumns(QStringLiteral("p"))));
    query.addBindValue(householdId);
    QList<Person> persons;
    if (!m_database.exec(query))
        return persons;
    while (query.next())
        persons.append(personFrom(query));
    return persons;
}

Page<Person> PersonRepository::list(const PersonFilter &filter, const PageCursor &after, int limit) const
{
    // Conditions are constant fragments; every value is bound by name.
    QStringList conditions{QStringLiteral("p.deleted = 0")};
    QVariantMap values;
    auto add = [&](const QString &value, const char *condition, const char *name) {
        if (value.isEmpty())
            return;
        conditions.append(QString::fromLatin1(condition));
        values.insert(QString::fromLatin1(name), value);
    };
    add(filter.householdId, "p.household_id = :household", ":household");
    add(filter.gridId, "h.grid_id = :grid", ":grid");
    add(filter.villageId, "g.parent_id = :village", ":village");
    add(filter.residenceStatus, "p.residence_status = :residence", ":residence");
    add(filter.tag, "EXISTS (SELECT 1 FROM json_each(p.tags) WHERE json_each.value = :tag)", ":tag");
    if (!after.isStart()) {
        conditions.append(QStringLiteral("(p.name, p.id) > (:after_name, :after_id)"));
        values.insert(QStringLiteral(":after_name"), after.sortValue);
        values.insert(QStringLiteral(":after_id"), after.id);
    }
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1, %2 FROM persons p JOIN households h ON h.id = p.household_id "
                       "JOIN regions g ON g.id = h.grid_id WHERE %3 ORDER BY p.name, p.id LIMIT :limit")
            .arg(kColumns, recordInfoColumns(QStringLiteral("p")), conditions.join(QStringLiteral(" AND "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    query.bindValue(QStringLiteral(":limit"), limit + 1);

    Page<Person> page;
    if (!m_database.exec(query))
        return page;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows.append(personFrom(query));
        page.next = {page.rows.last().name, page.rows.last().id};
    }
    return page;
}

} // namespace lianxin
