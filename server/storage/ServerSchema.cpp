#include "server/storage/ServerSchema.h"

#include "core/storage/Migration.h"
#include "core/storage/SyncedTable.h"
#include "server/storage/Dialect.h"
#include "server/storage/ServerDatabase.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlRecord>

namespace lianxin::server::schema {

namespace {

const QStringList &serverColumns()
{
    static const QStringList columns{QStringLiteral("field_versions"), QStringLiteral("received_at"),
                                     QStringLiteral("scope_county"),   QStringLiteral("scope_township"),
                                     QStringLiteral("scope_village"),  QStringLiteral("scope_grid")};
    return columns;
}

QString columnType(const SyncedTable &table, const QString &field)
{
    return table.isInteger(field) ? QStringLiteral("BIGINT") : QStringLiteral("TEXT");
}

QString columnDefinition(const SyncedTable &table, const QString &column)
{
    static const QHash<QString, QString> fixed{
        {QStringLiteral("created_at"), QStringLiteral("TEXT NOT NULL")},
        {QStringLiteral("updated_at"), QStringLiteral("TEXT NOT NULL")},
        {QStringLiteral("updated_by_device"), QStringLiteral("TEXT NOT NULL")},
        {QStringLiteral("updated_by"), QStringLiteral("TEXT")},
        {QStringLiteral("deleted"), QStringLiteral("BIGINT NOT NULL DEFAULT 0")},
        {QStringLiteral("server_version"), QStringLiteral("BIGINT NOT NULL")},
        {QStringLiteral("field_versions"), QStringLiteral("TEXT NOT NULL DEFAULT '{}'")},
        {QStringLiteral("received_at"), QStringLiteral("TEXT NOT NULL DEFAULT ''")},
    };
    return column + QLatin1Char(' ') + fixed.value(column, columnType(table, column));
}

QStringList allColumns(const SyncedTable &table)
{
    return table.fields + tables::syncColumns() + serverColumns();
}

// Every index of a table: a pull reads a table's changes after a sequence within a scope (by sequence
// alone for the county, or by one level of region and then sequence); the rest serve the checks of a push.
// Made with IF NOT EXISTS on every start, so an index added here reaches existing databases too.
QStringList indexes(const SyncedTable &table)
{
    const QString t = table.name;
    QStringList statements{QStringLiteral("CREATE INDEX IF NOT EXISTS %1_version ON %1(server_version)").arg(table.name)};
    for (const QString &level : {QStringLiteral("township"), QStringLiteral("village"), QStringLiteral("grid")})
        statements.append(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_scope_%2 ON %1(scope_%2, server_version)").arg(table.name, level));
    if (t == QLatin1String("regions"))
        statements << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS regions_live_code ON regions(code) WHERE deleted = 0")
                   << QStringLiteral("CREATE INDEX IF NOT EXISTS regions_parent ON regions(parent_id)");
    if (t == QLatin1String("accounts"))
        statements << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS accounts_live_username ON accounts(username) WHERE deleted = 0");
    if (t == QLatin1String("persons"))
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS persons_household ON persons(household_id)")
                   << QStringLiteral("CREATE INDEX IF NOT EXISTS persons_live_id_number ON persons(id_number) WHERE deleted = 0");
    if (t == QLatin1String("member_regions"))
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS member_regions_member ON member_regions(member_id)");
    if (t == QLatin1String("disputes"))
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS disputes_number ON disputes(committee_id, case_year, case_seq) "
                                     "WHERE deleted = 0");
    if (t == QLatin1String("dispute_parties") || t == QLatin1String("dispute_steps"))
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS %1_dispute ON %1(dispute_id)").arg(table.name);
    if (t == QLatin1String("attachments") || t == QLatin1String("points_evidence"))
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS %1_sha256 ON %1(sha256)").arg(table.name);
    if (t == QLatin1String("conflicts"))
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS conflicts_row ON conflicts(table_name, row_id)");
    return statements;
}

Status createTable(ServerDatabase &database, const SyncedTable &table)
{
    QStringList columns{QStringLiteral("id TEXT PRIMARY KEY NOT NULL")};
    for (const QString &column : allColumns(table))
        columns.append(columnDefinition(table, column));
    return database.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, columns.join(QStringLiteral(", "))));
}

Status addMissingColumns(ServerDatabase &database, const SyncedTable &table, const QSqlRecord &record)
{
    for (const QString &column : allColumns(table)) {
        if (record.contains(column))
            continue;
        const QString statement =
            QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(table.name, columnDefinition(table, column));
        if (Status status = database.exec(statement); !status)
            return status;
    }
    return {};
}

Result<QSet<QString>> existingTables(ServerDatabase &database)
{
    QSqlQuery query = database.prepare(dialect::listTables(database.backend()));
    if (Status status = database.exec(query); !status)
        return status.error();
    QSet<QString> names;
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

Result<int> readVersion(ServerDatabase &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'"));
    if (Status status = database.exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Status applyFile(ServerDatabase &database, int version)
{
    const QDir dir(QStringLiteral(":/lianxin/server-migrations"));
    const QStringList files = dir.entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    if (files.size() != 1)
        return Error{QString(), QStringLiteral("Server migration %1 is missing.").arg(version)};
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QString(), QStringLiteral("Server migration %1 cannot be read.").arg(version)};
    for (const QString &statement : splitSqlStatements(QString::fromUtf8(file.readAll()))) {
        if (Status status = database.exec(statement); !status)
            return status;
    }
    if (version == 1) {
        for (const QString &statement : dialect::createSequence(database.backend())) {
            if (Status status = database.exec(statement); !status)
                return status;
        }
    }
    return {};
}

Status migrateLocked(ServerDatabase &database)
{
    if (Status status = database.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"));
        !status)
        return status;
    const auto current = readVersion(database);
    if (!current)
        return current.error();
    if (*current > kVersion)
        return Error{QStringLiteral("database"),
                     QStringLiteral("The database was written by a newer Lianxin server (schema %1; this one knows %2).")
                         .arg(*current)
                         .arg(kVersion)};
    for (int version = *current + 1; version <= kVersion; ++version) {
        if (Status status = applyFile(database, version); !status)
            return status;
    }
    const auto tables = existingTables(database);
    if (!tables)
        return tables.error();
    for (const SyncedTable *table : tables::all()) {
        const Status status = tables->contains(table->name)
                                  ? addMissingColumns(database, *table, database.columnsOf(table->name))
                                  : createTable(database, *table);
        if (!status)
            return status;
        for (const QString &statement : indexes(*table)) {
            if (Status created = database.exec(statement); !created)
                return created;
        }
    }
    if (*current < 2) {
        // Schema 2 made conflicts a synced table: the records of schema 1 move into it.
        if (Status status = database.exec(QStringLiteral(
                "INSERT INTO conflicts (id, table_name, row_id, field, kept_value, kept_by, kept_device, kept_at, lost_value, "
                "lost_by, lost_device, lost_at, created_at, updated_at, updated_by_device, deleted, server_version, "
                "field_versions, received_at, scope_county, scope_township, scope_village, scope_grid) "
                "SELECT id, table_name, row_id, field, kept_value, kept_by, kept_device, kept_at, lost_value, lost_by, "
                "lost_device, lost_at, received_at, received_at, 'county-server', 0, seq, '{}', received_at, scope_county, "
                "scope_township, scope_village, scope_grid FROM conflicts_v1"));
            !status)
            return status;
        if (Status status = database.exec(QStringLiteral("DROP TABLE conflicts_v1")); !status)
            return status;
    }
    QSqlQuery setVersion = database.prepare(QStringLiteral(
        "INSERT INTO server_meta (key, value) VALUES ('schema_version', :version) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    setVersion.bindValue(QStringLiteral(":version"), QString::number(kVersion));
    return database.exec(setVersion);
}

} // namespace

Status migrate(ServerDatabase &database)
{
    if (Status status = database.beginMigration(); !status)
        return status;
    if (Status status = migrateLocked(database); !status) {
        database.rollback();
        return status;
    }
    return database.commit();
}

Result<int> version(ServerDatabase &database)
{
    const auto tables = existingTables(database);
    if (!tables)
        return tables.error();
    if (!tables->contains(QStringLiteral("server_meta")))
        return 0;
    return readVersion(database);
}

} // namespace lianxin::server::schema
