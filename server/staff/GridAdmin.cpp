#include "server/staff/GridAdmin.h"

#include "server/staff/AdminScope.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lianxin::server {

namespace {

bool isGrid(const RegionRow &region)
{
    return region.kind == QLatin1String("grid");
}

std::optional<AdminAnswer> checkName(const QString &name)
{
    if (name.isEmpty() || name.size() > GridAdmin::kMaxNameLength)
        return AdminAnswer::invalid(QStringLiteral("name"),
                                    QStringLiteral("Must have 1 to %1 characters.").arg(GridAdmin::kMaxNameLength));
    return std::nullopt;
}

Result<bool> codeTaken(ServerDatabase &database, const QString &code)
{
    QSqlQuery &query = database.cached(QStringLiteral("SELECT 1 FROM regions WHERE code = :code AND deleted = 0"));
    query.bindValue(QStringLiteral(":code"), code);
    if (Status status = database.exec(query); !status)
        return status.error();
    const bool taken = query.next();
    query.finish();
    return taken;
}

// The ids of the live rows of `table` whose `column` names `id`.
Result<QStringList> idsWhere(ServerDatabase &database, const QString &table, const QString &column, const QString &id)
{
    // Table and column names come from SyncedTable; the id is bound.
    QSqlQuery &query = database.cached(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = :id AND deleted = 0 ORDER BY id").arg(table, column));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status status = database.exec(query); !status)
        return status.error();
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    return ids;
}

// Writes `changed` into the live row `id` of `table`, at the place its values give it.
Status rewrite(AdminScope &scope, const SyncedTable &table, const QString &id, const QVariantMap &changed)
{
    const auto stored = scope.writer().read(table, id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return {};
    QVariantMap merged = (*stored)->values;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        merged.insert(it.key(), it.value());
    const auto path = scope.writer().pathFor(table, id, merged, (*stored)->path);
    if (!path)
        return path.error();
    return toStatus(scope.writer().update(table, **stored, id, changed, scope.stamp(), *path));
}

Result<AdminAnswer> gridAnswer(AdminScope &scope, int status, const QString &gridId, QJsonObject body = {})
{
    const auto grid = scope.region(gridId);
    if (!grid)
        return grid.error();
    body.insert(QStringLiteral("grid"), grid->has_value() ? (*grid)->toJson() : QJsonObject());
    return AdminAnswer::answer(status, body);
}

} // namespace

Result<std::optional<AdminAnswer>> GridAdmin::makeGrid(AdminScope &scope, const RegionRow &village, const QString &name,
                                                       const QString &code, RegionRow *grid)
{
    using Refusal = std::optional<AdminAnswer>;
    QSqlQuery &children =
        m_database.cached(QStringLiteral("SELECT code, sort_order, deleted FROM regions WHERE parent_id = :parent"));
    children.bindValue(QStringLiteral(":parent"), village.id);
    if (Status status = m_database.exec(children); !status)
        return status.error();
    qint64 lastNumber = 0;
    qint64 lastOrder = 0;
    while (children.next()) {
        const QString childCode = children.value(0).toString();
        bool numeric = false;
        const qint64 number =
            childCode.startsWith(village.code) ? childCode.mid(village.code.size()).toLongLong(&numeric) : 0;
        if (numeric)
            lastNumber = qMax(lastNumber, number);
        if (children.value(2).toLongLong() == 0)
            lastOrder = qMax(lastOrder, children.value(1).toLongLong());
    }
    children.finish();
    QString chosen = code;
    if (chosen.isEmpty()) {
        // The statistical form: the village's code and a number of two digits, after every grid it has had.
        for (qint64 number = lastNumber + 1;; ++number) {
            chosen = village.code + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
            const auto taken = codeTaken(m_database, chosen);
            if (!taken)
                return taken.error();
            if (!*taken)
                break;
        }
    } else {
        static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z]{1,32}$"));
        if (!pattern.match(chosen).hasMatch())
            return Refusal(
                AdminAnswer::invalid(QStringLiteral("code"), QStringLiteral("Must be 1 to 32 letters or digits.")));
        const auto taken = codeTaken(m_database, chosen);
        if (!taken)
            return taken.error();
        if (*taken)
            return Refusal(AdminAnswer::refusal(409, QStringLiteral("code_taken"),
                                                QStringLiteral("Another region has this code."),
                                                QStringLiteral("code")));
    }
    const QString id = ServerDatabase::newId();
    const QVariantMap values{{QStringLiteral("parent_id"), village.id},
                             {QStringLiteral("code"), chosen},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("kind"), QStringLiteral("grid")},
                             {QStringLiteral("sort_order"), lastOrder + 1}};
    const auto path = scope.writer().pathFor(tables::regions(), id, values);
    if (!path)
        return path.error();
    const auto seq = scope.writer().insert(tables::regions(), id, values, scope.stamp(), *path);
    if (!seq)
        return seq.error();
    *grid = RegionRow{id, village.id, chosen, name, QStringLiteral("grid"), lastOrder + 1, *seq, *path};
    return Refusal();
}

Status GridAdmin::moveHousehold(AdminScope &scope, const QString &householdId, const RegionRow &grid)
{
    return rewrite(scope, tables::households(), householdId, {{QStringLiteral("grid_id"), grid.id}});
}

Result<AdminAnswer> GridAdmin::add(const QString &villageId, const QString &name, const QString &code)
{
    if (const auto refusal = checkName(name.trimmed()))
        return *refusal;
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto village = scope.region(villageId);
    if (!village)
        return village.error();
    if (!village->has_value() ||
        ((*village)->kind != QLatin1String("village") && (*village)->kind != QLatin1String("community")))
        return AdminAnswer::notFound();
    RegionRow grid;
    const auto refused = makeGrid(scope, **village, name.trimmed(), code, &grid);
    if (!refused)
        return refused.error();
    if (refused->has_value())
        return **refused;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return AdminAnswer::answer(201, {{QStringLiteral("grid"), grid.toJson()}});
}

Result<AdminAnswer> GridAdmin::rename(const QString &gridId, const QString &name)
{
    if (const auto refusal = checkName(name.trimmed()))
        return *refusal;
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto grid = scope.region(gridId);
    if (!grid)
        return grid.error();
    if (!grid->has_value() || !isGrid(**grid))
        return AdminAnswer::notFound();
    if ((*grid)->name != name.trimmed()) {
        if (Status status = rewrite(scope, tables::regions(), gridId, {{QStringLiteral("name"), name.trimmed()}});
            !status)
            return status.error();
    }
    auto answer = gridAnswer(scope, 200, gridId);
    if (!answer)
        return answer;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

Result<AdminAnswer> GridAdmin::split(const QString &gridId, const QString &name, const QString &code,
                                     const QStringList &householdIds)
{
    if (const auto refusal = checkName(name.trimmed()))
        return *refusal;
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto grid = scope.region(gridId);
    if (!grid)
        return grid.error();
    if (!grid->has_value() || !isGrid(**grid))
        return AdminAnswer::notFound();
    const auto parent = scope.region((*grid)->parentId);
    if (!parent)
        return parent.error();
    if (!parent->has_value())
        return AdminAnswer::notFound();
    // Only households of this grid move: any other id (of another grid, of another township, or none) is
    // refused alike.
    const auto ofGrid = idsWhere(m_database, QStringLiteral("households"), QStringLiteral("grid_id"), gridId);
    if (!ofGrid)
        return ofGrid.error();
    QStringList chosen;
    for (qsizetype i = 0; i < householdIds.size(); ++i) {
        if (!ofGrid->contains(householdIds.at(i)))
            return AdminAnswer::invalid(QStringLiteral("households[%1]").arg(i),
                                        QStringLiteral("Not a household of this grid."));
        if (!chosen.contains(householdIds.at(i)))
            chosen.append(householdIds.at(i));
    }
    RegionRow made;
    const auto refused = makeGrid(scope, **parent, name.trimmed(), code, &made);
    if (!refused)
        return refused.error();
    if (refused->has_value())
        return **refused;
    for (const QString &household : std::as_const(chosen)) {
        if (Status status = moveHousehold(scope, household, made); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return AdminAnswer::answer(
        201, {{QStringLiteral("grid"), made.toJson()}, {QStringLiteral("households"), chosen.size()}});
}

Result<AdminAnswer> GridAdmin::merge(const QString &gridId, const QString &intoId)
{
    ServerTransaction transaction(m_database);
    if (Status status = transaction.write(); !status)
        return status.error();
    AdminScope scope(m_database, m_caller);
    const auto grid = scope.region(gridId);
    if (!grid)
        return grid.error();
    if (!grid->has_value() || !isGrid(**grid))
        return AdminAnswer::notFound();
    const auto into = scope.region(intoId);
    if (!into)
        return into.error();
    if (!into->has_value() || !isGrid(**into) || intoId == gridId || (*into)->parentId != (*grid)->parentId)
        return AdminAnswer::invalid(QStringLiteral("into"),
                                    QStringLiteral("Must be another grid of the same village."));
    const RegionRow &target = **into;

    const auto households = idsWhere(m_database, QStringLiteral("households"), QStringLiteral("grid_id"), gridId);
    if (!households)
        return households.error();
    for (const QString &household : *households) {
        if (Status status = moveHousehold(scope, household, target); !status)
            return status.error();
    }
    // The staff who served the grid serve the one it joins (once each).
    const auto links = idsWhere(m_database, QStringLiteral("member_regions"), QStringLiteral("region_id"), gridId);
    if (!links)
        return links.error();
    const auto alreadyThere =
        idsWhere(m_database, QStringLiteral("member_regions"), QStringLiteral("region_id"), intoId);
    if (!alreadyThere)
        return alreadyThere.error();
    QStringList membersThere;
    for (const QString &linkId : *alreadyThere) {
        const auto link = scope.writer().read(tables::memberRegions(), linkId);
        if (!link)
            return link.error();
        membersThere.append((*link)->values.value(QStringLiteral("member_id")).toString());
    }
    for (const QString &linkId : *links) {
        const auto link = scope.writer().read(tables::memberRegions(), linkId);
        if (!link)
            return link.error();
        const QString member = (*link)->values.value(QStringLiteral("member_id")).toString();
        if (!membersThere.contains(member)) {
            membersThere.append(member);
            const QVariantMap moved{{QStringLiteral("member_id"), member}, {QStringLiteral("region_id"), intoId}};
            if (auto written = scope.writer().insert(tables::memberRegions(), ServerDatabase::newId(), moved,
                                                     scope.stamp(), target.path);
                !written)
                return written.error();
        }
        if (auto written =
                scope.writer().update(tables::memberRegions(), **link, linkId, {}, scope.stamp(), (*link)->path, true);
            !written)
            return written.error();
    }
    // Accounts that covered the grid cover the one it joins; their devices read their scope again.
    QSqlQuery &scoped =
        m_database.cached(QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 AND scope LIKE :grid"));
    scoped.bindValue(QStringLiteral(":grid"), QStringLiteral("%\"") + gridId + QStringLiteral("\"%"));
    if (Status status = m_database.exec(scoped); !status)
        return status.error();
    QStringList accounts;
    while (scoped.next())
        accounts.append(scoped.value(0).toString());
    scoped.finish();
    for (const QString &account : std::as_const(accounts)) {
        const auto row = scope.writer().read(tables::accounts(), account);
        if (!row)
            return row.error();
        QStringList regions;
        for (const QJsonValue &region :
             QJsonDocument::fromJson((*row)->values.value(QStringLiteral("scope")).toString().toUtf8()).array()) {
            const QString id = region.toString() == gridId ? intoId : region.toString();
            if (!regions.contains(id))
                regions.append(id);
        }
        const QString scopeJson =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(regions)).toJson(QJsonDocument::Compact));
        if (Status status = rewrite(scope, tables::accounts(), account, {{QStringLiteral("scope"), scopeJson}});
            !status)
            return status.error();
    }
    // Cases, requests and consultations placed at the grid itself.
    int records = 0;
    for (const SyncedTable *table : tables::all()) {
        if (!table->fields.contains(QStringLiteral("region_id")) || table->name == QLatin1String("member_regions"))
            continue;
        const auto ids = idsWhere(m_database, table->name, QStringLiteral("region_id"), gridId);
        if (!ids)
            return ids.error();
        for (const QString &id : *ids) {
            if (Status status = rewrite(scope, *table, id, {{QStringLiteral("region_id"), intoId}}); !status)
                return status.error();
            ++records;
        }
    }
    const auto old = scope.writer().read(tables::regions(), gridId);
    if (!old)
        return old.error();
    if (auto written = scope.writer().update(tables::regions(), **old, gridId, {}, scope.stamp(), (*old)->path, true);
        !written)
        return written.error();
    auto answer = gridAnswer(scope, 200, intoId,
                             {{QStringLiteral("households"), households->size()},
                              {QStringLiteral("assignments"), links->size()},
                              {QStringLiteral("accounts"), accounts.size()},
                              {QStringLiteral("records"), records}});
    if (!answer)
        return answer;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return answer;
}

} // namespace lianxin::server
