#pragma once

#include <QList>

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

    // 64 raw bits.
    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace lianxin
