#pragma once

#include "core/common/Result.h"
#include "core/storage/SyncedTable.h"
#include "server/sync/RegionPaths.h"

#include <QVariantMap>

#include <optional>

namespace lianxin::server {

class RowAccess;
class ServerDatabase;

// The checks a pushed row must pass on the server: the same core validators the client's forms use
// (ID numbers, phones, texts, vocabularies), plus what only the server can see — that referenced
// households, members and regions exist, and that an ID number is not another person's. The first
// problem is returned, naming its field. Every record a row names must be one the caller may read: one
// outside the caller's scope is answered as one that does not exist.
class RowRules
{
public:
    RowRules(ServerDatabase &database, RowAccess &access) : m_database(database), m_access(access) {}

    // The message of a refusal because a record the row names is not on the server (its parent may still
    // be on its way from another device, or was itself refused): answered as reason missing_reference.
    static constexpr auto kNoSuchRecord = "No such record (or it was removed).";

    // `values` is the whole row after the change; `path` where it would lie; `written` the fields the change
    // writes (all, for an insert).
    [[nodiscard]] Status check(const SyncedTable &table, const QString &id, const QVariantMap &values,
                               const RegionPath &path, const QStringList *written = nullptr);
    // The live person outside the caller's scope who already has the ID number of the person just checked:
    // the row is accepted and the pair goes to the county's review (IdNumberReviews) rather than the answer.
    const QString &idNumberReview() const { return m_idNumberReview; }
    // The reason code a failed check is answered with (docs/API.md): validation or missing_reference.
    static QString reasonOf(const Error &error);

private:
    Status checkPerson(const QString &id, const QVariantMap &values, const RegionPath &path);
    Status checkIdNumberTaken(const QString &id, const QString &idNumber);
    Status checkHousehold(const QVariantMap &values, const RegionPath &path);
    Status checkPoints(const QString &name, const QVariantMap &values);
    // Visits, problems, requests and their steps, the township's service data (ServiceRowRules.cpp); nullopt
    // for a table that is none of these.
    std::optional<Status> checkService(const QString &name, const QVariantMap &values);
    static Status checkFileRecord(const QVariantMap &values);
    Status checkOutcomeChoice(const QString &disputeId, const QString &stepId);
    Status checkDispute(const QString &id, const QVariantMap &values, const RegionPath &path);
    Status exists(const QString &table, const QString &field, const QString &id);
    Status namedIfWritten(const QVariantMap &values, const QString &table, const QString &field);

    ServerDatabase &m_database;
    RowAccess &m_access;
    const QStringList *m_written = nullptr;
    QString m_idNumberReview;
};

} // namespace lianxin::server
