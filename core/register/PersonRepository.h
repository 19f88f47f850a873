#pragma once

#include "core/common/Result.h"
#include "core/register/Person.h"
#include "core/storage/RecordWriter.h"

#include <optional>

namespace lianxin {

class Database;

class PersonRepository
{
public:
    explicit PersonRepository(Database &database);

    // Every problem with the person, each naming its field (empty: valid). Normalizes in place: the ID
    // number to its 18-character form, the phone to its stored form, and sex and birth date taken from
    // the ID number when they were left empty. A household has one head: a second member with the
    // relation head is refused, naming the one there is.
    QList<Error> validate(Person &person) const;
    // Create and update keep the household's head in step with the relation, in the same transaction: a
    // member saved as head becomes the household's head; the head saved with another relation (or moved
    // to another household) leaves the household without one.
    [[nodiscard]] Result<QString> create(Person person);
    [[nodiscard]] Status update(Person person);
    // A new member of the household, as the form starts it: the head when the household has no members yet.
    Person newMember(const QString &householdId) const;
    // The live member of the household whose relation is head, other than `exceptId`.
    std::optional<Person> headByRelation(const QString &householdId, const QString &exceptId = {}) const;
    // Tombstones the person; a removed head leaves the household without a head.
    [[nodiscard]] Status remove(const QString &id);

    std::optional<Person> get(const QString &id) const;
    // Live members of a household, the head first.
    QList<Person> members(const QString &householdId) const;
    // One page of live persons by name, keyset-paged.
    Page<Person> list(const PersonFilter &filter, const PageCursor &after = {}, int limit = 100) const;

private:
    // Points the household's head at the person, or clears it, after the person was written (`before`: as
    // stored until then).
    [[nodiscard]] Status settleHead(const Person &person, const std::optional<Person> &before);

    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
