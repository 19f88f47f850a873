#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lianxin {

class Database;

// A value that lost to a concurrent change, waiting for a person to look at it.
struct OpenConflict
{
    QString id;
    QString table;
    QString rowId;
    QString rowLabel; // the household's address or the person's name
    QString field;
    QString keptValue;
    QString keptBy;   // display name of the account, when this device knows it
    QString keptAt;
    QString lostValue;
    QString lostBy;
    QString lostAt;
};

// A local change the server refused, held until fixed or discarded.
struct RefusedChange
{
    QString table;
    QString rowId;
    QString rowLabel; // what a person calls the record: a case number, a household's address, a name
    QString reason;   // validation, scope, forbidden, missing_reference, … (docs/API.md)
    QString field;
    QString message;  // the server's own words
    // The record a person opens to see or fix it: a household or a dispute case (at most one is set).
    QString householdId;
    QString disputeId;
    // The record this one belongs to (a party's or a step's case, a member's household), when the server
    // refused that one too: this one was refused only because its parent is not on the server.
    QString refusedParentLabel;
};

// What sync needs a person for (docs/SYNC.md sections 5 and 6): review conflicts, and fix or discard
// refused changes. Each decision is an ordinary change that syncs.
class SyncProblems
{
public:
    explicit SyncProblems(Database &database) : m_database(database) {}

    QList<OpenConflict> openConflicts(int limit = 200) const;
    QList<RefusedChange> refusedChanges(int limit = 200) const;
    int count() const;

    // Each decision is refused to a role that may not change the record (mayChange()), and audit records
    // are never discarded.
    // The value on the server stays: the conflict is closed.
    [[nodiscard]] Status keep(const QString &conflictId, const Permissions &may);
    // The lost value is written back as a new change (which syncs like any other) and the conflict closed.
    [[nodiscard]] Status restore(const QString &conflictId, const Permissions &may);
    // Gives up a refused change: a row the server never had is removed here; a changed row takes the
    // server's values again at the next sync.
    [[nodiscard]] Status discard(const QString &table, const QString &rowId, const Permissions &may);

private:
    Result<QVariantMap> decidable(const QString &conflictId, const Permissions &may) const;
    Status close(const QString &conflictId, const QString &resolution);
    QString rowLabel(const QString &table, const QString &rowId) const;
    // Where a refused change leads: the record to open and the parent it waits for.
    void locate(RefusedChange &change) const;

    Database &m_database;
};

} // namespace lianxin
