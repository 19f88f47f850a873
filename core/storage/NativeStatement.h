#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace lianxin {

// A statement prepared once on the store's own SQLite handle (the connection QtSql opened), for the
// paths that write tens of thousands of rows: pulled pages and bulk loads. QtSql's binding costs more
// than SQLite's own work there (a placeholder name and a QVariant per value). Values are bound by
// position, from 1; run() steps the statement to its end and makes it ready for the next row.
class NativeStatement
{
public:
    NativeStatement(sqlite3 *handle, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, QStringView text); // empty text is stored as text; use bindNull for NULL
    // A stored value (RecordWriter::storedValue): null, integer or text.
    void bind(int index, const QVariant &value);

    // Runs the statement with the values bound; the bindings are then cleared.
    [[nodiscard]] Status run();
    // For queries: the next row, false at the end (then the statement is reset). Errors end the rows.
    bool next();
    QString text(int column) const;

private:
    void reset();

    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

} // namespace lianxin
