#include "core/storage/RecordWriter.h"

#include "core/storage/Database.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)
};


Status checkFields(const SyncedTable &table, const QVariantMap &values)
{
    for (auto it = values.keyBegin(); it != values.keyEnd(); ++it) {
        if (!table.fields.contains(*it))
            return Error{*it, Tr::tr("%1 has no field %2.").arg(table.name, *it)};
    }
    return {};
}

// Equality of stored values regardless of how the driver typed them (integers may come back as text).
bool sameStored(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}
} // namespace

RecordWriter::RecordWriter(Database &database, Atomicity atomicity)
    : m_database(database), m_atomicity(atomicity), m_changeLog(database)
{
}

std::optional<Transaction> RecordWriter::begin(Status *status)
{
    if (m_atomicity == Atomicity::CallerTransaction) {
        *status = m_database.inTransaction() ? Status{} : Status{Error{{}, Tr::tr("Bulk writes need an open transaction.")}};
        return std::nullopt;
    }
    Transaction transaction = m_database.transaction();
    *status = transaction.begun();
    return transaction;
}

// Commits the savepoint when there is one.
static Status finish(std::optional<Transaction> &transaction)
{
    return transaction ? transaction->commit() : Status{};
}

QVariant RecordWriter::storedValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }
    case QMetaType::QStringList:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact));
    case QMetaType::QDate:
        return value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate))
                                        : QVariant(QMetaType::fromType<QString>());
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

QStringList RecordWriter::storedList(const QVariant &json)
{
    QStringList list;
    for (const auto &value : QJsonDocument::fromJson(json.toByteArray()).array())
        list.append(value.toString());
    return list;
}

NativeStatement &RecordWriter::insertQuery(const SyncedTable &table, const QStringList &fields)
{
    const QStringList columns = QStringList{QStringLiteral("id")} + tables::syncColumns() + fields;
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    // Table and column names come from SyncedTable (checked by checkFields), never from input; values are
    // bound. Fields not given are left to the column defaults.
    return m_database.native(
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table.name, columns.join(u", "), marks.join(u", ")));
}

Result<QString> RecordWriter::insert(const SyncedTable &table, const QVariantMap &values, const QString &id)
{
    if (Status status = checkFields(table, values); !status)
        return status.error();
    const QString rowId = id.isEmpty() ? m_database.newId() : id;
    const QString now = m_database.now();

    Status begun;
    std::optional<Transaction> transaction = begin(&begun);
    if (!begun)
        return begun.error();
    // Derived local columns follow the fields. QVariantMap keys are sorted, so the same set of fields
    // always gives the same cached statement.
    const QVariantMap derived = table.derive ? table.derive(values) : QVariantMap();
    NativeStatement &query = insertQuery(table, values.keys() + derived.keys());
    int i = 1;
    for (const QVariant &value : {QVariant(rowId), QVariant(now), QVariant(now), QVariant(m_database.deviceId()),
                                  storedValue(m_database.actor()), QVariant(0), QVariant(0)})
        query.bind(i++, value);
    for (const QVariantMap *map : {&values, &derived}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            query.bind(i++, storedValue(it.value()));
    }
    if (Status status = query.run(); !status)
        return status.error();
    if (Status status = m_changeLog.record(table.name, rowId, ChangeOp::Insert, {}); !status)
        return status.error();
    if (Status status = finish(transaction); !status)
        return status.error();
    return rowId;
}

Result<QStringList> RecordWriter::update(const SyncedTable &table, const QString &id, const QVariantMap &values)
{
    if (Status status = checkFields(table, values); !status)
        return status.error();
    Status begun;
    std::optional<Transaction> transaction = begin(&begun);
    if (!begun)
        return begun.error();
    const auto current = read(table, id);
    if (!current)
        return Error{{}, Tr::tr("The record no longer exists.")};
    if (current->value(QStringLiteral("deleted")).toInt() != 0)
        return Error{{}, Tr::tr("The record has been removed and can no longer be changed.")};

    QStringList changed;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant stored = storedValue(it.value());
        if (!sameStored(stored, current->value(it.key()))) {
            changed.append(it.key());
            bound.append(stored);
        }
    }
    if (changed.isEmpty())
        return changed;

    QStringList assignments;
    for (const QString &field : std::as_const(changed))
        assignments.append(field + QStringLiteral(" = ?"));
    if (table.derive) {
        QVariantMap merged = *current;
        for (qsizetype k = 0; k < changed.size(); ++k)
            merged.insert(changed[k], bound[k]);
        const QVariantMap derived = table.derive(merged);
        for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
            if (!sameStored(storedValue(it.value()), current->value(it.key()))) {
                assignments.append(it.key() + QStringLiteral(" = ?"));
                bound.append(storedValue(it.value()));
            }
        }
    }
    // Column names come from SyncedTable (checked above); values are bound.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by_device = ?, updated_by = ? WHERE id = ?")
            .arg(table.name, assignments.join(u", ")));
    for (const QVariant &value : std::as_const(bound))
        query.addBindValue(value);
    query.addBindValue(m_database.now());
    query.addBindValue(m_database.deviceId());
    query.addBindValue(storedValue(m_database.actor()));
    query.addBindValue(id);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (Status status = m_changeLog.record(table.name, id, ChangeOp::Update, changed); !status)
        return status.error();
    if (Status status = finish(transaction); !status)
        return status.error();
    changed.sort();
    return changed;
}

Status RecordWriter::tombstone(const SyncedTable &table, const QString &id)
{
    Status begun;
    std::optional<Transaction> transaction = begin(&begun);
    if (!begun)
        return begun;
    const auto current = read(table, id);
    if (!current)
        return Error{{}, Tr::tr("The record no longer exists.")};
    if (current->value(QStringLiteral("deleted")).toInt() != 0)
        return {};
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, updated_by_device = ?, updated_by = ? WHERE id = ?")
            .arg(table.name));
    query.addBindValue(m_database.now());
    query.addBindValue(m_database.deviceId());
    query.addBindValue(storedValue(m_database.actor()));
    query.addBindValue(id);
    if (Status status = m_database.exec(query); !status)
        return status;
    if (Status status = m_changeLog.record(table.name, id, ChangeOp::Delete, {QStringLiteral("deleted")}); !status)
        return status;
    return finish(transaction);
}

Status RecordWriter::rederive(const SyncedTable &table, const QString &id)
{
    if (!table.derive)
        return {};
    const auto row = read(table, id);
    if (!row)
        return {};
    const QVariantMap derived = table.derive(*row);
    QStringList assignments;
    for (auto it = derived.cbegin(); it != derived.cend(); ++it)
        assignments.append(it.key() + QStringLiteral(" = ?"));
    // Column names come from the table's definition; values are bound.
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.name, assignments.join(QStringLiteral(", "))));
    for (auto it = derived.cbegin(); it != derived.cend(); ++it)
        update.addBindValue(it.value());
    update.addBindValue(id);
    return m_database.exec(update);
}

std::optional<QVariantMap> RecordWriter::read(const SyncedTable &table, const QString &id) const
{
    // Kept prepared: updates read their row first, and imports update rows by the thousand.
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table.name));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    query.finish();
    return row;
}

} // namespace lianxin
