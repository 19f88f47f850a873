#include "core/sync/Wire.h"

namespace lianxin::wire {

const QStringList &pulledSyncColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),         QStringLiteral("server_version"),    QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("updated_by_device"), QStringLiteral("updated_by"),
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

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    qsizetype plain = 0; // the start of the bytes not yet written
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c != '"' && c != '\\' && c >= 0x20)
            continue;
        out.append(utf8.constData() + plain, i - plain);
        if (c < 0x20)
            out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xf]);
        else
            out.append('\\').append(char(c));
        plain = i + 1;
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out.append('"');
}

void appendJson(QByteArray &out, bool integer, const QVariant &stored)
{
    if (stored.isNull() || !stored.isValid())
        out.append("null");
    else if (integer)
        out.append(QByteArray::number(stored.toLongLong()));
    else
        appendJsonString(out, stored.toString());
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

QJsonObject PushRow::toJson(const SyncedTable &syncedTable) const
{
    QJsonObject json{{QStringLiteral("table"), table},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("op"), changeOpName(op)},
                     {QStringLiteral("changed_at"), changedAt}};
    if (op != ChangeOp::Insert)
        json.insert(QStringLiteral("base_version"), baseVersion);
    if (op != ChangeOp::Delete) {
        QJsonObject values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), toWire(syncedTable, it.key(), it.value()));
        json.insert(QStringLiteral("fields"), values);
    }
    return json;
}

PushResult PushResult::fromJson(const QJsonObject &object)
{
    return {
        object.value(QStringLiteral("status")).toString(),  object.value(QStringLiteral("server_version")).toInteger(),
        object.value(QStringLiteral("reason")).toString(),  object.value(QStringLiteral("field")).toString(),
        object.value(QStringLiteral("message")).toString(), object.value(QStringLiteral("conflicts")).toArray()};
}

} // namespace lianxin::wire
