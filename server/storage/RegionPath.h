#pragma once

#include <QList>
#include <QSqlQuery>
#include <QStringList>

namespace lianxin::server {

// Where a row lies in the region tree: the ids of its county, township, village and grid, as far down
// as the row belongs (a township's account row stops at the township). Stored with every row on the
// server (scope_county … scope_grid), so that a scope check is one indexed comparison.
struct RegionPath
{
    QString county;
    QString township;
    QString village;
    QString grid;

    bool isEmpty() const { return county.isEmpty() && township.isEmpty() && village.isEmpty() && grid.isEmpty(); }
    QStringList ids() const;
    // 0 when `id` is the county of the path … 3 its grid; -1 when it is none of them.
    int levelOf(const QString &id) const;
    bool operator==(const RegionPath &) const = default;
    static RegionPath fromQuery(const QSqlQuery &query, int firstColumn);
};

// The regions whose rows an account may see and write: each listed region with everything below it.
class AccessScope
{
public:
    AccessScope() = default;
    explicit AccessScope(QStringList regionIds) : m_ids(std::move(regionIds)) {}

    const QStringList &regionIds() const { return m_ids; }
    // The same scope knowing the level of each region (RegionPath's order, 0 county … 3 grid; -1 unknown):
    // its condition() then names only the scope column of each region's level, which an index answers in
    // sequence order — at county scale a condition over all four columns scans other townships' rows.
    AccessScope withLevels(QList<int> levels) const;
    bool contains(const RegionPath &path) const;

    // An SQL condition true for rows within the scope, over the server's scope columns of `alias`, with
    // one placeholder per region (bind them with bind()). False for an empty scope.
    QString condition(const QString &alias = {}) const;
    void bind(QSqlQuery &query) const;

private:
    QStringList m_ids;
    QList<int> m_levels; // parallel to m_ids; empty: not known
};

} // namespace lianxin::server
