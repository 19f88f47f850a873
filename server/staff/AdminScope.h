#pragma once

#include "core/common/Result.h"
#include "server/auth/Sessions.h"
#include "server/staff/AdminAnswer.h"
#include "server/sync/ChangeWriter.h"
#include "server/sync/RegionPaths.h"

#include <QJsonObject>

#include <optional>

namespace lianxin::server {

class ServerDatabase;

// A live region as the administrators' requests use it.
struct RegionRow
{
    QString id;
    QString parentId;
    QString code;
    QString name;
    QString kind;
    qint64 sortOrder = 0;
    qint64 version = 0;
    RegionPath path;

    QJsonObject toJson() const;
};

// What one administrator may reach in one request: the records of the caller's scope, read and written
// through the server's one writer of synced rows (ChangeWriter), stamped with the caller's account. A
// record outside the scope is reached exactly as one that does not exist (nothing), so that no answer
// tells another township's records from missing ones.
class AdminScope
{
public:
    AdminScope(ServerDatabase &database, const Caller &caller);

    // 403 for a caller whose role does not administer staff (checked before anything is read).
    static std::optional<AdminAnswer> refuseUnlessAdministrator(const Caller &caller);

    const Caller &caller() const { return m_caller; }
    ChangeWriter &writer() { return m_writer; }
    RegionPaths &paths() { return m_paths; }
    // Who made a change: the caller's account and device, now.
    ChangeStamp stamp() const;

    bool contains(const RegionPath &path) const { return !path.isEmpty() && m_caller.scope.contains(path); }
    // The live region `id` when it lies within the scope; nothing otherwise.
    [[nodiscard]] Result<std::optional<RegionRow>> region(const QString &id);
    // The live row `id` of `table` when it lies within the scope; nothing otherwise.
    [[nodiscard]] Result<std::optional<StoredRow>> row(const SyncedTable &table, const QString &id);

private:
    ServerDatabase &m_database;
    const Caller &m_caller;
    RegionPaths m_paths;
    ChangeWriter m_writer;
};

// A JSON array of strings, or the field of the first item that is not one.
[[nodiscard]] Result<QStringList> stringList(const QJsonValue &value, const QString &field);

} // namespace lianxin::server
