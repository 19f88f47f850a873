#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace lianxin::server {

class ServerDatabase;

// Pairs of live persons sharing an ID number across scopes (server schema 7): recorded by the push, which
// accepts such a row instead of confirming the number to the pusher, and listed for the county's review
// until one of the two records is corrected or removed.
class IdNumberReviews
{
public:
    explicit IdNumberReviews(ServerDatabase &database) : m_database(database) {}

    [[nodiscard]] Status record(const QString &personId, const QString &otherPersonId, const QString &pushedBy);

    struct Pair
    {
        QString receivedAt;
        QString pushedBy; // user name
        QString personId;
        QString personTownship;
        QString otherPersonId;
        QString otherTownship;
    };
    // The pairs whose two persons still share their number, oldest first.
    [[nodiscard]] Result<QList<Pair>> open();

private:
    ServerDatabase &m_database;
};

} // namespace lianxin::server
