#pragma once

#include <QUuid>

#include <functional>

namespace lianxin {

// Makes the ids of new records: time-ordered UUIDs (version 7, RFC 9562) from the injected clock's
// milliseconds, a counter within the millisecond, and 62 random bits that keep devices apart. Ids made
// one after the other sort one after the other, so new rows land at the end of primary-key indexes
// instead of on random pages: no gain while a township store fits in memory (docs/PERFORMANCE.md), but
// it keeps index writes local once tables outgrow the cache, as the county server's will.
class RecordIdGenerator
{
public:
    using RandomSource = std::function<quint64()>;

    // Uses QRandomGenerator::system() when no source is given.
    explicit RecordIdGenerator(RandomSource random = {});

    QUuid next(qint64 msecsSinceEpoch);

private:
    RandomSource m_random;
    qint64 m_lastMsecs = -1;
    quint16 m_counter = 0;
};

} // namespace lianxin
