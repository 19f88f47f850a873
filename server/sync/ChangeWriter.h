#pragma once

#include "core/common/Result.h"
#include "core/storage/SyncedTable.h"
#include "server/sync/RegionPaths.h"

#include <QHash>
#include <QVariantMap>

#include <optional>

namespace lianxin::server {

class ServerDatabase;

// A row as the server holds it.
struct StoredRow
{
    QVariantMap values; // the table's fields
    QHash<QString, qint64> fieldVersions;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    QString updatedByDevice;
    bool deleted = false;
    qint64 version = 0;
    RegionPath path;
};

// Who made a change and when (device time, shown to people; never used for ordering).
struct ChangeStamp
{
    QString account;
    QString device;
    QString changedAt;
};

// The one writer of synced rows on the server. Each change takes the next number of the global
// sequence, which becomes the row's server_version and the version of every field it wrote, and
// refreshes the row's region path; all inside the caller's write transaction.
class ChangeWriter
{
public:
    ChangeWriter(ServerDatabase &database, RegionPaths &paths) : m_database(database), m_paths(paths) {}

    [[nodiscard]] Result<std::optional<StoredRow>> read(const SyncedTable &table, const QString &id);

    // Where a row with these field values belongs; empty when it refers to regions or rows the server
    // does not know. `fallback` is used for rows that belong to nobody's region (a member who serves no
    // region yet belongs to whoever created it).
    [[nodiscard]] Result<RegionPath> pathFor(const SyncedTable &table, const QString &id, const QVariantMap &values,
                                             const RegionPath &fallback = {});

    // Inserts the row (fields missing from `values` are NULL) and returns its sequence number.
    [[nodiscard]] Result<qint64> insert(const SyncedTable &table, const QString &id, const QVariantMap &values,
                                        const ChangeStamp &stamp, const RegionPath &path);
    // New rows written many at a time (the import of a store): one block of sequence numbers and one
    // multi-row INSERT per call. Only for rows nothing refers to yet (their children come later), so
    // nothing moves with them; a member's regions are not kept up to date here (import them with insert()).
    struct NewRow
    {
        QString id;
        QVariantMap values;
        ChangeStamp stamp;
        RegionPath path;
    };
    [[nodiscard]] Status insertMany(const SyncedTable &table, const QList<NewRow> &rows);
    // Writes the given fields of an existing row (and its path), or tombstones it when `deleted`.
    [[nodiscard]] Result<qint64> update(const SyncedTable &table, const StoredRow &row, const QString &id,
                                        const QVariantMap &changed, const ChangeStamp &stamp, const RegionPath &path,
                                        bool deleted = false);

    // The rows that move with this one when its region changes (its children, not counting grandchildren).
    [[nodiscard]] Result<int> rowsMovingWith(const SyncedTable &table, const QString &id);
    // Rows and departures written so far: the measure of a push batch's work.
    qint64 rowsWritten() const { return m_rowsWritten; }

    // Rows that lie where their parent row does (a person in their household, a case's parties and steps).
    struct ChildTable
    {
        const char *table;
        const char *tableOfParent;
        const char *columnOfParent;
    };
    static constexpr ChildTable kChildTables[] = {{"persons", "households", "household_id"},
                                                  {"dispute_parties", "disputes", "dispute_id"},
                                                  {"dispute_steps", "disputes", "dispute_id"},
                                                  {"attachments", "disputes", "dispute_id"},
                                                  {"points_entries", "households", "household_id"},
                                                  {"points_redemptions", "households", "household_id"},
                                                  {"points_decisions", "points_entries", "entry_id"},
                                                  {"points_evidence", "points_entries", "entry_id"},
                                                  {"points_stock", "points_items", "item_id"},
                                                  {"visits", "households", "household_id"},
                                                  {"visit_photos", "visits", "visit_id"},
                                                  {"problems", "visits", "visit_id"},
                                                  {"service_steps", "service_requests", "request_id"},
                                                  {"consultation_decisions", "consultations", "consultation_id"}};

private:
    // Moves the rows below `table`'s row `id` (and theirs, recursively) to `path`.
    Status moveChildren(const QString &table, const QString &id, const RegionPath &path);
    Status afterChange(const SyncedTable &table, const QString &id, const QVariantMap &values, const ChangeStamp &stamp);
    Status refreshMember(const QString &memberId, const ChangeStamp &stamp);
    Status moveConflicts(const QString &table, const QString &id, const RegionPath &path);
    [[nodiscard]] Result<qint64> nextSequence();
    // A row left the region `from` with change `seq` (docs/SYNC.md section 4).
    Status recordDeparture(const QString &table, const QString &id, qint64 seq, const RegionPath &from);

    ServerDatabase &m_database;
    RegionPaths &m_paths;
    qint64 m_rowsWritten = 0;
};

} // namespace lianxin::server
