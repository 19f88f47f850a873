// lianxin-bench: measures the store on a generated township and prints the figures as JSON.
// Usage: lianxin-bench [--households N] [--seed S] [--queries Q] [--dir DIR]; --server, --sync, --county N,
// --disputes N, --points N and --visits measure the county server, sync, dispute cases, the points ledger and
// visits and service instead.
#include "core/backup/DeviceBackup.h"
#include "core/demo/DemoAccounts.h"
#include "core/demo/DemoGenerator.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/RegionImporter.h"
#include "core/register/RegionRepository.h"
#include "core/search/RegisterSearch.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/CountyBench.h"
#include "tests/bench/DisputeBench.h"
#include "tests/bench/ImportBench.h"
#include "tests/bench/PointsBench.h"
#include "tests/bench/ServerBench.h"
#include "tests/bench/UiProbe.h"
#include "tests/bench/VisitBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace lianxin;
using namespace lianxin::bench;

namespace {

// The floor this machine sets: rows/s for the plainest insert through QtSql (a UUID key and eleven
// short texts, one prepared statement, one transaction), against which the store's figure can be read.
double baselineInsertRowsPerSecond(const QString &dir)
{
    const QString name = QStringLiteral("lianxin-bench-baseline");
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir + QStringLiteral("/baseline.db"));
        if (!db.open())
            return 0;
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("DROP TABLE IF EXISTS plain"));
        query.exec(QStringLiteral("CREATE TABLE plain (id TEXT PRIMARY KEY, a, b, c, d, e, f, g, h, i, j, k)"));
        constexpr int rows = 50000;
        QElapsedTimer timer;
        timer.start();
        query.exec(QStringLiteral("BEGIN"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int row = 0; row < rows; ++row) {
            insert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
            for (int column = 1; column < 12; ++column)
                insert.bindValue(column, QStringLiteral("value %1").arg(row));
            insert.exec();
        }
        query.exec(QStringLiteral("COMMIT"));
        rate = rows / (double(timer.nsecsElapsed()) / 1e9);
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

// The county server gets the records and accounts of a generated demo store, then is measured.
int runServerBench(int households, quint64 seed, const QString &postgresUrl, int clients, bool firstSync)
{
    QTemporaryDir temporary;
    {
        auto database = Database::open({databasePath(temporary.path())});
        if (!database)
            return 1;
        const auto summary = DemoGenerator(**database, {seed, households}).run();
        if (!summary || !makeDemoAccounts(**database, DemoOptions().townshipCode)) {
            std::fprintf(stderr, "The demo store could not be made.\n");
            return 1;
        }
    }
    ServerBenchOptions options;
    options.serverPath = QStringLiteral(LIANXIN_SERVER_PATH);
    options.clientStore = databasePath(temporary.path());
    options.postgresUrl = postgresUrl;
    options.workDir = temporary.path();
    options.clients = clients;
    QJsonObject result = firstSync ? measureFirstSync(options) : measureServer(options);
    result.insert(QStringLiteral("households"), households);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}

// The device backup of the township's store: the key from the passphrase, the file written, then restored
// into another folder (every record checked, SQLite's integrity check).
QJsonObject measureBackup(const QString &store)
{
    QTemporaryDir out;
    QElapsedTimer timer;
    timer.start();
    const auto recipient = device_backup::recipientFor(QStringLiteral("a bench passphrase"));
    if (!recipient)
        return {{QStringLiteral("error"), recipient.error().message}};
    const double keyMs = elapsedMs(timer);
    const auto written = device_backup::write(store, {}, out.filePath(QStringLiteral("b.lxbackup")), *recipient);
    const double writeMs = elapsedMs(timer);
    if (!written)
        return {{QStringLiteral("error"), written.error().message}};
    timer.restart();
    const auto restored =
        device_backup::restore(out.filePath(QStringLiteral("b.lxbackup")), QStringLiteral("a bench passphrase"),
                               out.filePath(QStringLiteral("restored")));
    const double restoreMs = elapsedMs(timer);
    if (!restored)
        return {{QStringLiteral("error"), restored.error().message}};
    return {{QStringLiteral("store_bytes"), QFileInfo(store).size()},
            {QStringLiteral("backup_bytes"), written->bytes},
            {QStringLiteral("key_ms"), keyMs},
            {QStringLiteral("backup_ms"), writeMs},
            {QStringLiteral("restore_ms"), restoreMs}};
}

// A county of `townships` townships of `households` households each in one store, with the demo accounts
// of the first, imported into the county server and measured there.
// With `dir`, the store and the server's SQLite file stay there to be looked at (and the store is reused).
int runCountyBench(int townships, int households, quint64 seed, const QString &postgresUrl, int clients,
                   const QString &dir)
{
    QTemporaryDir temporary;
    const QString folder = dir.isEmpty() ? temporary.path() : dir;
    // A store left in `dir` by an earlier run is measured again as it is.
    if (!QFile::exists(databasePath(folder))) {
        auto database = Database::open({databasePath(folder)});
        if (!database || !importRegionsCsv(**database, builtinRegionSeedPath()))
            return 1;
        RegionRepository regions(**database);
        QStringList codes;
        for (const Region &county : regions.children({})) {
            for (const Region &township : regions.children(county.id))
                codes.append(township.code);
        }
        codes.removeAll(DemoOptions().townshipCode);
        DemoGenerator generator(**database, {seed, households});
        generator.alsoFill(codes.mid(0, townships - 1));
        QElapsedTimer generating;
        generating.start();
        const auto summary = generator.run();
        if (!summary || !makeDemoAccounts(**database, DemoOptions().townshipCode)) {
            std::fprintf(stderr, "The county store could not be made.\n");
            return 1;
        }
        std::fprintf(stderr, "%d records of %d townships generated in %.1f s\n", summary->rows(), townships,
                     elapsedMs(generating) / 1000.0);
    }
    CountyBenchOptions options;
    options.serverPath = QStringLiteral(LIANXIN_SERVER_PATH);
    options.clientStore = databasePath(folder);
    options.postgresUrl = postgresUrl;
    options.workDir = folder;
    options.clients = clients;
    QJsonObject result = measureCounty(options);
    result.insert(QStringLiteral("townships"), townships);
    result.insert(QStringLiteral("households_per_township"), households);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The client's windows are measured on the offscreen platform: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption households(QStringLiteral("households"), QStringLiteral("Households to generate."),
                                        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the data."), QStringLiteral("seed"),
                                  QStringLiteral("1"));
    const QCommandLineOption queries(QStringLiteral("queries"), QStringLiteral("Search queries to time."),
                                     QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the store (default: a temporary one)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption uiProbe(QStringLiteral("ui-probe"),
                                     QStringLiteral("Internal: measure the client on the store in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Measure the county server instead: sign-in and empty pulls under load."));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("With --server: also on this empty PostgreSQL database."), QStringLiteral("url"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("With --server: concurrent clients."),
                                     QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption sync(QStringLiteral("sync"),
                                  QStringLiteral("Measure the first sync of a new device of the township, and an empty sync."));
    const QCommandLineOption disputes(QStringLiteral("disputes"),
                                      QStringLiteral("Measure dispute cases instead: <n> cases with their steps in a township of --households."),
                                      QStringLiteral("n"));
    const QCommandLineOption points(QStringLiteral("points"),
                                    QStringLiteral("Measure the points ledger instead: <n> confirmed entries over the households of --households."),
                                    QStringLiteral("n"));
    const QCommandLineOption visits(
        QStringLiteral("visits"),
        QStringLiteral("Measure visits and service instead: a year of them in a township of --households."));
    const QCommandLineOption county(
        QStringLiteral("county"),
        QStringLiteral("Measure the county server holding <n> townships of --households each: a township's first sync, "
                       "--clients devices pulling while others push (default 200 devices here), memory."),
        QStringLiteral("n"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QStringLiteral("Measure a roster import instead: --households households as .xlsx into an empty workspace."));
    parser.addOptions({households, seed, queries, dir, uiProbe, server, postgres, clients, sync, disputes, points,
                       visits, county, import});
    parser.process(app);
    if (parser.isSet(import)) {
        QJsonObject result = measureImport(parser.value(households).toInt(), parser.value(seed).toULongLong(),
                                           QStringLiteral(LIANXIN_CLIENT_PATH), parser.value(dir));
        result.insert(QStringLiteral("households"), parser.value(households).toInt());
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (parser.isSet(visits)) {
        QJsonObject result = measureVisits(parser.value(households).toInt(), parser.value(seed).toULongLong(),
                                           QStringLiteral(LIANXIN_SERVER_PATH));
        result.insert(QStringLiteral("households"), parser.value(households).toInt());
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (parser.isSet(points)) {
        QJsonObject result = measurePoints(parser.value(households).toInt(), parser.value(points).toInt(),
                                           parser.value(seed).toULongLong());
        result.insert(QStringLiteral("households"), parser.value(households).toInt());
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (parser.isSet(disputes)) {
        QJsonObject result = measureDisputes(parser.value(households).toInt(), parser.value(disputes).toInt(),
                                             parser.value(seed).toULongLong());
        result.insert(QStringLiteral("households"), parser.value(households).toInt());
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        return result.contains(QStringLiteral("error")) ? 1 : 0;
    }
    if (parser.isSet(uiProbe))
        return runUiProbe(parser.value(uiProbe), parser.value(queries).toInt() / 4, parser.value(seed).toULongLong());
    if (parser.isSet(county))
        return runCountyBench(parser.value(county).toInt(), parser.value(households).toInt(),
                              parser.value(seed).toULongLong(), parser.value(postgres),
                              parser.isSet(clients) ? parser.value(clients).toInt() : 200, parser.value(dir));
    if (parser.isSet(server) || parser.isSet(sync))
        return runServerBench(parser.value(households).toInt(), parser.value(seed).toULongLong(), parser.value(postgres),
                              parser.value(clients).toInt(), parser.isSet(sync));

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    const QString file = databasePath(dataDir);
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));

    QJsonObject result;
    result.insert(QStringLiteral("households_requested"), parser.value(households).toInt());
    {
        auto database = Database::open({file});
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const auto summary = DemoGenerator(**database, {parser.value(seed).toULongLong(), parser.value(households).toInt()}).run();
        const double ms = elapsedMs(timer);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
            return 1;
        }
        result.insert(QStringLiteral("generate_insert_ms"), ms);
        result.insert(QStringLiteral("rows_inserted"), summary->rows());
        result.insert(QStringLiteral("households"), summary->households);
        result.insert(QStringLiteral("persons"), summary->persons);
        result.insert(QStringLiteral("insert_rows_per_s"), qRound(summary->rows() / (ms / 1000.0)));
        // Each record also writes its change-log entry and its search-index rows.
        QSqlQuery written = (*database)->prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM change_log) + (SELECT count(*) FROM search_rows) * 2"));
        if ((*database)->exec(written) && written.next()) {
            const int all = summary->rows() + written.value(0).toInt();
            result.insert(QStringLiteral("table_rows_written"), all);
            result.insert(QStringLiteral("table_rows_written_per_s"), qRound(all / (ms / 1000.0)));
        }
    }
    result.insert(QStringLiteral("baseline_plain_insert_rows_per_s"), qRound(baselineInsertRowsPerSecond(dataDir)));

    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open({file});
    if (!opened)
        return 1;
    std::unique_ptr<Database> database = std::move(opened).value();
    result.insert(QStringLiteral("open_ms"), elapsedMs(timer));

    HouseholdRepository register_(*database);
    timer.restart();
    const auto page = register_.list({}, {}, 100);
    result.insert(QStringLiteral("first_page_ms"), elapsedMs(timer));
    result.insert(QStringLiteral("first_page_rows"), page.rows.size());
    timer.restart();
    const int total = register_.count({});
    result.insert(QStringLiteral("count_ms"), elapsedMs(timer));
    result.insert(QStringLiteral("households_counted"), total);

    RegisterSearch search(*database);
    const QStringList sample = sampleQueries(*database, parser.value(queries).toInt(), parser.value(seed).toULongLong());
    QList<double> latencies;
    int hits = 0;
    for (const QString &text : sample) {
        timer.restart();
        hits += search.find(text, 20).isEmpty() ? 0 : 1;
        latencies.append(elapsedMs(timer));
    }
    result.insert(QStringLiteral("search_queries"), sample.size());
    result.insert(QStringLiteral("search_queries_with_hits"), hits);
    result.insert(QStringLiteral("search_p50_ms"), percentile(latencies, 0.50));
    result.insert(QStringLiteral("search_p95_ms"), percentile(latencies, 0.95));
    result.insert(QStringLiteral("search_max_ms"), percentile(latencies, 1.0));

    // The worst case: one or two characters found nowhere, which the fallback answers by reading the
    // whole index. Timed apart from the mix above.
    QList<double> misses;
    for (const QString &text : {QStringLiteral("龘"), QStringLiteral("鬱鑫"), QStringLiteral("犇"), QStringLiteral("靐")}) {
        timer.restart();
        (void)search.find(text, 20);
        misses.append(elapsedMs(timer));
    }
    result.insert(QStringLiteral("search_short_miss_max_ms"), percentile(misses, 1.0));

    // The client, in a process of its own, signed in as the township administrator (the widest scope).
    if (const auto accounts = makeDemoAccounts(*database, DemoOptions().townshipCode); !accounts) {
        std::fprintf(stderr, "%s\n", qPrintable(accounts.error().message));
        return 1;
    }
    database.reset();
    result.insert(QStringLiteral("backup"), measureBackup(file));
    result.insert(QStringLiteral("client"), measureClient(QCoreApplication::applicationFilePath(), dataDir,
                                                          parser.value(queries).toInt(), parser.value(seed).toULongLong()));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
