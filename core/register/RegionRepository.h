#pragma once

#include "core/auth/Scope.h"
#include "core/common/Result.h"
#include "core/register/Region.h"
#include "core/storage/RecordWriter.h"

#include <QList>
#include <optional>

namespace lianxin {

class Database;

// The region tree. A region's parent must sit one level up (a grid under a village or community, a
// village under a township, a township under the county); codes are unique among live regions.
class RegionRepository
{
public:
    explicit RegionRepository(Database &database);

    [[nodiscard]] Status validate(const Region &region) const;
    [[nodiscard]] Result<QString> create(const Region &region);
    [[nodiscard]] Status update(const Region &region);
    // Refused while live children, households or member assignments point at the region.
    [[nodiscard]] Status remove(const QString &id);

    std::optional<Region> get(const QString &id) const;
    std::optional<Region> findByCode(const QString &code) const;
    // The village (or community) of a live household: the parent of its grid.
    std::optional<Region> villageOfHousehold(const QString &householdId) const;
    // Live children in display order; the top level (counties) for an empty parent id.
    QList<Region> children(const QString &parentId) const;
    QList<Region> listByLevel(RegionLevel level) const;
    // The live grids inside a scope (nullopt: all), with their village's name before theirs, in order.
    QList<Region> gridsWithin(const Scope &scope) const;
    // The live villages and communities that are in the scope or hold a grid of it, in order.
    QList<Region> villagesWithin(const Scope &scope) const;
    // The live townships (towns, townships, sub-districts) within the scope, by code.
    QList<Region> townshipsWithin(const Scope &scope) const;
    // The county a region lies in (itself when it is one).
    std::optional<Region> countyOf(const QString &regionId) const;

private:
    QVariantMap fieldsOf(const Region &region) const;

    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
