#pragma once

#include "core/common/Result.h"
#include "core/mediation/DisputeCase.h"
#include "core/storage/RecordWriter.h"

namespace lianxin {

class Database;

// Records the steps of a case (append-only) and keeps the case row's status and dates in step with them,
// both in one transaction; refuses a step the lifecycle does not allow (CaseLifecycle.h) or a closure the
// dossier is not complete for.
class CaseSteps
{
public:
    explicit CaseSteps(Database &database);

    // Validates and records a step; returns its id. Errors name the step's field, or "kind" when the
    // step cannot follow the case's current state.
    [[nodiscard]] Result<QString> add(const QString &disputeId, const QString &kind, QVariantMap data);
    // The timeline: every step by the day it happened, in recording order within a day (a session at
    // 09:30 and the agreement signed after it that day stay in that order).
    QList<DisputeStep> list(const QString &disputeId) const;

    // What the dossier still lacks for closing the case the given way (withdrawn and transferred cases
    // need less), as the names of the missing documents; empty when complete.
    QStringList missingForClosure(const QString &disputeId, const QString &closureKind) const;

private:
    Status settleConflicts(const QString &disputeId, const QStringList &fields);

    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
