#pragma once

#include "core/common/Result.h"
#include "core/storage/RecordWriter.h"

class QJsonObject;

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
    // Records that `account` exported `rows` rows of a list (list: "households", "cases" …) to a file of
    // `format` ("xlsx", "csv"); the row is the list's name, the detail its count and format.
    [[nodiscard]] Status recordExport(const Account &account, const QString &list, qint64 rows, const QString &format);
    // Records that `account` imported a roster into a grid: how many households and persons it added or changed.
    [[nodiscard]] Status recordImport(const Account &account, const QString &gridId, const QJsonObject &counts);
    // How many reveals of a row are recorded.
    int revealCount(const QString &table, const QString &rowId) const;

private:
    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
