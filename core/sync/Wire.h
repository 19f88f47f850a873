#pragma once

#include "core/storage/ChangeLog.h"
#include "core/storage/SyncedTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <optional>

namespace lianxin::wire {

// The one place where a synced row's values meet their JSON form (docs/SYNC.md section 4, docs/API.md):
// the client's engine and the server's push and pull convert through these functions only. On the wire a
// value is null, a whole number (integer columns) or text (everything else, JSON arrays included).

// The columns of a pulled table's rows, in the order the server sends them: id, server_version, the
// other sync columns, then the table's fields.
const QStringList &pulledSyncColumns();
QStringList pulledColumns(const SyncedTable &table);
// Whether a column of the table holds whole numbers (server_version, deleted, the integer fields).
bool isInteger(const SyncedTable &table, const QString &column);

// A stored value (as SQLite or PostgreSQL return it) in its wire form.
QJsonValue toWire(const SyncedTable &table, const QString &column, const QVariant &stored);
// A wire value as stored: a typed null, a qint64 or a QString.
QVariant fromWire(const SyncedTable &table, const QString &column, const QJsonValue &value);
// A stored value in its wire form written straight as JSON text, for pages of thousands of rows (the
// server writes them without building a JSON tree); `integer` is isInteger() of its column.
void appendJson(QByteArray &out, bool integer, const QVariant &stored);
void appendJsonString(QByteArray &out, QStringView text);

// A value as a database driver returned it, typed for comparing and writing: an invalid QVariant for
// null, a qint64 for integer columns, a QString for the rest (the server's form of a row's values).
QVariant normalised(const SyncedTable &table, const QString &column, const QVariant &value);
// A value a device pushed for a field, checked: null, text or a whole number; nothing for anything else.
std::optional<QVariant> pushedValue(const QJsonValue &value);

// One row of a push (POST /changes): the change a device made to one record.
struct PushRow
{
    QString table;
    QString id;
    ChangeOp op = ChangeOp::Insert;
    qint64 baseVersion = 0; // update and delete: the server_version the change was made on
    QString changedAt;
    QVariantMap fields; // stored values of the fields changed (none for a delete)

    QJsonObject toJson(const SyncedTable &syncedTable) const;
};

// The server's answer for one pushed row.
struct PushResult
{
    QString status; // accepted, merged, rejected or deferred
    qint64 serverVersion = 0;
    QString reason; // rejected: why (docs/API.md), such as missing_reference or removed
    QString field;
    QString message;
    QJsonArray conflicts; // merged: {field, kept_value, …} for each field this device lost

    static PushResult fromJson(const QJsonObject &object);
};

} // namespace lianxin::wire
