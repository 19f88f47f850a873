#include "core/demo/DemoAccounts.h"

#include "core/auth/AccountRepository.h"
#include "core/register/RegionRepository.h"
#include "core/service/ServiceCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoAccounts)
};
} // namespace

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> list{
        {"officer", "grid_officer", "汪海"},   {"gridhead", "grid_head", "储国华"},
        {"unithead", "unit_head", "王德福"},   {"defence", "defence_head", "刘建军"},
        {"mediator", "mediator", "程秀兰"},    {"adviser", "legal_adviser", "陈志明"},
        {"admin", "township_admin", "胡晓梅"}, {"county", "county_admin", "储卫东"},
        {"civil", "department", "方丽"},
    };
    return list;
}

Result<QList<Account>> makeDemoAccounts(Database &database, const QString &townshipCode)
{
    RegionRepository regions(database);
    const auto township = regions.findByCode(townshipCode);
    if (!township)
        return Error{QStringLiteral("township"), Tr::tr("No township has the code %1.").arg(townshipCode)};
    const QList<Region> villages = regions.children(township->id);
    if (villages.isEmpty())
        return Error{QStringLiteral("township"), Tr::tr("The township has no villages yet.")};
    const QList<Region> grids = regions.children(villages.first().id);
    if (grids.isEmpty())
        return Error{QStringLiteral("township"), Tr::tr("The first village has no grids yet.")};

    Transaction transaction = database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    AccountRepository repository(database);
    // The department account handles the township's 民政办 requests: the departments come first.
    ServiceCatalogue catalogue(database);
    if (Status status = catalogue.addDefaults(township->id); !status)
        return status.error();
    QString civilAffairs;
    for (const Department &department : catalogue.departments(township->id)) {
        if (department.name == QStringLiteral("民政办"))
            civilAffairs = department.id;
    }
    QList<Account> made;
    for (const DemoAccount &demo : demoAccounts()) {
        Account account;
        account.username = QString::fromLatin1(demo.username);
        account.role = QString::fromLatin1(demo.role);
        account.displayName = QString::fromUtf8(demo.displayName);
        const bool department = account.role == QLatin1String("department");
        if (department)
            account.departmentId = civilAffairs;
        const RegionLevel level =
            account.role == QLatin1String("county_admin")                   ? RegionLevel::County
            : account.role == QLatin1String("township_admin") || department ? RegionLevel::Township
            : account.role.contains(QLatin1String("grid")) || account.role == QLatin1String("unit_head")
                ? RegionLevel::Grid
                : RegionLevel::Village;
        account.scope = {level == RegionLevel::County     ? township->parentId
                         : level == RegionLevel::Township ? township->id
                         : level == RegionLevel::Village  ? villages.first().id
                                                          : grids.first().id};
        auto id = repository.create(account, QString::fromLatin1(kDemoPassword));
        if (!id)
            return id.error();
        account.id = *id;
        made.append(account);
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return made;
}

} // namespace lianxin
