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
    // the ID number when they were left empty.
    QList<Error> validate(Person &person) const;
    [[nodiscard]] Result<QString> create(Person person);
    [[nodiscard]] Status update(Person person);
    // Tombstones the person; a removed head leaves the household without a head.
    [[nodiscard]] Status remove(const QString &id);

    std::optional<Person> get(const QString &id) const;
    // Live members of a household, the head first.
    QList<Person> members(const QString &householdId) const;
    // One page of live persons by name, keyset-paged.
    Page<Person> list(const PersonFilter &filter, const PageCursor &after = {}, int limit = 100) const;

private:
    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
