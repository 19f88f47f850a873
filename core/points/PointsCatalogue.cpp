#include "core/points/PointsCatalogue.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QFile>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PointsCatalogue)
};

constexpr int kMaxPoints = 1000;

const QString kColumns = QStringLiteral("id, village_id, indicator_key, version, category, code, name, description, "
                                        "min_points, max_points, evidence_required, cap_per_period, retired");

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toString();
    i.villageId = q.value(1).toString();
    i.key = q.value(2).toString();
    i.version = q.value(3).toInt();
    i.category = q.value(4).toString();
    i.code = q.value(5).toString();
    i.name = q.value(6).toString();
    i.description = q.value(7).toString();
    i.minPoints = q.value(8).toInt();
    i.maxPoints = q.value(9).toInt();
    i.evidenceRequired = q.value(10).toInt() != 0;
    if (!q.value(11).isNull())
        i.capPerPeriod = q.value(11).toInt();
    i.retired = q.value(12).toInt() != 0;
    return i;
}
} // namespace

PointsCatalogue::PointsCatalogue(Database &database) : m_database(database) {}

QList<Error> PointsCatalogue::validate(Indicator &i) const
{
    QList<Error> errors;
    i.category = i.category.trimmed();
    i.code = i.code.trimmed();
    i.name = i.name.trimmed();
    i.description = i.description.trimmed();
    for (const Status &status : {checkRequiredText(QStringLiteral("category"), Tr::tr("Category"), i.category, 20),
                                 checkRequiredText(QStringLiteral("code"), Tr::tr("Code"), i.code, 20),
                                 checkRequiredText(QStringLiteral("name"), Tr::tr("Name"), i.name, 50),
                                 checkTextLength(QStringLiteral("description"), Tr::tr("Description"), i.description, 500)}) {
        if (!status)
            errors.append(status.error());
    }
    if (i.minPoints > i.maxPoints)
        errors.append({QStringLiteral("min_points"), Tr::tr("The lowest points cannot be above the highest.")});
    else if (i.minPoints == 0 || i.maxPoints == 0 || (i.minPoints < 0) != (i.maxPoints < 0))
        errors.append({QStringLiteral("min_points"), Tr::tr("An indicator either awards points (both above 0) or deducts them (both below 0).")});
    for (const auto &[field, points] :
         {std::pair{QStringLiteral("min_points"), i.minPoints}, std::pair{QStringLiteral("max_points"), i.maxPoints}}) {
        if (qAbs(points) > kMaxPoints)
            errors.append({field, Tr::tr("Points must lie between -%1 and %1.").arg(kMaxPoints)});
    }
    if (i.capPerPeriod && (*i.capPerPeriod < qAbs(i.maxPoints < 0 ? i.maxPoints : i.minPoints) || *i.capPerPeriod > kMaxPoints))
        errors.append({QStringLiteral("cap_per_period"), Tr::tr("The cap must allow at least one award and be at most 1000.")});
    QSqlQuery village = m_database.prepare(QStringLiteral("SELECT 1 FROM regions WHERE id = ? AND deleted = 0"));
    village.addBindValue(i.villageId);
    if (!m_database.exec(village) || !village.next())
        errors.append({QStringLiteral("village_id"), Tr::tr("Choose the village whose catalogue this is.")});
    return errors;
}

Result<QString> PointsCatalogue::write(const Indicator &i)
{
    return RecordWriter(m_database).insert(
        tables::pointsIndicators(),
        {{QStringLiteral("village_id"), i.villageId},     {QStringLiteral("indicator_key"), i.key},
         {QStringLiteral("version"), i.version},          {QStringLiteral("category"), i.category},
         {QStringLiteral("code"), i.code},                {QStringLiteral("name"), i.name},
         {QStringLiteral("description"), i.description},  {QStringLiteral("min_points"), i.minPoints},
         {QStringLiteral("max_points"), i.maxPoints},     {QStringLiteral("evidence_required"), i.evidenceRequired ? 1 : 0},
         {QStringLiteral("cap_per_period"), i.capPerPeriod ? QVariant(*i.capPerPeriod) : QVariant()},
         {QStringLiteral("retired"), i.retired ? 1 : 0}});
}

Result<QString> PointsCatalogue::add(Indicator indicator)
{
    if (const QList<Error> errors = validate(indicator); !errors.isEmpty())
        return errors.first();
    for (const Indicator &existing : current(indicator.villageId)) {
        if (existing.code == indicator.code)
            return Error{QStringLiteral("code"), Tr::tr("The catalogue already has an indicator %1.").arg(indicator.code)};
    }
    indicator.key = m_database.newId();
    indicator.version = 1;
    indicator.retired = false;
    return write(indicator);
}

Result<QString> PointsCatalogue::revise(const QString &key, Indicator values)
{
    const auto previous = latestVersion(key);
    if (!previous)
        return Error{QStringLiteral("indicator_key"), Tr::tr("No such indicator.")};
    values.villageId = previous->villageId;
    if (const QList<Error> errors = validate(values); !errors.isEmpty())
        return errors.first();
    values.key = key;
    values.version = previous->version + 1;
    return write(values);
}

Result<QString> PointsCatalogue::retire(const QString &key)
{
    auto latest = latestVersion(key);
    if (!latest)
        return Error{QStringLiteral("indicator_key"), Tr::tr("No such indicator.")};
    Indicator retired = *latest;
    retired.version += 1;
    retired.retired = true;
    return write(retired);
}

std::optional<Indicator> PointsCatalogue::latestVersion(const QString &key) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM points_indicators WHERE indicator_key = ? AND deleted = 0 "
                       "ORDER BY version DESC, created_at DESC LIMIT 1")
            .arg(kColumns));
    query.addBindValue(key);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return readIndicator(query);
}

std::optional<Indicator> PointsCatalogue::get(const QString &versionId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT %1 FROM points_indicators WHERE id = ?").arg(kColumns));
    query.addBindValue(versionId);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return readIndicator(query);
}

QList<Indicator> PointsCatalogue::current(const QString &villageId) const
{
    // The latest version of each key (two devices revising at once: the later-made version wins).
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1 FROM points_indicators i WHERE village_id = :village AND deleted = 0 AND retired = 0 "
                       "AND NOT EXISTS (SELECT 1 FROM points_indicators n WHERE n.indicator_key = i.indicator_key "
                       "AND n.deleted = 0 AND (n.version > i.version OR (n.version = i.version AND n.created_at > i.created_at))) "
                       "ORDER BY category, code")
            .arg(kColumns));
    query.bindValue(QStringLiteral(":village"), villageId);
    QList<Indicator> list;
    if (!m_database.exec(query))
        return list;
    while (query.next())
        list.append(readIndicator(query));
    return list;
}

Result<int> PointsCatalogue::installDefault(const QString &villageId)
{
    if (!current(villageId).isEmpty())
        return 0;
    QFile file(QStringLiteral(":/lianxin/seed/points-catalogue.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{{}, Tr::tr("The default catalogue is missing from this build.")};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    int made = 0;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QStringList cells = lines.at(n).trimmed().split(QLatin1Char(','));
        if (cells.size() != 8)
            return Error{{}, Tr::tr("Line %1 of the default catalogue has %2 fields, not 8.").arg(n + 1).arg(cells.size())};
        Indicator i;
        i.villageId = villageId;
        i.category = cells.at(0);
        i.code = cells.at(1);
        i.name = cells.at(2);
        i.description = cells.at(3);
        i.minPoints = cells.at(4).toInt();
        i.maxPoints = cells.at(5).toInt();
        i.evidenceRequired = cells.at(6) == QLatin1String("1");
        if (!cells.at(7).isEmpty())
            i.capPerPeriod = cells.at(7).toInt();
        if (const auto id = add(i); !id)
            return Error{id.error().field, Tr::tr("Line %1 of the default catalogue: %2").arg(n + 1).arg(id.error().message)};
        ++made;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return made;
}

Result<int> PointsCatalogue::copyFrom(const QString &templateRegionId, const QString &villageId)
{
    if (!current(villageId).isEmpty())
        return Error{QStringLiteral("village_id"), Tr::tr("The village already has a catalogue.")};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    int made = 0;
    for (Indicator i : current(templateRegionId)) {
        i.villageId = villageId;
        if (const auto id = add(i); !id)
            return id.error();
        ++made;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return made;
}

} // namespace lianxin
