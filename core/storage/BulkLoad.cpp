#include "core/storage/BulkLoad.h"

#include "core/storage/Database.h"
#include "core/storage/SyncedTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lianxin::bulk_load {

namespace {
const QString kKey = QStringLiteral("bulk_load_finishing");
} // namespace

bool unfinished(const Database &database)
{
    return !database.metaValue(kKey).isEmpty();
}

Status begin(Database &database, const QStringList &finishing)
{
    if (unfinished(database))
        return {};
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                        "AND tbl_name IN (SELECT value FROM json_each(?)) "
                                        "ORDER BY name"));
    QJsonArray names;
    for (const SyncedTable *table : tables::all())
        names.append(table->name);
    query.addBindValue(QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
    if (Status status = database.exec(query); !status)
        return status;
    QJsonArray definitions;
    QStringList dropped;
    while (query.next()) {
        dropped.append(query.value(0).toString());
        definitions.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &statement : finishing)
        definitions.append(statement);
    if (Status status =
            database.setMetaValue(kKey, QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)));
        !status)
        return status;
    for (const QString &name : std::as_const(dropped)) {
        // The names were read from sqlite_master just above; DROP INDEX takes no bound name.
        if (Status status = database.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !status)
            return status;
    }
    return {};
}

Status finish(Database &database)
{
    const QString stored = database.metaValue(kKey);
    if (stored.isEmpty())
        return {};
    for (const QJsonValue &definition : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        // The schema's own CREATE INDEX statements, as sqlite_master kept them, then the finishing ones.
        QString sql = definition.toString();
        sql.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX ")),
                    QStringLiteral("CREATE \\1INDEX IF NOT EXISTS "));
        if (Status status = database.exec(sql); !status)
            return status;
    }
    QSqlQuery forget = database.prepare(QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
    forget.addBindValue(kKey);
    return database.exec(forget);
}

} // namespace lianxin::bulk_load
