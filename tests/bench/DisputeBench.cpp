#include "tests/bench/DisputeBench.h"

#include "core/demo/DemoDisputes.h"
#include "core/demo/DemoGenerator.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeList.h"
#include "core/mediation/MediationReport.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"
#include "ui/documents/MediationDocuments.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace lianxin::bench {

QJsonObject measureDisputes(int households, int cases, quint64 seed)
{
    QJsonObject result;
    QTemporaryDir dir;
    auto opened = Database::open({databasePath(dir.path())});
    if (!opened)
        return {{QStringLiteral("error"), opened.error().message}};
    Database &db = **opened;
    if (const auto summary = DemoGenerator(db, {seed, households}).run(); !summary)
        return {{QStringLiteral("error"), summary.error().message}};
    QElapsedTimer generation;
    generation.start();
    const auto made = makeDemoDisputes(db, seed, cases);
    if (!made)
        return {{QStringLiteral("error"), made.error().message}};
    result.insert(QStringLiteral("cases"), *made);
    result.insert(QStringLiteral("steps"), [&] {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM dispute_steps"));
        return db.exec(query) && query.next() ? query.value(0).toInt() : 0;
    }());
    result.insert(QStringLiteral("generate_cases_per_s"), *made / (elapsedMs(generation) / 1000.0));

    DisputeList list(db);
    DisputeFilter all;
    all.today = deadlines::today(db.clock());
    // What the township's list does: its scope bound, as a signed-in account's is.
    QSqlQuery township = db.prepare(QStringLiteral("SELECT id FROM regions WHERE kind = 'town' OR kind = 'township' LIMIT 1"));
    if (db.exec(township) && township.next())
        all.scope = QStringList{township.value(0).toString()};
    result.insert(QStringLiteral("list_first_page"), timeRuns(200, [&] { (void)list.page(all, {}, 200); }));
    DisputeFilter overdue = all;
    overdue.overdueOnly = true;
    result.insert(QStringLiteral("list_first_page_overdue"), timeRuns(200, [&] { (void)list.page(overdue, {}, 200); }));
    DisputeFilter mediating = all;
    mediating.status = QStringLiteral("mediating");
    mediating.risk = QStringLiteral("red");
    result.insert(QStringLiteral("list_first_page_status_risk"), timeRuns(200, [&] { (void)list.page(mediating, {}, 200); }));
    result.insert(QStringLiteral("filter_bar_counts"), timeRuns(50, [&] {
                      (void)list.count(all);
                      for (DisputeFacet facet : {DisputeFacet::Status, DisputeFacet::Category, DisputeFacet::Level, DisputeFacet::Risk})
                          (void)list.countBy(all, facet);
                      (void)list.count(overdue);
                  }));

    // The township's mediation report: a month, and the year (every case of the store).
    const QDate today = deadlines::today(db.clock());
    const QString townshipId = all.scope ? all.scope->first() : QString();
    const auto [monthFrom, monthTo] = MediationReport::month(today.year(), today.month());
    result.insert(QStringLiteral("report_month"),
                  timeRuns(20, [&] { (void)MediationReport(db).compute(monthFrom, monthTo, townshipId, all.scope); }));
    const auto [yearFrom, yearTo] = MediationReport::year(today.year());
    result.insert(QStringLiteral("report_year"),
                  timeRuns(20, [&] { (void)MediationReport(db).compute(yearFrom, yearTo, townshipId, all.scope); }));

    // The dossier of the case with the most steps.
    QSqlQuery richest = db.prepare(QStringLiteral(
        "SELECT dispute_id, count(*) FROM dispute_steps GROUP BY dispute_id ORDER BY count(*) DESC, dispute_id LIMIT 1"));
    if (db.exec(richest) && richest.next()) {
        const QString id = richest.value(0).toString();
        result.insert(QStringLiteral("dossier_case_steps"), richest.value(1).toInt() + 1); // with the registration
        const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
        int pages = 0;
        result.insert(QStringLiteral("dossier_pdf"), timeRuns(10, [&] {
                          const auto file = documents::loadCaseFile(db, id);
                          const auto written = documents::writePdf(*file, documents::availableDocuments(*file).last(), path);
                          pages = written ? *written : 0;
                      }));
        result.insert(QStringLiteral("dossier_pages"), pages);
        result.insert(QStringLiteral("dossier_bytes"), QFileInfo(path).size());
    }
    return result;
}

} // namespace lianxin::bench
