#include "server/sync/IdNumberReviews.h"

#include "server/storage/ServerDatabase.h"

namespace lianxin::server {

Status IdNumberReviews::record(const QString &personId, const QString &otherPersonId, const QString &pushedBy)
{
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "INSERT INTO id_number_reviews (person_id, other_person_id, pushed_by, received_at) "
        "VALUES (:person, :other, :pushed_by, :received_at) ON CONFLICT (person_id, other_person_id) DO NOTHING"));
    query.bindValue(QStringLiteral(":person"), personId);
    query.bindValue(QStringLiteral(":other"), otherPersonId);
    query.bindValue(QStringLiteral(":pushed_by"), pushedBy);
    query.bindValue(QStringLiteral(":received_at"), ServerDatabase::now());
    return m_database.exec(query);
}

Result<QList<IdNumberReviews::Pair>> IdNumberReviews::open()
{
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "SELECT r.received_at, coalesce(a.username, r.pushed_by), p.id, coalesce(pt.name, ''), o.id, coalesce(ot.name, '') "
        "FROM id_number_reviews r "
        "JOIN persons p ON p.id = r.person_id AND p.deleted = 0 "
        "JOIN persons o ON o.id = r.other_person_id AND o.deleted = 0 AND o.id_number = p.id_number "
        "LEFT JOIN accounts a ON a.id = r.pushed_by "
        "LEFT JOIN regions pt ON pt.id = p.scope_township LEFT JOIN regions ot ON ot.id = o.scope_township "
        "ORDER BY r.received_at"));
    if (Status status = m_database.exec(query); !status)
        return status.error();
    QList<Pair> pairs;
    while (query.next())
        pairs.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    query.finish();
    return pairs;
}

} // namespace lianxin::server
