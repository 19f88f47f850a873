#include "server/http/BodyBudget.h"

namespace lianxin::server {

BodyBudget::BodyBudget(BodyBudgetLimits limits) : m_limits(limits) {}

BodyBudget::Outcome BodyBudget::reserve(const QString &address, qint64 bytes)
{
    const QMutexLocker lock(&m_mutex);
    if (m_total + bytes > m_limits.serverBytes)
        return Outcome::ServerFull;
    qint64 &mine = m_byAddress[address];
    if (mine + bytes > m_limits.addressBytes) {
        if (mine == 0)
            m_byAddress.remove(address);
        return Outcome::AddressFull;
    }
    mine += bytes;
    m_total += bytes;
    return Outcome::Reserved;
}

void BodyBudget::release(const QString &address, qint64 bytes)
{
    const QMutexLocker lock(&m_mutex);
    m_total -= bytes;
    auto it = m_byAddress.find(address);
    if (it != m_byAddress.end() && (*it -= bytes) <= 0)
        m_byAddress.erase(it);
}

} // namespace lianxin::server
