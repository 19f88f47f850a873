#include "core/storage/RecordId.h"

#include <QRandomGenerator>

namespace lianxin {

RecordIdGenerator::RecordIdGenerator(RandomSource random) : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::system()->generate64(); };
}

QUuid RecordIdGenerator::next(qint64 msecsSinceEpoch)
{
    // Within one millisecond (or if the clock steps back) the 12-bit counter keeps ids ascending; when
    // it runs out the timestamp is carried forward by a millisecond.
    if (msecsSinceEpoch > m_lastMsecs) {
        m_lastMsecs = msecsSinceEpoch;
        m_counter = quint16(m_random() & 0x3ff); // start low in the range, leaving room to count
    } else if (++m_counter > 0xfff) {
        ++m_lastMsecs;
        m_counter = 0;
    }
    const quint64 msecs = quint64(m_lastMsecs) & 0xffffffffffffULL;
    const quint64 tail = m_random();
    return QUuid(uint(msecs >> 16), ushort(msecs & 0xffff), ushort(0x7000 | m_counter),
                 uchar(0x80 | ((tail >> 56) & 0x3f)), uchar(tail >> 48), uchar(tail >> 40), uchar(tail >> 32),
                 uchar(tail >> 24), uchar(tail >> 16), uchar(tail >> 8), uchar(tail));
}

} // namespace lianxin
