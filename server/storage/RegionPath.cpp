#include "server/storage/RegionPath.h"

#include <QVariant>

namespace lianxin::server {

QStringList RegionPath::ids() const
{
    QStringList list;
    for (const QString &id : {county, township, village, grid}) {
        if (!id.isEmpty())
            list.append(id);
    }
    return list;
}

int RegionPath::levelOf(const QString &id) const
{
    const QString *levels[] = {&county, &township, &village, &grid};
    for (int level = 0; level < 4; ++level) {
        if (*levels[level] == id)
            return level;
    }
    return -1;
}

RegionPath RegionPath::fromQuery(const QSqlQuery &query, int firstColumn)
{
    return {query.value(firstColumn).toString(), query.value(firstColumn + 1).toString(),
            query.value(firstColumn + 2).toString(), query.value(firstColumn + 3).toString()};
}

bool AccessScope::contains(const RegionPath &path) const
{
    for (const QString &id : path.ids()) {
        if (m_ids.contains(id))
            return true;
    }
    return false;
}

AccessScope AccessScope::withLevels(QList<int> levels) const
{
    AccessScope scope(m_ids);
    if (levels.size() == m_ids.size())
        scope.m_levels = std::move(levels);
    return scope;
}

QString AccessScope::condition(const QString &alias) const
{
    if (m_ids.isEmpty())
        return QStringLiteral("(1 = 0)");
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    static const char *const kColumns[] = {"scope_county", "scope_township", "scope_village", "scope_grid"};
    QStringList terms;
    for (int level = 0; level < 4; ++level) {
        // A region of unknown level is looked for in every column.
        QStringList placeholders;
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            if (m_levels.isEmpty() || m_levels.at(i) == level || m_levels.at(i) < 0)
                placeholders.append(QStringLiteral(":scope%1").arg(i));
        }
        if (!placeholders.isEmpty())
            terms.append(prefix + QLatin1String(kColumns[level]) + QStringLiteral(" IN (") +
                         placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

void AccessScope::bind(QSqlQuery &query) const
{
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        query.bindValue(QStringLiteral(":scope%1").arg(i), m_ids.at(i));
}

} // namespace lianxin::server
