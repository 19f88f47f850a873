#include "core/search/SearchIndex.h"

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace lianxin::search_index {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

const QString kFlag = QStringLiteral("search_deferred_since");

// Per table: drop the entries of rows changed since the pause, then index those still live.
const char *const kCatchUp[] = {
    "DELETE FROM search_fts WHERE rowid IN (SELECT r.docid FROM search_rows r JOIN persons p ON p.id = r.row_id "
    "WHERE p.updated_at >= :since)",
    "INSERT OR IGNORE INTO search_rows(kind, row_id) SELECT 'person', id FROM persons "
    "WHERE updated_at >= :since AND deleted = 0",
    "INSERT INTO search_fts(rowid, name, id_number, phone) SELECT r.docid, p.name, p.id_number, p.phone "
    "FROM persons p JOIN search_rows r ON r.row_id = p.id WHERE p.updated_at >= :since AND p.deleted = 0",
    "DELETE FROM search_fts WHERE rowid IN (SELECT r.docid FROM search_rows r JOIN households h ON h.id = r.row_id "
    "WHERE h.updated_at >= :since)",
    "INSERT OR IGNORE INTO search_rows(kind, row_id) SELECT 'household', id FROM households "
    "WHERE updated_at >= :since AND deleted = 0",
    "INSERT INTO search_fts(rowid, address) SELECT r.docid, h.address || coalesce(' ' || h.house_number, '') "
    "FROM households h JOIN search_rows r ON r.row_id = h.id WHERE h.updated_at >= :since AND h.deleted = 0",
};
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
    for (const char *sql : kCatchUp) {
        QSqlQuery query = database.prepare(QString::fromLatin1(sql));
        query.bindValue(QStringLiteral(":since"), since);
        if (Status status = database.exec(query); !status)
            return status;
    }
    QSqlQuery clear = database.prepare(QStringLiteral("DELETE FROM local_meta WHERE key = ?"));
    clear.addBindValue(kFlag);
    return database.exec(clear);
}

} // namespace lianxin::search_index
