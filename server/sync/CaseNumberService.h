#pragma once

#include "core/common/Result.h"
#include "server/auth/Sessions.h"

#include <QJsonObject>

namespace lianxin::server {

class ServerDatabase;

// POST /api/v1/case-numbers: reserves a block of case numbers of one mediation committee and year to the
// calling device (docs/SYNC.md section 11). Numbers are never handed out twice: the counter moves in a
// write transaction, serialised with every other writer, and starts above any number already used.
class CaseNumberService
{
public:
    static constexpr int kMaxBlock = 100;

    explicit CaseNumberService(ServerDatabase &database) : m_database(database) {}

    struct Reserved
    {
        int first = 0;
        int last = 0;
    };
    // An Error with field "forbidden" or "scope" when the caller may not number that committee's cases.
    [[nodiscard]] Result<Reserved> reserve(const Caller &caller, const QString &committeeId, int year, int count);

private:
    ServerDatabase &m_database;
};

} // namespace lianxin::server
