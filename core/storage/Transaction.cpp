#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

namespace lianxin {

namespace {
QString savepointName(int depth)
{
    return QStringLiteral("lianxin_sp_%1").arg(depth);
}
} // namespace

Transaction::Transaction(Database &database) : m_database(&database)
{
    m_depth = database.m_transactionDepth;
    // IMMEDIATE takes the write lock up front, so a busy database fails here and not halfway through.
    m_beginStatus = m_depth == 0 ? database.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                 : database.execCached(QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    m_open = m_beginStatus.ok();
    if (m_open)
        ++database.m_transactionDepth;
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(other.m_database), m_depth(other.m_depth), m_open(other.m_open), m_beginStatus(other.m_beginStatus)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_beginStatus.ok() ? Status{} : m_beginStatus;
    Status status = m_depth == 0 ? m_database->exec(QStringLiteral("COMMIT"))
                                 : m_database->execCached(QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    --m_database->m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_database->m_transactionDepth;
    if (m_depth == 0) {
        (void)m_database->exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE closes it with nothing left to keep.
        (void)m_database->execCached(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        (void)m_database->execCached(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
}

} // namespace lianxin
