#include "core/storage/NativeStatement.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

namespace lianxin {

NativeStatement::NativeStatement(sqlite3 *handle, const QString &sql) : m_handle(handle)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void NativeStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void NativeStatement::bind(int index, QStringView text)
{
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void NativeStatement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    default:
        bind(index, QStringView(value.toString()));
    }
}

Status NativeStatement::run()
{
    if (!m_statement)
        return errorFromText(m_prepareError);
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    const QString message = code == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code != SQLITE_DONE)
        return errorFromText(message);
    return {};
}

bool NativeStatement::next()
{
    if (m_statement && sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    reset();
    return false;
}

QString NativeStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return data ? QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / 2) : QString();
}

void NativeStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace lianxin
