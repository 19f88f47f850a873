#include "core/storage/CodeMigrations.h"

#include "core/storage/Database.h"
#include "core/storage/SyncedTable.h"

namespace lianxin {

namespace {
// Schema 3: fill the households' derived sort key.
Status fillHouseholdSortKeys(Database &database)
{
    QSqlQuery rows = database.prepare(QStringLiteral("SELECT id, address, house_number FROM households"));
    if (Status status = database.exec(rows); !status)
        return status;
    QSqlQuery update = database.prepare(QStringLiteral("UPDATE households SET sort_key = ? WHERE id = ?"));
    while (rows.next()) {
        update.bindValue(0, householdSortKey(rows.value(1).toString(), rows.value(2).toString()));
        update.bindValue(1, rows.value(0));
        if (Status status = database.exec(update); !status)
            return status;
    }
    return {};
}

// Schema 10: changes made before authors were recorded are taken to be by the last account that wrote
// their row (its user name: sessions are per user name).
Status fillChangeAuthors(Database &database)
{
    // The tables of schema 10: later ones held no rows then.
    for (const SyncedTable *table : tables::all()) {
        if (table->name == QLatin1String("visit_settings"))
            break;
        QSqlQuery update = database.prepare(
            QStringLiteral("UPDATE change_log SET author = (SELECT a.username FROM %1 t JOIN accounts a ON a.id = t.updated_by "
                           "WHERE t.id = change_log.row_id) WHERE table_name = ? AND author IS NULL")
                .arg(table->name));
        update.addBindValue(table->name);
        if (Status status = database.exec(update); !status)
            return status;
    }
    return {};
}
} // namespace

Status runCodeMigration(Database &database, int version)
{
    switch (version) {
    case 3:
        return fillHouseholdSortKeys(database);
    case 10:
        return fillChangeAuthors(database);
    default:
        return {};
    }
}

} // namespace lianxin
