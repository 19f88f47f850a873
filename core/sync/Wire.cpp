#include "core/sync/Wire.h"

namespace lianxin::wire {

const QStringList &pulledSyncColumns()
{
    static const QStringList columns{QStringLiteral("id"),         QStringLiteral("server_version"),
                                     QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by_device"), QStringLiteral("updated_by"),
                                     QStringLiteral("deleted")};
    return columns;
}

QStringList pulledColumns(const SyncedTable &table)
{
    return pulledSyncColumns() + table.fields;
}

bool isInteger(const SyncedTable &table, const QString &column)
{
    return column == QLatin1String("server_version") || column == QLatin1String("deleted") || table.isInteger(column);
}

QJsonValue toWire(const SyncedTable &table, const QString &column, const QVariant &stored)
{
    if (stored.isNull() || !stored.isValid())
        return QJsonValue::Null;
    if (isInteger(table, column))
        return stored.toLongLong();
    return stored.toString();
}

QVariant fromWire(const SyncedTable &table, const QString &column, const QJsonValue &value)
{
    const bool integer = isInteger(table, column);
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType(integer ? QMetaType::LongLong : QMetaType::QString));
    if (integer)
        return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant(value.toString().toLongLong());
    return value.isDouble() ? QVariant(QString::number(qint64(value.toDouble()))) : QVariant(value.toString());
}

QVariant normalised(const SyncedTable &table, const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QVariant();
    return isInteger(table, column) ? QVariant(value.toLongLong()) : QVariant(value.toString());
}

std::optional<QVariant> pushedValue(const QJsonValue &value)
{
    if (value.isNull())
        return QVariant();
    if (value.isString())
        return QVariant(value.toString());
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QVariant(qint64(number));
    }
    return std::nullopt;
}

QString PushRow::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QJsonObject PushRow::toJson(const SyncedTable &syncedTable) const
{
    QJsonObject json{{QStringLiteral("table"), table},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("op"), opName(op)},
                     {QStringLiteral("changed_at"), changedAt}};
    if (op != Op::Insert)
        json.insert(QStringLiteral("base_version"), baseVersion);
    if (op != Op::Delete) {
        QJsonObject values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), toWire(syncedTable, it.key(), it.value()));
        json.insert(QStringLiteral("fields"), values);
    }
    return json;
}

PushResult PushResult::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("status")).toString(),
            object.value(QStringLiteral("server_version")).toInteger(),
            object.value(QStringLiteral("reason")).toString(),
            object.value(QStringLiteral("field")).toString(),
            object.value(QStringLiteral("message")).toString(),
            object.value(QStringLiteral("conflicts")).toArray()};
}

} // namespace lianxin::wire
