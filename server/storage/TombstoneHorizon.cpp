#include "server/storage/TombstoneHorizon.h"

#include "server/storage/ServerDatabase.h"

namespace lianxin::server {

Result<qint64> tombstoneHorizon(ServerDatabase &database)
{
    QSqlQuery &query = database.cached(QStringLiteral("SELECT value FROM server_meta WHERE key = 'tombstone_horizon'"));
    if (Status status = database.exec(query); !status)
        return status.error();
    const qint64 horizon = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return horizon;
}

} // namespace lianxin::server
