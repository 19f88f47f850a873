#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace lianxin {

// A table whose rows users edit and sync: its name and the columns a user's change can touch.
// The sync columns (id, created_at, updated_at, updated_by_device, updated_by, deleted, server_version)
// are the same on every such table and are not listed.
struct SyncedTable
{
    QString name;
    QStringList fields;
    // Rows are only ever inserted (docs/SYNC.md section 7): they cannot conflict.
    bool appendOnly = false;
    // Local columns computed from a row's fields (such as a sort key): written with every change of the
    // row, never synced or logged.
    std::function<QVariantMap(const QVariantMap &row)> derive = {};
    // Fields holding integers; every other field holds text (JSON arrays are text too).
    QStringList integerFields = {};

    bool isInteger(const QString &field) const { return integerFields.contains(field); }
};

// The order of a household in the register: natural order of its address, then of its house number.
QString householdSortKey(const QString &address, const QString &houseNumber);

// Every synced table of the schema, in the order their rows can be created (parents first).
namespace tables {
// The sync columns every synced table has besides `id` (docs/SYNC.md section 1), in schema order.
const QStringList &syncColumns();
const SyncedTable &regions();
const SyncedTable &members();
const SyncedTable &memberRegions();
const SyncedTable &households();
const SyncedTable &persons();
const SyncedTable &accounts();
const SyncedTable &auditLog();
// Values that lost to a concurrent change (docs/SYNC.md section 6): made by the server, reviewed on devices.
const SyncedTable &conflicts();
// Dispute cases (docs/MEDIATION.md): the case, its parties, and its append-only steps.
const SyncedTable &disputes();
const SyncedTable &disputeParties();
const SyncedTable &disputeSteps();
// Scans and photos of a case: the record syncs as a row, the content by hash (docs/SYNC.md section 12).
const SyncedTable &attachments();
// Moral-evaluation points (docs/POINTS.md): village settings, indicator versions, entries and the decisions
// on them, evaluation meetings, the supermarket's items, stock movements and redemptions.
const SyncedTable &pointsSettings();
const SyncedTable &pointsIndicators();
const SyncedTable &pointsEntries();
const SyncedTable &pointsMeetings();
const SyncedTable &pointsDecisions();
const SyncedTable &pointsItems();
const SyncedTable &pointsStock();
const SyncedTable &pointsRedemptions();
const SyncedTable &pointsEvidence();
// Visits and service (docs/SERVICE.md): the township's visit plan, departments, request kinds and holiday
// calendar; visits, their photos and the problems found; requests and events with their append-only
// steps; three-level consultations and their decisions.
const SyncedTable &visitSettings();
const SyncedTable &departments();
const SyncedTable &serviceKinds();
const SyncedTable &holidays();
const SyncedTable &visits();
const SyncedTable &visitPhotos();
const SyncedTable &problems();
const SyncedTable &serviceRequests();
const SyncedTable &serviceSteps();
const SyncedTable &consultations();
const SyncedTable &consultationDecisions();
const QList<const SyncedTable *> &all();
const SyncedTable *byName(const QString &name);
// Regions and accounts are kept on the county server: devices receive them and never send them.
bool isServerManaged(const QString &name);
} // namespace tables

} // namespace lianxin
