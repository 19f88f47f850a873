#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace lianxin {

// Who changed a record last and when, as the sync columns hold it.
struct RecordInfo
{
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedByDevice;
    QString updatedBy;
    qint64 serverVersion = 0;
};

// The select list that readRecordInfo() expects, in this order, for a table aliased `alias`.
inline QString recordInfoColumns(const QString &alias)
{
    return QStringLiteral("%1.created_at, %1.updated_at, %1.updated_by_device, %1.updated_by, %1.server_version")
        .arg(alias);
}

inline RecordInfo readRecordInfo(const QSqlQuery &query, int first)
{
    return {QDateTime::fromString(query.value(first).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(query.value(first + 1).toString(), Qt::ISODateWithMs),
            query.value(first + 2).toString(), query.value(first + 3).toString(), query.value(first + 4).toLongLong()};
}

} // namespace lianxin
