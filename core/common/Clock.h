#pragma once

#include <QDateTime>

namespace lianxin {

// The time source of core. Injected so that timestamps, deadlines and notice periods are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until moved; for tests and for deterministic demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Timestamps are stored as UTC ISO 8601 text with milliseconds, which sorts as it reads.
inline QString toStoredTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace lianxin
