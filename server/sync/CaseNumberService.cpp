#include "server/sync/CaseNumberService.h"

#include "core/auth/Account.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/RegionPaths.h"

namespace lianxin::server {

Result<CaseNumberService::Reserved> CaseNumberService::reserve(const Caller &caller, const QString &committeeId, int year,
                                                               int count)
{
    if (!permissionsOf(caller.role).editDisputes)
        return Error{QStringLiteral("forbidden"), QStringLiteral("This account's role may not record dispute cases.")};
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    RegionPaths paths(m_database);
    const auto path = paths.pathOf(committeeId);
    if (!path)
        return path.error();
    if (!path->has_value())
        return Error{QStringLiteral("committee_id"), QStringLiteral("No such region.")};
    // A committee above the caller's scope (the township's, for a village mediator) may number cases of the
    // caller's regions too: the caller may reserve for any committee on its scope's path.
    bool allowed = caller.scope.contains(**path);
    for (const QString &regionId : caller.scope.regionIds()) {
        const auto own = paths.pathOf(regionId);
        if (own && own->has_value() && (*own)->ids().contains(committeeId))
            allowed = true;
    }
    if (!allowed)
        return Error{QStringLiteral("scope"), QStringLiteral("The committee lies outside this account's scope.")};

    QSqlQuery &counter = m_database.cached(
        QStringLiteral("SELECT next FROM case_number_counters WHERE committee_id = :committee AND year = :year"));
    counter.bindValue(QStringLiteral(":committee"), committeeId);
    counter.bindValue(QStringLiteral(":year"), year);
    if (Status status = m_database.exec(counter); !status)
        return status.error();
    const bool known = counter.next();
    qint64 first = known ? counter.value(0).toLongLong() : 0;
    counter.finish();
    if (!known) {
        // Numbers already in use (cases imported, or pushed before counters existed) are skipped.
        QSqlQuery &used = m_database.cached(QStringLiteral(
            "SELECT coalesce(max(case_seq), 0) FROM disputes WHERE committee_id = :committee AND case_year = :year"));
        used.bindValue(QStringLiteral(":committee"), committeeId);
        used.bindValue(QStringLiteral(":year"), year);
        if (Status status = m_database.exec(used); !status)
            return status.error();
        first = used.next() ? used.value(0).toLongLong() + 1 : 1;
        used.finish();
    }
    const qint64 last = first + count - 1;
    QSqlQuery &save = m_database.cached(
        known ? QStringLiteral("UPDATE case_number_counters SET next = :next WHERE committee_id = :committee AND year = :year")
              : QStringLiteral("INSERT INTO case_number_counters (committee_id, year, next) VALUES (:committee, :year, :next)"));
    save.bindValue(QStringLiteral(":next"), last + 1);
    save.bindValue(QStringLiteral(":committee"), committeeId);
    save.bindValue(QStringLiteral(":year"), year);
    if (Status status = m_database.exec(save); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return Reserved{int(first), int(last)};
}

} // namespace lianxin::server
