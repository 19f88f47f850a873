#pragma once

#include "core/common/Result.h"
#include "core/register/Household.h"
#include "core/storage/RecordWriter.h"

#include <functional>
#include <optional>

namespace lianxin {

class Database;

class HouseholdRepository
{
public:
    explicit HouseholdRepository(Database &database);

    // Every problem with the household, each naming its field (empty: valid). Trims text in place.
    QList<Error> validate(Household &household) const;
    [[nodiscard]] Result<QString> create(Household household);
    [[nodiscard]] Status update(Household household);
    // Tombstones the household and its live members in one transaction.
    [[nodiscard]] Status remove(const QString &id);

    std::optional<Household> get(const QString &id) const;
    // How a household is named on forms and printouts: its address with the house number, and its head.
    struct Heading
    {
        QString address;
        QString headName;
    };
    std::optional<Heading> heading(const QString &id) const;
    // One page of live households, keyset-paged in the filter's order.
    Page<HouseholdRow> list(const HouseholdFilter &filter, const PageCursor &after = {}, int limit = 100) const;
    int count(const HouseholdFilter &filter) const;
    // Every household of the filter in its order, read a page at a time (a printout or an export of what
    // the list shows, without holding the whole register); stops early when `row` returns false.
    [[nodiscard]] Status forEach(const HouseholdFilter &filter, const std::function<bool(const HouseholdRow &)> &row,
                                 int pageSize = 500) const;

private:
    Result<Page<HouseholdRow>> read(const HouseholdFilter &filter, const PageCursor &after, int limit) const;

    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
