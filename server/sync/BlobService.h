#pragma once

#include "core/common/Result.h"
#include "server/auth/Sessions.h"

#include <QByteArray>

namespace lianxin::server {

class ServerDatabase;

// POST /api/v1/blobs and GET /api/v1/blobs/{sha256}: the contents of dispute-case attachments, stored once
// per SHA-256 (docs/SYNC.md section 12). Anyone who records cases may send one (it is checked against its
// hash and the size limit); a content is handed out only to a caller who may see a case it is attached to.
class BlobService
{
public:
    explicit BlobService(ServerDatabase &database) : m_database(database) {}

    // Errors: field "sha256" or "content" (400), "forbidden" (403).
    [[nodiscard]] Status put(const Caller &caller, const QString &sha256, const QByteArray &content);
    // Nothing when the caller may not see it or the server does not have it (404 either way).
    [[nodiscard]] Result<std::optional<QByteArray>> get(const Caller &caller, const QString &sha256);

private:
    ServerDatabase &m_database;
};

} // namespace lianxin::server
