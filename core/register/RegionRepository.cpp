#include "core/register/RegionRepository.h"

#include "core/storage/Database.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegionRepository)
};

const QString kColumns = QStringLiteral("id, parent_id, code, name, kind, sort_order");

Region regionFrom(const QSqlQuery &query)
{
    Region region;
    region.id = query.value(0).toString();
    region.parentId = query.value(1).toString();
    region.code = query.value(2).toString();
    region.name = query.value(3).toString();
    regionKindFromCode(query.value(4).toString(), &region.kind);
    region.sortOrder = query.value(5).toInt();
    return region;
}

QList<Region> regionsFrom(QSqlQuery &query)
{
    QList<Region> regions;
    while (query.next())
        regions.append(regionFrom(query));
    return regions;
}
} // namespace

RegionRepository::RegionRepository(Database &database) : m_database(database), m_writer(database) {}

Status RegionRepository::validate(const Region &region) const
{
    if (Status status = checkRequiredText(QStringLiteral("name"), Tr::tr("Name"), region.name, 100); !status)
        return status;
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    if (!codePattern.match(region.code.trimmed()).hasMatch())
        return Error{QStringLiteral("code"),
                     Tr::tr("The code must be 1 to 32 letters, digits or dashes, such as 340828100.")};

    // Checked here rather than by a unique index: a device must be able to apply the server's regions
    // whatever it holds (migration 0004).
    if (const auto existing = findByCode(region.code.trimmed()); existing && existing->id != region.id)
        return Error{QStringLiteral("code"), Tr::tr("This code is already used by another region.")};

    const RegionLevel level = levelOf(region.kind);
    if (level == RegionLevel::County) {
        if (!region.parentId.isEmpty())
            return Error{QStringLiteral("parent_id"), Tr::tr("A county is at the top of the tree and has no parent.")};
        return {};
    }
    const auto parent = region.parentId.isEmpty() ? std::nullopt : get(region.parentId);
    if (!parent)
        return Error{QStringLiteral("parent_id"), Tr::tr("Choose the region this %1 belongs to.")
                                                      .arg(regionKindLabel(region.kind))};
    if (int(levelOf(parent->kind)) != int(level) - 1)
        return Error{QStringLiteral("parent_id"), Tr::tr("A %1 cannot be placed under a %2.")
                                                      .arg(regionKindLabel(region.kind), regionKindLabel(parent->kind))};
    if (parent->id == region.id)
        return Error{QStringLiteral("parent_id"), Tr::tr("A region cannot be its own parent.")};
    return {};
}

QVariantMap RegionRepository::fieldsOf(const Region &region) const
{
    return {{QStringLiteral("parent_id"), region.parentId},
            {QStringLiteral("code"), region.code},
            {QStringLiteral("name"), region.name},
            {QStringLiteral("kind"), regionKindCode(region.kind)},
            {QStringLiteral("sort_order"), region.sortOrder}};
}

Result<QString> RegionRepository::create(const Region &region)
{
    if (Status status = validate(region); !status)
        return status.error();
    return m_writer.insert(tables::regions(), fieldsOf(region), region.id);
}

Status RegionRepository::update(const Region &region)
{
    if (Status status = validate(region); !status)
        return status;
    return toStatus(m_writer.update(tables::regions(), region.id, fieldsOf(region)));
}

Status RegionRepository::remove(const QString &id)
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM regions WHERE parent_id = :id AND deleted = 0),"
        "       (SELECT count(*) FROM households WHERE grid_id = :id AND deleted = 0),"
        "       (SELECT count(*) FROM member_regions WHERE region_id = :id AND deleted = 0)"));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status status = m_database.exec(query); !status)
        return status;
    query.next();
    if (const int children = query.value(0).toInt(); children > 0)
        return Error{{}, Tr::tr("The region still contains %n region(s); move or remove them first.", nullptr, children)};
    if (const int households = query.value(1).toInt(); households > 0)
        return Error{{}, Tr::tr("The region still holds %n household(s); move or remove them first.", nullptr,
                                households)};
    if (const int members = query.value(2).toInt(); members > 0)
        return Error{{}, Tr::tr("%n grid member(s) still serve this region; reassign them first.", nullptr, members)};
    return m_writer.tombstone(tables::regions(), id);
}

std::optional<Region> RegionRepository::get(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT %1 FROM regions WHERE id = ? AND deleted = 0").arg(kColumns));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return regionFrom(query);
}

std::optional<Region> RegionRepository::villageOfHousehold(const QString &householdId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT v.id, v.parent_id, v.code, v.name, v.kind, v.sort_order FROM households h JOIN regions g ON g.id = h.grid_id "
        "JOIN regions v ON v.id = g.parent_id WHERE h.id = ? AND h.deleted = 0"));
    query.addBindValue(householdId);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return regionFrom(query);
}

std::optional<Region> RegionRepository::findByCode(const QString &code) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1 FROM regions WHERE code = ? AND deleted = 0").arg(kColumns));
    query.addBindValue(code);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return regionFrom(query);
}

QList<Region> RegionRepository::children(const QString &parentId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM regions WHERE parent_id IS ? AND deleted = 0 ORDER BY sort_order, code")
            .arg(kColumns));
    query.addBindValue(RecordWriter::storedValue(parentId));
    if (!m_database.exec(query))
        return {};
    return regionsFrom(query);
}

QList<Region> RegionRepository::listByLevel(RegionLevel level) const
{
    QStringList kinds;
    for (RegionKind kind : {RegionKind::County, RegionKind::Town, RegionKind::Township, RegionKind::Subdistrict,
                            RegionKind::Village, RegionKind::Community, RegionKind::Grid}) {
        if (levelOf(kind) == level)
            kinds.append(regionKindCode(kind));
    }
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM regions WHERE deleted = 0 AND kind IN (SELECT value FROM json_each(?)) "
                       "ORDER BY sort_order, code")
            .arg(kColumns));
    query.addBindValue(RecordWriter::storedValue(kinds));
    if (!m_database.exec(query))
        return {};
    return regionsFrom(query);
}

QList<Region> RegionRepository::gridsWithin(const Scope &scope) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT g.id, g.parent_id, g.code, v.name || ' ' || g.name, g.kind, g.sort_order FROM regions g "
        "JOIN regions v ON v.id = g.parent_id WHERE g.kind = 'grid' AND g.deleted = 0 AND %1 "
        "ORDER BY v.sort_order, v.code, g.sort_order, g.code").arg(regionInScope(QStringLiteral("g.id"))));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    if (!m_database.exec(query))
        return {};
    return regionsFrom(query);
}

QList<Region> RegionRepository::villagesWithin(const Scope &scope) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT v.id, v.parent_id, v.code, v.name, v.kind, v.sort_order FROM regions v WHERE v.kind IN ('village', 'community') "
        "AND v.deleted = 0 AND (%1 OR EXISTS (SELECT 1 FROM regions g WHERE g.parent_id = v.id "
        " AND g.deleted = 0 AND g.id IN (SELECT value FROM json_each(:scope)))) ORDER BY v.sort_order, v.code")
        .arg(regionInScope(QStringLiteral("v.id"))));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    if (!m_database.exec(query))
        return {};
    return regionsFrom(query);
}

QList<Region> RegionRepository::townshipsWithin(const Scope &scope) const
{
    // regionInScope() adds the scope's condition with its :scope placeholder; the scope is bound below.
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT t.id, t.parent_id, t.code, t.name, t.kind, t.sort_order FROM regions t WHERE t.kind IN ('town', "
            "'township', 'subdistrict') AND t.deleted = 0 AND %1 ORDER BY t.code")
            .arg(regionInScope(QStringLiteral("t.id"))));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    if (!m_database.exec(query))
        return {};
    return regionsFrom(query);
}

std::optional<Region> RegionRepository::countyOf(const QString &regionId) const
{
    // A region is its own ancestor in region_ancestors: a county finds itself.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT r.id, r.parent_id, r.code, r.name, r.kind, r.sort_order FROM region_ancestors a "
                       "JOIN regions r ON r.id = a.ancestor_id WHERE a.region_id = ? AND r.kind = 'county'"));
    query.addBindValue(regionId);
    if (!m_database.exec(query))
        return std::nullopt;
    const QList<Region> found = regionsFrom(query);
    return found.isEmpty() ? std::nullopt : std::optional<Region>(found.first());
}

} // namespace lianxin
