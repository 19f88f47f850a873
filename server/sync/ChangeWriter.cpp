#include "server/sync/ChangeWriter.h"

#include "core/sync/Wire.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lianxin::server {

namespace {

const QString kColumnsOfPath = QStringLiteral("scope_county, scope_township, scope_village, scope_grid");

QString versionsJson(const QHash<QString, qint64> &versions)
{
    QJsonObject object;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, qint64> versionsFromJson(const QString &json)
{
    QHash<QString, qint64> versions;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        versions.insert(it.key(), it.value().toInteger());
    return versions;
}

void bindPath(QSqlQuery &query, const RegionPath &path)
{
    const auto orNull = [](const QString &id) { return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id); };
    query.bindValue(QStringLiteral(":scope_county"), orNull(path.county));
    query.bindValue(QStringLiteral(":scope_township"), orNull(path.township));
    query.bindValue(QStringLiteral(":scope_village"), orNull(path.village));
    query.bindValue(QStringLiteral(":scope_grid"), orNull(path.grid));
}

QVariant nullable(const SyncedTable &table, const QString &field, const QVariant &value)
{
    if (!value.isNull())
        return value;
    return QVariant(QMetaType(table.isInteger(field) ? QMetaType::LongLong : QMetaType::QString));
}

} // namespace

Result<std::optional<StoredRow>> ChangeWriter::read(const SyncedTable &table, const QString &id)
{
    const QString sql = QStringLiteral("SELECT %1, created_at, updated_at, updated_by, updated_by_device, deleted, "
                                       "server_version, field_versions, %2 FROM %3 WHERE id = :id")
                            .arg(table.fields.join(QStringLiteral(", ")), kColumnsOfPath, table.name);
    QSqlQuery &query = m_database.cached(sql);
    query.bindValue(QStringLiteral(":id"), id);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (!query.next())
        return std::optional<StoredRow>();
    StoredRow row;
    const qsizetype n = table.fields.size();
    for (qsizetype i = 0; i < n; ++i) {
        row.values.insert(table.fields.at(i), wire::normalised(table, table.fields.at(i), query.value(int(i))));
    }
    row.createdAt = query.value(int(n)).toString();
    row.updatedAt = query.value(int(n + 1)).toString();
    row.updatedBy = query.value(int(n + 2)).toString();
    row.updatedByDevice = query.value(int(n + 3)).toString();
    row.deleted = query.value(int(n + 4)).toLongLong() != 0;
    row.version = query.value(int(n + 5)).toLongLong();
    row.fieldVersions = versionsFromJson(query.value(int(n + 6)).toString());
    row.path = RegionPath::fromQuery(query, int(n + 7));
    query.finish();
    return std::optional<StoredRow>(row);
}

Result<RegionPath> ChangeWriter::pathFor(const SyncedTable &table, const QString &id, const QVariantMap &values,
                                         const RegionPath &fallback)
{
    const auto fromRegion = [](const Result<std::optional<RegionPath>> &path) -> Result<RegionPath> {
        if (!path)
            return path.error();
        return path->value_or(RegionPath{});
    };
    const auto fromRow = [this](const QString &sql, const QString &rowId) -> Result<RegionPath> {
        QSqlQuery &query = m_database.cached(sql);
        query.bindValue(QStringLiteral(":id"), rowId);
        if (Status status = m_database.exec(query); !status)
            return status.error();
        RegionPath path = query.next() ? RegionPath::fromQuery(query, 0) : RegionPath{};
        query.finish();
        return path;
    };
    const QString name = table.name;
    if (name == QLatin1String("regions"))
        return fromRegion(m_paths.pathOfNew(id, values.value(QStringLiteral("parent_id")).toString(),
                                            values.value(QStringLiteral("kind")).toString()));
    if (name == QLatin1String("households"))
        return fromRegion(m_paths.pathOf(values.value(QStringLiteral("grid_id")).toString()));
    if (name == QLatin1String("member_regions"))
        return fromRegion(m_paths.pathOf(values.value(QStringLiteral("region_id")).toString()));
    if (name == QLatin1String("disputes") || name == QLatin1String("service_requests") ||
        name == QLatin1String("consultations") || name == QLatin1String("holidays"))
        return fromRegion(m_paths.pathOf(values.value(QStringLiteral("region_id")).toString()));
    if (isTownshipDataTable(name) && values.contains(QStringLiteral("township_id")))
        return fromRegion(m_paths.pathOf(values.value(QStringLiteral("township_id")).toString()));
    if (values.contains(QStringLiteral("village_id")) && name.startsWith(QLatin1String("points_")) &&
        !values.contains(QStringLiteral("household_id")))
        return fromRegion(m_paths.pathOf(values.value(QStringLiteral("village_id")).toString()));
    for (const ChildTable &child : kChildTables) {
        if (name == QLatin1String(child.table))
            return fromRow(QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(kColumnsOfPath, QLatin1String(child.tableOfParent)),
                           values.value(QLatin1String(child.columnOfParent)).toString());
    }
    if (name == QLatin1String("audit_log")) {
        const auto path = fromRow(QStringLiteral("SELECT %1 FROM accounts WHERE id = :id").arg(kColumnsOfPath),
                                  values.value(QStringLiteral("account_id")).toString());
        if (!path || !path->isEmpty())
            return path;
        return fallback;
    }
    if (name == QLatin1String("accounts")) {
        const QJsonArray scope = QJsonDocument::fromJson(values.value(QStringLiteral("scope")).toString().toUtf8()).array();
        QList<RegionPath> paths;
        for (const QJsonValue &regionId : scope) {
            const auto path = fromRegion(m_paths.pathOf(regionId.toString()));
            if (!path)
                return path.error();
            if (path->isEmpty())
                return RegionPath{};
            paths.append(*path);
        }
        return commonPath(paths);
    }
    if (name == QLatin1String("members")) {
        QSqlQuery &query = m_database.cached(
            QStringLiteral("SELECT %1 FROM member_regions WHERE member_id = :id AND deleted = 0").arg(kColumnsOfPath));
        query.bindValue(QStringLiteral(":id"), id);
        if (Status status = m_database.exec(query); !status)
            return status.error();
        QList<RegionPath> paths;
        while (query.next())
            paths.append(RegionPath::fromQuery(query, 0));
        query.finish();
        return paths.isEmpty() ? fallback : commonPath(paths);
    }
    return fallback;
}

Result<qint64> ChangeWriter::insert(const SyncedTable &table, const QString &id, const QVariantMap &values,
                                    const ChangeStamp &stamp, const RegionPath &path)
{
    const auto seq = nextSequence();
    if (!seq)
        return seq.error();
    QStringList placeholders;
    for (qsizetype i = 0; i < table.fields.size(); ++i)
        placeholders.append(QStringLiteral(":f%1").arg(i));
    const QString sql =
        QStringLiteral("INSERT INTO %1 (id, %2, created_at, updated_at, updated_by_device, updated_by, deleted, "
                       "server_version, field_versions, received_at, %3) VALUES (:id, %4, :created_at, :updated_at, "
                       ":device, :account, 0, :seq, :versions, :received_at, :scope_county, :scope_township, "
                       ":scope_village, :scope_grid)")
            .arg(table.name, table.fields.join(QStringLiteral(", ")), kColumnsOfPath, placeholders.join(QStringLiteral(", ")));
    QSqlQuery &query = m_database.cached(sql);
    QHash<QString, qint64> versions;
    for (qsizetype i = 0; i < table.fields.size(); ++i) {
        const QString &field = table.fields.at(i);
        query.bindValue(placeholders.at(i), nullable(table, field, values.value(field)));
        versions.insert(field, *seq);
    }
    const QString now = ServerDatabase::now();
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":created_at"), stamp.changedAt.isEmpty() ? now : stamp.changedAt);
    query.bindValue(QStringLiteral(":updated_at"), stamp.changedAt.isEmpty() ? now : stamp.changedAt);
    query.bindValue(QStringLiteral(":device"), stamp.device);
    query.bindValue(QStringLiteral(":account"), stamp.account.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : stamp.account);
    query.bindValue(QStringLiteral(":seq"), *seq);
    query.bindValue(QStringLiteral(":versions"), versionsJson(versions));
    query.bindValue(QStringLiteral(":received_at"), now);
    bindPath(query, path);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (Status status = afterChange(table, id, values, stamp); !status)
        return status.error();
    return *seq;
}

Status ChangeWriter::insertMany(const SyncedTable &table, const QList<NewRow> &rows)
{
    if (rows.isEmpty())
        return {};
    const auto last = m_database.reserveSequences(rows.size());
    if (!last)
        return last.error();
    m_rowsWritten += rows.size();
    const QStringList columns =
        QStringList{QStringLiteral("id")} + table.fields +
        QStringList{
            QStringLiteral("created_at"),     QStringLiteral("updated_at"),  QStringLiteral("updated_by_device"),
            QStringLiteral("updated_by"),     QStringLiteral("deleted"),     QStringLiteral("server_version"),
            QStringLiteral("field_versions"), QStringLiteral("received_at"), kColumnsOfPath};
    QStringList marks;
    marks.fill(QStringLiteral("?"), table.fields.size() + 13); // id, the fields, 8 sync columns, 4 of the path
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList tuples;
    tuples.fill(tuple, rows.size());
    // Names come from SyncedTable; every value is bound.
    QSqlQuery &query =
        m_database.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                              .arg(table.name, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))));
    const QString now = ServerDatabase::now();
    const auto orNull = [](const QString &id) {
        return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
    };
    int i = 0;
    qint64 seq = *last - rows.size();
    for (const NewRow &row : rows) {
        ++seq;
        QHash<QString, qint64> versions;
        query.bindValue(i++, row.id);
        for (const QString &field : table.fields) {
            query.bindValue(i++, nullable(table, field, row.values.value(field)));
            versions.insert(field, seq);
        }
        const QString changedAt = row.stamp.changedAt.isEmpty() ? now : row.stamp.changedAt;
        for (const QVariant &value :
             {QVariant(changedAt), QVariant(changedAt), QVariant(row.stamp.device), orNull(row.stamp.account),
              QVariant(0), QVariant(seq), QVariant(versionsJson(versions)), QVariant(now), orNull(row.path.county),
              orNull(row.path.township), orNull(row.path.village), orNull(row.path.grid)})
            query.bindValue(i++, value);
    }
    return m_database.exec(query);
}

Result<qint64> ChangeWriter::update(const SyncedTable &table, const StoredRow &row, const QString &id,
                                    const QVariantMap &changed, const ChangeStamp &stamp, const RegionPath &path,
                                    bool deleted)
{
    const auto seq = nextSequence();
    if (!seq)
        return seq.error();
    QHash<QString, qint64> versions = row.fieldVersions;
    QStringList assignments;
    QStringList fields;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (!table.fields.contains(it.key()))
            continue;
        assignments.append(it.key() + QStringLiteral(" = :f") + QString::number(fields.size()));
        fields.append(it.key());
        versions.insert(it.key(), *seq);
    }
    if (deleted)
        versions.insert(QStringLiteral("deleted"), *seq);
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2updated_at = :updated_at, updated_by_device = :device, updated_by = :account, "
                       "deleted = :deleted, server_version = :seq, field_versions = :versions, received_at = :received_at, "
                       "scope_county = :scope_county, scope_township = :scope_township, scope_village = :scope_village, "
                       "scope_grid = :scope_grid WHERE id = :id")
            .arg(table.name, assignments.isEmpty() ? QString() : assignments.join(QStringLiteral(", ")) + QStringLiteral(", "));
    QSqlQuery &query = m_database.cached(sql);
    for (qsizetype i = 0; i < fields.size(); ++i)
        query.bindValue(QStringLiteral(":f") + QString::number(i), nullable(table, fields.at(i), changed.value(fields.at(i))));
    const QString now = ServerDatabase::now();
    query.bindValue(QStringLiteral(":updated_at"), stamp.changedAt.isEmpty() ? now : stamp.changedAt);
    query.bindValue(QStringLiteral(":device"), stamp.device);
    query.bindValue(QStringLiteral(":account"), stamp.account.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : stamp.account);
    query.bindValue(QStringLiteral(":deleted"), deleted || row.deleted ? 1 : 0);
    query.bindValue(QStringLiteral(":seq"), *seq);
    query.bindValue(QStringLiteral(":versions"), versionsJson(versions));
    query.bindValue(QStringLiteral(":received_at"), now);
    query.bindValue(QStringLiteral(":id"), id);
    bindPath(query, path);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    if (row.path != path) {
        if (Status status = recordDeparture(table.name, id, *seq, row.path); !status)
            return status.error();
        if (Status status = moveConflicts(table.name, id, path); !status)
            return status.error();
    }
    QVariantMap merged = row.values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (row.path != path || table.name == QLatin1String("member_regions")) {
        if (Status status = afterChange(table, id, merged, stamp); !status)
            return status.error();
    }
    return *seq;
}

Status ChangeWriter::afterChange(const SyncedTable &table, const QString &id, const QVariantMap &values,
                                 const ChangeStamp &stamp)
{
    if (table.name == QLatin1String("member_regions"))
        return refreshMember(values.value(QStringLiteral("member_id")).toString(), stamp);
    bool parent = false;
    for (const ChildTable &child : kChildTables)
        parent |= table.name == QLatin1String(child.tableOfParent);
    if (!parent)
        return {};
    const auto path = pathFor(table, id, values);
    if (!path)
        return path.error();
    return moveChildren(table.name, id, *path);
}

// A row that moves takes the rows that lie where it does along (a household its people and visits, a visit
// its photos and problems, a case its parties and steps): they get a new version, so that devices of the
// new region pull them, and the row's path; and so on down to the rows of those rows.
Status ChangeWriter::moveChildren(const QString &table, const QString &id, const RegionPath &path)
{
    for (const ChildTable &child : kChildTables) {
        if (table != QLatin1String(child.tableOfParent))
            continue;
        const QString tableOfChild = QLatin1String(child.table);
        QSqlQuery &rows =
            m_database.cached(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = :id")
                                  .arg(kColumnsOfPath, tableOfChild, QLatin1String(child.columnOfParent)));
        rows.bindValue(QStringLiteral(":id"), id);
        if (Status status = m_database.exec(rows); !status)
            return status;
        QList<QPair<QString, RegionPath>> ids;
        while (rows.next())
            ids.append({rows.value(0).toString(), RegionPath::fromQuery(rows, 1)});
        rows.finish();
        for (const auto &[childId, oldPath] : ids) {
            const auto seq = nextSequence();
            if (!seq)
                return seq.error();
            if (oldPath != path) {
                if (Status status = recordDeparture(tableOfChild, childId, *seq, oldPath); !status)
                    return status;
                if (Status status = moveConflicts(tableOfChild, childId, path); !status)
                    return status;
            }
            QSqlQuery &move = m_database.cached(
                QStringLiteral("UPDATE %1 SET server_version = :seq, scope_county = :scope_county, scope_township = "
                               ":scope_township, "
                               "scope_village = :scope_village, scope_grid = :scope_grid WHERE id = :id")
                    .arg(tableOfChild));
            move.bindValue(QStringLiteral(":seq"), *seq);
            move.bindValue(QStringLiteral(":id"), childId);
            bindPath(move, path);
            if (Status status = m_database.exec(move); !status)
                return status;
            if (Status status = moveChildren(tableOfChild, childId, path); !status)
                return status;
        }
    }
    return {};
}

Result<qint64> ChangeWriter::nextSequence()
{
    ++m_rowsWritten;
    return m_database.nextSequence();
}

Result<int> ChangeWriter::rowsMovingWith(const SyncedTable &table, const QString &id)
{
    int count = 0;
    for (const ChildTable &child : kChildTables) {
        if (table.name != QLatin1String(child.tableOfParent))
            continue;
        QSqlQuery &query = m_database.cached(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :id")
                                                 .arg(QLatin1String(child.table), QLatin1String(child.columnOfParent)));
        query.bindValue(QStringLiteral(":id"), id);
        if (Status status = m_database.exec(query); !status)
            return status.error();
        count += query.next() ? query.value(0).toInt() : 0;
        query.finish();
    }
    return count;
}

// The conflict records of a row hold its values: they go where the row goes, and leave where it was.
Status ChangeWriter::moveConflicts(const QString &table, const QString &id, const RegionPath &path)
{
    if (table == QLatin1String("conflicts"))
        return {};
    QSqlQuery &rows = m_database.cached(QStringLiteral("SELECT id, %1 FROM conflicts WHERE table_name = :table AND row_id = :id")
                                            .arg(kColumnsOfPath));
    rows.bindValue(QStringLiteral(":table"), table);
    rows.bindValue(QStringLiteral(":id"), id);
    if (Status status = m_database.exec(rows); !status)
        return status;
    QList<QPair<QString, RegionPath>> records;
    while (rows.next())
        records.append({rows.value(0).toString(), RegionPath::fromQuery(rows, 1)});
    rows.finish();
    for (const auto &[recordId, oldPath] : records) {
        if (oldPath == path)
            continue;
        const auto seq = nextSequence();
        if (!seq)
            return seq.error();
        if (Status status = recordDeparture(QStringLiteral("conflicts"), recordId, *seq, oldPath); !status)
            return status;
        QSqlQuery &move = m_database.cached(QStringLiteral(
            "UPDATE conflicts SET server_version = :seq, scope_county = :scope_county, scope_township = :scope_township, "
            "scope_village = :scope_village, scope_grid = :scope_grid WHERE id = :id"));
        move.bindValue(QStringLiteral(":seq"), *seq);
        move.bindValue(QStringLiteral(":id"), recordId);
        bindPath(move, path);
        if (Status status = m_database.exec(move); !status)
            return status;
    }
    return {};
}

Status ChangeWriter::recordDeparture(const QString &table, const QString &id, qint64 seq, const RegionPath &from)
{
    ++m_rowsWritten;
    QSqlQuery &query = m_database.cached(QStringLiteral(
        "INSERT INTO departures (seq, table_name, row_id, scope_county, scope_township, scope_village, scope_grid) "
        "VALUES (:seq, :table_name, :row_id, :scope_county, :scope_township, :scope_village, :scope_grid)"));
    query.bindValue(QStringLiteral(":seq"), seq);
    query.bindValue(QStringLiteral(":table_name"), table);
    query.bindValue(QStringLiteral(":row_id"), id);
    bindPath(query, from);
    return m_database.exec(query);
}

Status ChangeWriter::refreshMember(const QString &memberId, const ChangeStamp &stamp)
{
    const auto member = read(tables::members(), memberId);
    if (!member)
        return member.error();
    if (!member->has_value())
        return {};
    const auto path = pathFor(tables::members(), memberId, (*member)->values, (*member)->path);
    if (!path)
        return path.error();
    if (*path == (*member)->path)
        return {};
    return toStatus(update(tables::members(), **member, memberId, {}, {stamp.account, stamp.device, (*member)->updatedAt},
                           *path));
}

} // namespace lianxin::server
