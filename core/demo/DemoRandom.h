#pragma once

#include <QList>
#include <QUuid>

#include <random>

namespace lianxin {

// Deterministic randomness for demo data: std::mt19937_64's sequence is fixed by the C++ standard,
// and the helpers below avoid the standard distributions, whose results differ between libraries.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, bound).
    quint64 below(quint64 bound)
    {
        const quint64 limit = std::mt19937_64::max() - std::mt19937_64::max() % bound;
        quint64 value = 0;
        do {
            value = m_engine();
        } while (value >= limit);
        return value % bound;
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(quint64(high - low + 1))); }
    // True with the given probability in percent.
    bool percent(int chance) { return int(below(100)) < chance; }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list[qsizetype(below(quint64(list.size())))];
    }

    QUuid uuid()
    {
        const quint64 high = m_engine();
        const quint64 low = m_engine();
        // Version 4 and RFC 4122 variant bits, so the ids look like the random ones devices make.
        return QUuid(uint(high >> 32), ushort(high >> 16), ushort((high & 0x0fff) | 0x4000),
                     uchar(((low >> 56) & 0x3f) | 0x80), uchar(low >> 48), uchar(low >> 40), uchar(low >> 32),
                     uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace lianxin
