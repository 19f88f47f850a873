#pragma once

#include "core/common/Result.h"
#include "core/storage/RecordWriter.h"

namespace lianxin {

class Database;
struct Account;

// Who saw which masked value, and when: an append-only record that syncs to the county.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    // Records that `account` revealed `field` of a row (for example persons.id_number).
    [[nodiscard]] Status recordReveal(const Account &account, const QString &table, const QString &rowId,
                                      const QString &field);
    // How many reveals of a row are recorded.
    int revealCount(const QString &table, const QString &rowId) const;

private:
    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
