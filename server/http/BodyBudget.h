#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace lianxin::server {

struct BodyBudgetLimits
{
    qint64 serverBytes = 256 * 1024 * 1024;
    qint64 addressBytes = 64 * 1024 * 1024;
};

// The memory that bodies being received may take, over every request thread: a body's announced length is
// reserved before its first byte is read and released when its request is done or its connection drops,
// so that many connections each holding a large body one byte short cannot exhaust the server's memory.
class BodyBudget
{
public:
    enum class Outcome { Reserved, ServerFull, AddressFull };

    explicit BodyBudget(BodyBudgetLimits limits);

    [[nodiscard]] Outcome reserve(const QString &address, qint64 bytes);
    void release(const QString &address, qint64 bytes);

private:
    const BodyBudgetLimits m_limits;
    QMutex m_mutex;
    qint64 m_total = 0;
    QHash<QString, qint64> m_byAddress;
};

} // namespace lianxin::server
