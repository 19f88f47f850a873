#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace lianxin {

class Database;

struct AppliedPage
{
    int rows = 0;
    qint64 nextAfter = 0;
    bool hasMore = false;
    qint64 scopeEpoch = 0;
    QString serverTime;
    QHash<QString, QStringList> ids; // the ids applied, by table
};

// Applies one page of GET /api/v1/changes (docs/SYNC.md section 4), pulled as `username`, in one
// transaction together with that person's new pull cursor (SyncSessions), so an interrupted sync resumes
// after the last page applied and applies nothing twice. Rows with pending local changes are rebased: their pending fields keep the local value (pushed
// next), every other field takes the server's. Rows of tables this version does not know are skipped.
// Writes no change_log entries; derived local columns are recomputed.
[[nodiscard]] Result<AppliedPage> applyPulledPage(Database &database, const QJsonObject &page, const QString &username);

} // namespace lianxin
