#include "core/search/SearchIndex.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"

#include <QCoreApplication>

namespace lianxin::search_index {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

const QString kFlag = QStringLiteral("search_deferred_since");

// Per table: drop the entries of the rows changed, then index those still live. {p} and {h} stand for
// the condition that picks the changed persons and households.
const char *const kCatchUp[] = {
    "DELETE FROM search_fts WHERE rowid IN (SELECT r.docid FROM search_rows r JOIN persons p ON p.id = r.row_id WHERE {p})",
    "INSERT OR IGNORE INTO search_rows(kind, row_id) SELECT 'person', p.id FROM persons p WHERE {p} AND p.deleted = 0",
    "INSERT INTO search_fts(rowid, name, id_number, phone) SELECT r.docid, p.name, p.id_number, p.phone "
    "FROM persons p JOIN search_rows r ON r.row_id = p.id WHERE {p} AND p.deleted = 0",
    "DELETE FROM search_fts WHERE rowid IN (SELECT r.docid FROM search_rows r JOIN households h ON h.id = r.row_id WHERE {h})",
    "INSERT OR IGNORE INTO search_rows(kind, row_id) SELECT 'household', h.id FROM households h WHERE {h} AND h.deleted = 0",
    "INSERT INTO search_fts(rowid, address) SELECT r.docid, h.address || coalesce(' ' || h.house_number, '') "
    "FROM households h JOIN search_rows r ON r.row_id = h.id WHERE {h} AND h.deleted = 0",
};

// Runs kCatchUp with the rows picked by `since` (changed since the pause) or by the id lists.
Status run(Database &database, const QVariant &since, const QStringList &personIds, const QStringList &householdIds)
{
    const bool byTime = since.isValid();
    const QString persons = byTime ? QStringLiteral("p.updated_at >= :since") : QStringLiteral("p.id IN (SELECT value FROM json_each(:ids))");
    const QString households = byTime ? QStringLiteral("h.updated_at >= :since") : QStringLiteral("h.id IN (SELECT value FROM json_each(:ids))");
    for (const char *sql : kCatchUp) {
        QString statement = QString::fromLatin1(sql);
        const bool forPersons = statement.contains(QLatin1String("{p}"));
        statement.replace(QLatin1String("{p}"), persons).replace(QLatin1String("{h}"), households);
        QSqlQuery query = database.prepare(statement);
        if (byTime)
            query.bindValue(QStringLiteral(":since"), since);
        else
            query.bindValue(QStringLiteral(":ids"), RecordWriter::storedValue(forPersons ? personIds : householdIds));
        if (Status status = database.exec(query); !status)
            return status;
    }
    QSqlQuery clear = database.prepare(QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
    clear.addBindValue(kFlag);
    return database.exec(clear);
}
} // namespace

Status defer(Database &database)
{
    if (!database.inTransaction())
        return Error{{}, Tr::tr("Pausing the search index needs an open transaction.")};
    if (!database.metaValue(kFlag).isEmpty())
        return {};
    return database.setMetaValue(kFlag, database.now());
}

Status catchUp(Database &database)
{
    const QString since = database.metaValue(kFlag);
    if (since.isEmpty())
        return {};
    return run(database, since, {}, {});
}

QStringList rebuildStatements()
{
    return {
        QStringLiteral("DELETE FROM search_fts"),
        QStringLiteral("DELETE FROM search_rows"),
        QStringLiteral("INSERT INTO search_rows(kind, row_id) SELECT 'person', id FROM persons WHERE deleted = 0"),
        QStringLiteral(
            "INSERT INTO search_fts(rowid, name, id_number, phone) SELECT r.docid, p.name, p.id_number, p.phone "
            "FROM persons p JOIN search_rows r ON r.row_id = p.id WHERE p.deleted = 0"),
        QStringLiteral(
            "INSERT INTO search_rows(kind, row_id) SELECT 'household', id FROM households WHERE deleted = 0"),
        QStringLiteral(
            "INSERT INTO search_fts(rowid, address) SELECT r.docid, h.address || coalesce(' ' || h.house_number, '') "
            "FROM households h JOIN search_rows r ON r.row_id = h.id WHERE h.deleted = 0"),
        QStringLiteral("DELETE FROM local_meta WHERE key = 'search_deferred_since'")};
}

Status catchUpRows(Database &database, const QStringList &personIds, const QStringList &householdIds)
{
    if (database.metaValue(kFlag).isEmpty())
        return {};
    return run(database, QVariant(), personIds, householdIds);
}

} // namespace lianxin::search_index
