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

QString AccessScope::condition(const QString &alias) const
{
    if (m_ids.isEmpty())
        return QStringLiteral("(1 = 0)");
    QStringList placeholders;
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        placeholders.append(QStringLiteral(":scope%1").arg(i));
    const QString list = placeholders.join(QStringLiteral(", "));
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList terms;
    for (const char *level : {"county", "township", "village", "grid"})
        terms.append(prefix + QStringLiteral("scope_") + QLatin1String(level) + QStringLiteral(" IN (") + list +
                     QLatin1Char(')'));
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

void AccessScope::bind(QSqlQuery &query) const
{
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        query.bindValue(QStringLiteral(":scope%1").arg(i), m_ids.at(i));
}

} // namespace lianxin::server
