#pragma once

#include "core/common/Result.h"
#include "server/auth/Sessions.h"

#include <QByteArray>

namespace lianxin::server {

class ServerDatabase;

// Bounds on contents that no record names (yet): sent first, named by a record in the push that follows.
struct BlobPolicy
{
    qint64 unnamedQuotaBytes = qint64(200) * 1024 * 1024; // per account
    int unnamedDays = 30;                                 // then the clean-up removes them
};

// POST /api/v1/blobs and GET /api/v1/blobs/{sha256}: the contents of dispute-case attachments and points
// evidence, stored once per SHA-256 (docs/SYNC.md section 12), with who sent each (blob_uploads). Anyone
// who records cases or keeps the register may send one (checked against its hash, the size limit and the
// account's quota of unnamed contents); a content is handed out only to a caller who may see a record
// naming it, and a record may name only a content its account or device sent or may already read.
class BlobService
{
public:
    explicit BlobService(ServerDatabase &database, BlobPolicy policy = {}) : m_database(database), m_policy(policy) {}

    // Errors: field "sha256" or "content" (400), "forbidden" (403), "quota" (507).
    [[nodiscard]] Status put(const Caller &caller, const QString &sha256, const QByteArray &content);
    // Nothing when the caller may not see it or the server does not have it (404 either way).
    [[nodiscard]] Result<std::optional<QByteArray>> get(const Caller &caller, const QString &sha256);
    // Whether a record the caller pushes may name this content: one its account or its device sent, or
    // one it may already read. False alike for a content the server lacks and for another's: the push
    // answers both as a missing reference, so that the answer tells nothing about other townships' files.
    [[nodiscard]] Result<bool> mayName(const Caller &caller, const QString &sha256);
    // The message of that refusal (reason missing_reference, field sha256).
    static constexpr auto kNotNameable = "No such content on the server for this account: the device sends it again.";

    // Removes contents no record names whose last sending is older than `days`; returns how many.
    [[nodiscard]] static Result<int> removeUnnamed(ServerDatabase &database, int days);

private:
    Result<bool> readable(const Caller &caller, const QString &sha256);
    Result<qint64> unnamedBytes(const QString &accountId, const QString &except);

    ServerDatabase &m_database;
    BlobPolicy m_policy;
};

} // namespace lianxin::server
