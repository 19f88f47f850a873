#include "core/demo/DemoGenerator.h"

#include "core/common/ChinaTime.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoRandom.h"
#include "core/register/RegionImporter.h"
#include "core/register/RegionRepository.h"
#include "core/search/SearchIndex.h"
#include "core/storage/BulkLoad.h"
#include "core/storage/Database.h"
#include "core/storage/NativeStatement.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"
#include "core/validation/IdNumber.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr int kHouseholdsPerVillage = 400;
constexpr int kHouseholdsPerGrid = 100;
constexpr int kProgressEvery = 250;

struct Grid
{
    QString id;
    QString address; // township + village, the start of every address in the grid
};

// The state of one run: the random source, the writer and what has been made so far.
class TownshipBuilder
{
public:
    TownshipBuilder(Database &database, quint64 seed, QDate today)
        : m_database(database), m_writer(database, RecordWriter::Atomicity::CallerTransaction), m_random(seed),
          m_today(today)
    {
    }

    DemoRandom &random() { return m_random; }
    DemoSummary summary;

    Result<QString> region(const QString &parentId, const QString &code, const QString &name, const QString &kind,
                           int order)
    {
        return m_writer.insert(tables::regions(), {{QStringLiteral("parent_id"), parentId},
                                                   {QStringLiteral("code"), code},
                                                   {QStringLiteral("name"), name},
                                                   {QStringLiteral("kind"), kind},
                                                   {QStringLiteral("sort_order"), order}});
    }

    Status member(const QStringList &roles, const QString &regionId)
    {
        const bool male = m_random.percent(60);
        auto id = m_writer.insert(tables::members(),
                                  {{QStringLiteral("name"), personName(m_random.pick(demo::surnames()), male)},
                                   {QStringLiteral("phone"), mobile()},
                                   {QStringLiteral("roles"), roles}});
        if (!id)
            return id.error();
        auto link = m_writer.insert(tables::memberRegions(),
                                    {{QStringLiteral("member_id"), *id}, {QStringLiteral("region_id"), regionId}});
        if (!link)
            return link.error();
        ++summary.members;
        return {};
    }

    Status household(const Grid &grid, int group, int houseNumber);

private:
    struct Resident
    {
        QString name;
        bool male = true;
        int age = 0;
        QString relation;
        QString residence = QStringLiteral("registered");
        QString occupation;
        QStringList tags;
    };

    QString personName(const QString &surname, bool male)
    {
        const auto &chars = male ? demo::maleGivenChars() : demo::femaleGivenChars();
        QString name = surname + m_random.pick(chars);
        if (m_random.percent(70))
            name += m_random.pick(chars);
        return name;
    }

    QString mobile()
    {
        return m_random.pick(demo::mobilePrefixes()) + QStringLiteral("%1").arg(m_random.below(100000000), 8, 10, QLatin1Char('0'));
    }

    // A valid 340828 ID number for someone of this age and sex, unique within the run.
    QString idNumber(const QDate &birth, bool male)
    {
        for (;;) {
            int sequence = m_random.between(0, 499) * 2 + (male ? 1 : 0);
            if (sequence == 0)
                sequence = 2;
            const QString first17 = QStringLiteral("340828") + birth.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
            const QString number = first17 + idNumberCheckChar(first17);
            if (!m_idNumbers.contains(number)) {
                m_idNumbers.insert(number);
                return number;
            }
        }
    }

    QDate birthDateFor(int age)
    {
        return m_today.addYears(-age).addDays(-m_random.between(1, 364));
    }

    Result<QString> person(const QString &householdId, const Resident &resident);

    Database &m_database;
    RecordWriter m_writer;
    DemoRandom m_random;
    QDate m_today;
    QSet<QString> m_idNumbers;
};

Result<QString> TownshipBuilder::person(const QString &householdId, const Resident &resident)
{
    const QDate birth = birthDateFor(resident.age);
    QString ethnicity = QStringLiteral("汉族");
    if (m_random.percent(1))
        ethnicity = m_random.percent(50) ? QStringLiteral("回族") : QStringLiteral("畲族");
    QVariantMap fields{{QStringLiteral("household_id"), householdId},
                       {QStringLiteral("name"), resident.name},
                       {QStringLiteral("sex"), resident.male ? QStringLiteral("M") : QStringLiteral("F")},
                       {QStringLiteral("id_number"), idNumber(birth, resident.male)},
                       {QStringLiteral("birth_date"), birth},
                       {QStringLiteral("ethnicity"), ethnicity},
                       {QStringLiteral("relation"), resident.relation},
                       {QStringLiteral("residence_status"), resident.residence},
                       {QStringLiteral("occupation"), resident.occupation},
                       {QStringLiteral("tags"), resident.tags}};
    if (resident.age >= 16 && m_random.percent(85))
        fields.insert(QStringLiteral("phone"), mobile());
    auto id = m_writer.insert(tables::persons(), fields);
    if (id)
        ++summary.persons;
    return id;
}

Status TownshipBuilder::household(const Grid &grid, int group, int houseNumber)
{
    const QString surname = m_random.pick(demo::surnames());
    QList<Resident> residents;
    auto adultJob = [&](int age) {
        if (age >= 65)
            return QStringLiteral("务农");
        return m_random.pick(demo::occupations());
    };
    auto adultTags = [&](int age, bool male) {
        QStringList tags;
        if (age >= 25 && m_random.percent(6))
            tags.append(QStringLiteral("party_member"));
        if (male && age >= 40 && m_random.percent(3))
            tags.append(QStringLiteral("veteran"));
        if (m_random.percent(2))
            tags.append(QStringLiteral("disabled"));
        if (age >= 18 && m_random.percent(1))
            tags.append(m_random.pick(QList<QString>{QStringLiteral("community_correction"), QStringLiteral("released_prisoner"),
                                                     QStringLiteral("severe_mental_illness"), QStringLiteral("drug_user")}));
        return tags;
    };

    const bool headMale = m_random.percent(85);
    const int headAge = m_random.between(28, 82);
    residents.append({personName(surname, headMale), headMale, headAge, QStringLiteral("head"), QStringLiteral("registered"),
                      adultJob(headAge), adultTags(headAge, headMale)});
    const bool married = m_random.percent(headAge < 70 ? 88 : 60);
    if (married) {
        const int age = qBound(20, headAge + m_random.between(-4, 4) + (headMale ? -2 : 2), 95);
        residents.append({personName(m_random.pick(demo::surnames()), !headMale), !headMale, age,
                          QStringLiteral("spouse"), QStringLiteral("registered"), adultJob(age), adultTags(age, !headMale)});
    }
    const QString childSurname = headMale ? surname : m_random.pick(demo::surnames());
    const int children = married ? m_random.between(headAge < 40 ? 0 : 1, 3) : m_random.between(0, 1);
    bool childrenAway = false;
    bool grandchildren = false;
    for (int i = 0; i < children; ++i) {
        const int maxAge = headAge - 22;
        if (maxAge < 0)
            break;
        const int age = m_random.between(qMax(0, maxAge - 15), maxAge);
        const bool male = m_random.percent(52);
        Resident child{personName(childSurname, male), male, age,
                       male ? QStringLiteral("son") : QStringLiteral("daughter"), QStringLiteral("registered"), {}, {}};
        if (age < 7)
            child.occupation = QStringLiteral("学龄前");
        else if (age < 19)
            child.occupation = QStringLiteral("学生");
        else if (m_random.percent(60)) {
            child.residence = QStringLiteral("away");
            child.occupation = QStringLiteral("外出务工");
            childrenAway = true;
        } else {
            child.occupation = adultJob(age);
        }
        if (age >= 18)
            child.tags = adultTags(age, male);
        // An adult son's family often lives in the parents' household.
        if (male && age >= 24 && m_random.percent(45)) {
            residents.append(child);
            const int wifeAge = qMax(20, age + m_random.between(-3, 2));
            residents.append({personName(m_random.pick(demo::surnames()), false), false, wifeAge,
                              QStringLiteral("daughter_in_law"), child.residence, child.occupation, {}});
            for (int g = m_random.between(0, 2); g > 0 && age >= 22; --g) {
                const bool grandson = m_random.percent(52);
                const int grandAge = m_random.between(0, qMin(16, age - 20));
                residents.append({personName(childSurname, grandson), grandson, grandAge,
                                  grandson ? QStringLiteral("grandson") : QStringLiteral("granddaughter"),
                                  QStringLiteral("registered"), grandAge < 7 ? QStringLiteral("学龄前") : QStringLiteral("学生"),
                                  child.residence == QLatin1String("away") ? QStringList{QStringLiteral("left_behind_child")}
                                                                           : QStringList{}});
                grandchildren = true;
            }
            continue;
        }
        residents.append(child);
    }
    if (headAge < 50 && m_random.percent(30)) {
        const bool fatherAlive = m_random.percent(60);
        const int age = qMin(95, headAge + m_random.between(22, 30));
        residents.append({personName(headMale ? surname : m_random.pick(demo::surnames()), fatherAlive), fatherAlive, age,
                          fatherAlive ? QStringLiteral("father") : QStringLiteral("mother"), QStringLiteral("registered"),
                          QStringLiteral("务农"), {}});
    }
    if (m_random.percent(3))
        residents.last().residence = QStringLiteral("migrant");

    QStringList tags;
    const bool elderly = headAge >= 65;
    if (m_random.percent(5))
        tags.append(QStringLiteral("minimum_income"));
    if (elderly && !married && children == 0 && m_random.percent(30))
        tags.append(QStringLiteral("five_guarantees"));
    if (m_random.percent(12))
        tags.append(QStringLiteral("lifted_from_poverty"));
    if (m_random.percent(2))
        tags.append(QStringLiteral("poverty_monitoring"));
    if (childrenAway && grandchildren)
        tags.append(QStringLiteral("left_behind"));
    if (elderly && residents.size() == 2 && married)
        tags.append(QStringLiteral("empty_nest"));
    if (elderly && residents.size() == 1)
        tags.append(QStringLiteral("elderly_alone"));

    const QString address = grid.address + QStringLiteral("%1组").arg(group);
    auto householdId = m_writer.insert(tables::households(),
                                       {{QStringLiteral("grid_id"), grid.id},
                                        {QStringLiteral("address"), address},
                                        {QStringLiteral("house_number"), QStringLiteral("%1号").arg(houseNumber)},
                                        {QStringLiteral("tags"), tags}});
    if (!householdId)
        return householdId.error();
    QString headId;
    for (const Resident &resident : std::as_const(residents)) {
        auto id = person(*householdId, resident);
        if (!id)
            return id.error();
        if (headId.isEmpty())
            headId = *id;
    }
    // The row was just written by this device: setting the head is part of the same new record.
    NativeStatement &head = m_database.native(QStringLiteral("UPDATE households SET head_person_id = ? WHERE id = ?"));
    head.bind(1, QStringView(headId));
    head.bind(2, QStringView(*householdId));
    if (Status status = head.run(); !status)
        return status;
    ++summary.households;
    return {};
}

// The villages, grids, members and `households` households of one township; `done` counts households
// over the whole run for the progress callback.
Status fillTownship(TownshipBuilder &builder, const Region &township, int households, int &done, int total,
                    const DemoGenerator::Progress &progress)
{
    if (Status status = builder.member({QStringLiteral("township_admin"), QStringLiteral("mediator")}, township.id);
        !status)
        return status;
    const int villages = (households + kHouseholdsPerVillage - 1) / kHouseholdsPerVillage;
    QList<QString> names = demo::villageNames();
    int filled = 0;
    for (int v = 0; v < villages; ++v) {
        const bool community = v % 8 == 7;
        const QString base = names.takeAt(qsizetype(builder.random().below(quint64(names.size()))));
        const QString villageName = base + (community ? QStringLiteral("社区") : QStringLiteral("村"));
        const QString code =
            township.code + QStringLiteral("%1").arg(community ? 1 + v / 8 : 201 + v, 3, 10, QLatin1Char('0'));
        auto villageId = builder.region(township.id, code, villageName,
                                        community ? QStringLiteral("community") : QStringLiteral("village"), v + 1);
        if (!villageId)
            return villageId.error();
        ++builder.summary.villages;
        if (Status status = builder.member({QStringLiteral("mediator")}, *villageId); !status)
            return status;
        if (Status status = builder.member({QStringLiteral("legal_adviser")}, *villageId); !status)
            return status;

        const int villageHouseholds = qMin(kHouseholdsPerVillage, households - filled);
        const int grids = (villageHouseholds + kHouseholdsPerGrid - 1) / kHouseholdsPerGrid;
        for (int g = 0; g < grids; ++g) {
            auto gridId = builder.region(*villageId, code + QStringLiteral("%1").arg(g + 1, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("第%1网格").arg(g + 1), QStringLiteral("grid"), g + 1);
            if (!gridId)
                return gridId.error();
            ++builder.summary.grids;
            const QStringList roles = g == 0 ? QStringList{QStringLiteral("grid_officer"), QStringLiteral("grid_head")}
                                             : QStringList{QStringLiteral("grid_officer")};
            if (Status status = builder.member(roles, *gridId); !status)
                return status;

            const Grid grid{*gridId, township.name + villageName};
            const int gridHouseholds = qMin(kHouseholdsPerGrid, villageHouseholds - g * kHouseholdsPerGrid);
            for (int h = 0; h < gridHouseholds; ++h) {
                const int group = g * 4 + h / 25 + 1;
                if (Status status = builder.household(grid, group, h % 25 + 1 + builder.random().between(0, 3) * 25); !status)
                    return status;
                ++filled;
                ++done;
                if (progress && done % kProgressEvery == 0 && !progress(done, total))
                    return Error{{}, Tr::tr("Cancelled; nothing was written.")};
            }
        }
    }
    return {};
}
} // namespace

DemoGenerator::DemoGenerator(Database &database, DemoOptions options)
    : m_database(database), m_options(std::move(options))
{
}

Result<DemoSummary> DemoGenerator::run(const Progress &progress)
{
    if (m_options.households < 1)
        return Error{QStringLiteral("households"), Tr::tr("The number of households must be at least 1.")};
    // Every id of the run, the seeded regions' included, comes from the seed.
    DemoRandom ids(m_options.seed ^ 0x5eed1d5ULL);
    m_database.setIdRandomSource([&ids] { return ids.next(); });
    const auto restoreIds = qScopeGuard([this] { m_database.setIdRandomSource({}); });

    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    if (auto seeded = importRegionsCsv(m_database, builtinRegionSeedPath()); !seeded)
        return seeded.error();
    if (Status status = search_index::defer(m_database); !status)
        return status.error();
    QList<Region> townships;
    for (const QString &code : QStringList{m_options.townshipCode} + m_moreTownships) {
        const auto township = RegionRepository(m_database).findByCode(code);
        if (!township)
            return Error{QStringLiteral("township"), Tr::tr("No township has the code %1.").arg(code)};
        townships.append(*township);
    }
    // The townships' rows go in without secondary indexes; each index and the search index are built once
    // at the end (the builder looks nothing up in the store).
    if (Status status = bulk_load::begin(m_database, search_index::rebuildStatements()); !status)
        return status.error();

    TownshipBuilder builder(m_database, m_options.seed, chinaToday(m_database.clock()));
    const int total = m_options.households * int(townships.size());
    int done = 0;
    for (const Region &township : std::as_const(townships)) {
        if (Status status = fillTownship(builder, township, m_options.households, done, total, progress); !status)
            return status.error();
    }
    if (Status status = bulk_load::finish(m_database); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (progress)
        progress(done, total);
    return builder.summary;
}

} // namespace lianxin
