#include "tests/bench/VisitBench.h"

#include "core/common/ChinaTime.h"
#include "core/demo/DemoAccounts.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoService.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/VisitPlan.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/ServerBench.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace lianxin::bench {

namespace {
int count(Database &db, const QString &sql)
{
    QSqlQuery query = db.prepare(sql);
    return db.exec(query) && query.next() ? query.value(0).toInt() : -1;
}
} // namespace

QJsonObject measureVisits(int households, quint64 seed, const QString &serverPath)
{
    QTemporaryDir dir;
    QJsonObject result;
    {
        auto opened = Database::open({databasePath(dir.path())});
        if (!opened)
            return {{QStringLiteral("error"), opened.error().message}};
        Database &db = **opened;
        if (const auto summary = DemoGenerator(db, {seed, households}).run(); !summary)
            return {{QStringLiteral("error"), summary.error().message}};
        const auto accounts = makeDemoAccounts(db, DemoOptions().townshipCode);
        if (!accounts)
            return {{QStringLiteral("error"), accounts.error().message}};
        QElapsedTimer generation;
        generation.start();
        if (const auto made = makeDemoService(db, seed, {20, 55}); !made)
            return {{QStringLiteral("error"), made.error().message}};
        result.insert(QStringLiteral("generate_ms"), elapsedMs(generation));
        for (const auto &[name, sql] : {std::pair{"visits", "SELECT count(*) FROM visits"},
                                        std::pair{"problems", "SELECT count(*) FROM problems"},
                                        std::pair{"service_requests", "SELECT count(*) FROM service_requests"},
                                        std::pair{"service_steps", "SELECT count(*) FROM service_steps"}})
            result.insert(QLatin1String(name), count(db, QLatin1String(sql)));

        Scope township;
        Scope grid;
        for (const Account &account : *accounts) {
            if (account.username == QLatin1String("admin"))
                township = account.scope;
            if (account.username == QLatin1String("officer"))
                grid = account.scope;
        }
        const QDate today = chinaToday(db.clock());
        const QString townshipId = township->first();
        const VisitPlan plan(db, ServiceCatalogue(db).visitSettings(townshipId));
        const WorkingCalendar calendar = WorkingCalendar::load(db);
        RequestList list(db);
        int grids = 0;
        result.insert(QStringLiteral("coverage_every_grid"),
                      timeRuns(20, [&] { grids = int(plan.coverage(township, today)->size()); }));
        result.insert(QStringLiteral("grids"), grids);
        int due = 0;
        result.insert(QStringLiteral("officer_due_list"),
                      timeRuns(50, [&] { due = int(plan.due(grid, today)->size()); }));
        result.insert(QStringLiteral("officer_due_households"), due);
        result.insert(QStringLiteral("inbox_first_page"), timeRuns(50, [&] {
                          (void)list.page(township, RequestList::Filter::Inbox, QString(), today, calendar);
                      }));
        result.insert(QStringLiteral("open_first_page"), timeRuns(50, [&] {
                          (void)list.page(township, RequestList::Filter::Open, QString(), today, calendar);
                      }));
        result.insert(QStringLiteral("request_counts"),
                      timeRuns(20, [&] { (void)list.counts(township, QString(), today, calendar); }));
    }
    ServerBenchOptions options;
    options.serverPath = serverPath;
    options.clientStore = databasePath(dir.path());
    options.workDir = dir.path();
    result.insert(QStringLiteral("township_first_sync"), measureFirstSync(options));
    options.syncUser = QStringLiteral("officer"); // one grid's device, on the same server database
    result.insert(QStringLiteral("grid_officer_first_sync"), measureFirstSync(options));
    return result;
}

} // namespace lianxin::bench
