#pragma once

#include "core/mediation/DisputeCase.h"

#include <QHash>

namespace lianxin {

class Database;

// The case list: keyset pages newest first, counts per filter value, all in SQL. It holds the cases of the
// filter's scope and those its author registered (DisputeFilter::author), each with its sync state.
class DisputeList
{
public:
    explicit DisputeList(Database &database);

    Page<DisputeRow> page(const DisputeFilter &filter, const PageCursor &after = {}, int limit = 100) const;
    int count(const DisputeFilter &filter) const;
    // How many cases each value of a facet has, under the filter without that facet's own value.
    QHash<QString, int> countBy(const DisputeFilter &filter, DisputeFacet facet) const;

private:
    Database &m_database;
};

} // namespace lianxin
