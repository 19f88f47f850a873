#pragma once

#include "core/common/Result.h"
#include "server/auth/Sessions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace lianxin::server {

class ServerDatabase;

// One row of a pushed batch, its shape already checked by the API.
struct PushedRow
{
    QString table;
    QString id;
    QString op; // insert | update | delete
    qint64 baseVersion = 0;
    QString changedAt;
    QVariantMap fields;
};

struct PushBatch
{
    QString batchId;
    QString deviceId;
    QList<PushedRow> rows;
};

// POST /api/v1/changes (docs/SYNC.md sections 5–7): applies a batch in one write transaction, answering
// each row accepted, merged or rejected; stores the answer under the batch id, so that a replayed batch
// gets the same answer and changes nothing.
class PushService
{
public:
    explicit PushService(ServerDatabase &database) : m_database(database) {}

    struct Outcome
    {
        QJsonObject body;
        bool replayed = false;
        bool foreignBatch = false; // the batch id belongs to another account
    };
    [[nodiscard]] Result<Outcome> push(const Caller &caller, const PushBatch &batch);

    // The work one batch may do while it holds the write lock; the rest of its rows are answered `deferred`.
    static constexpr qint64 kMaxRowsWrittenPerBatch = 5000; // rows, moved rows and departures
    static constexpr qint64 kMaxBatchMilliseconds = 250;
    // A change that would move more rows with it is refused (a household of 1,000 people is a mistake or an attack).
    static constexpr int kMaxRowsMovingWithOne = 1000;

private:
    ServerDatabase &m_database;
};

} // namespace lianxin::server
