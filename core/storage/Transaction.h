#pragma once

#include "core/common/Result.h"

namespace lianxin {

class Database;

// A transaction that rolls back unless committed. Nested transactions become savepoints, so a repository
// method can be one unit of work on its own and part of a caller's larger one.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction &operator=(Transaction &&) = delete;

    // Whether BEGIN (or SAVEPOINT) succeeded; the reason when it did not.
    [[nodiscard]] Status begun() const { return m_beginStatus; }
    [[nodiscard]] Status commit();
    void rollback();

private:
    Database *m_database;
    int m_depth = 0;
    bool m_open = false;
    Status m_beginStatus;
};

} // namespace lianxin
