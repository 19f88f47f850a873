#include "tests/bench/ImportBench.h"

#include "core/auth/Account.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/ListSources.h"
#include "core/export/TableWriter.h"
#include "core/register/RegionImporter.h"
#include "core/register/RegionRepository.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace lianxin::bench {

namespace {

// The words a roster uses for the register's relation codes.
QString relationWord(const QString &code)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("head"), QStringLiteral("户主")},
        {QStringLiteral("spouse"), QStringLiteral("配偶")},
        {QStringLiteral("son"), QStringLiteral("子")},
        {QStringLiteral("daughter"), QStringLiteral("女")},
        {QStringLiteral("father"), QStringLiteral("父亲")},
        {QStringLiteral("mother"), QStringLiteral("母亲")},
        {QStringLiteral("son_in_law"), QStringLiteral("女婿")},
        {QStringLiteral("daughter_in_law"), QStringLiteral("儿媳")},
        {QStringLiteral("grandson"), QStringLiteral("孙子")},
        {QStringLiteral("granddaughter"), QStringLiteral("孙女")},
        {QStringLiteral("grandparent"), QStringLiteral("祖父")},
        {QStringLiteral("sibling"), QStringLiteral("兄弟")},
    };
    return words.value(code, QStringLiteral("其他"));
}

// The generated register as a roster: a title row, then one row per person, households by number.
Result<qint64> writeRoster(Database &database, const QString &path)
{
    TableWriter writer;
    const QStringList header{QStringLiteral("户编号"),       QStringLiteral("姓名"),    QStringLiteral("与户主关系"),
                             QStringLiteral("公民身份号码"), QStringLiteral("性别"),    QStringLiteral("民族"),
                             QStringLiteral("联系电话"),     QStringLiteral("家庭住址")};
    if (Status opened = writer.open(path, TableWriter::Format::Xlsx, QStringLiteral("花名册"), header); !opened)
        return opened.error();
    QSqlQuery rows(database.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral(
            "SELECT h.id, p.name, p.relation, p.id_number, p.sex, p.ethnicity, p.phone, h.address || "
            "coalesce(h.house_number, '') "
            "FROM households h JOIN persons p ON p.household_id = h.id AND p.deleted = 0 WHERE h.deleted = 0 "
            "ORDER BY h.id, p.relation <> 'head'")))
        return Error{{}, QStringLiteral("The register could not be read.")};
    QHash<QString, int> numbers;
    while (rows.next()) {
        const int number = numbers.value(rows.value(0).toString(), int(numbers.size()) + 1);
        numbers.insert(rows.value(0).toString(), number);
        const QString sex =
            rows.value(4).toString() == QLatin1String("M") ? QStringLiteral("男") : QStringLiteral("女");
        if (Status added =
                writer.addRow({QStringLiteral("%1").arg(number, 5, 10, QLatin1Char('0')), rows.value(1).toString(),
                               relationWord(rows.value(2).toString()), rows.value(3).toString(), sex,
                               rows.value(5).toString(), rows.value(6).toString(), rows.value(7).toString()});
            !added)
            return added.error();
    }
    if (Status finished = writer.finish(); !finished)
        return finished.error();
    return writer.rowCount();
}

struct Run
{
    double ms = 0;
    int exitCode = -1;
    QJsonObject json;
};

Run runClient(const QString &clientPath, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(clientPath, arguments);
    process.waitForFinished(-1);
    Run run;
    run.ms = elapsedMs(timer);
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}
} // namespace

QJsonObject measureImport(int households, quint64 seed, const QString &clientPath, const QString &keepIn)
{
    QTemporaryDir temporary;
    const QDir dir(keepIn.isEmpty() ? temporary.path() : keepIn);
    const QString roster = dir.filePath(QStringLiteral("花名册.xlsx"));
    qint64 persons = 0;
    double writeMs = 0;
    {
        auto source = Database::open({dir.filePath(QStringLiteral("source.db"))});
        if (!source || !DemoGenerator(**source, {seed, households}).run())
            return {{QStringLiteral("error"), QStringLiteral("The register could not be generated.")}};
        QElapsedTimer timer;
        timer.start();
        const auto written = writeRoster(**source, roster);
        if (!written)
            return {{QStringLiteral("error"), written.error().message}};
        writeMs = elapsedMs(timer);
        persons = *written;
    }
    // An empty workspace with the county's regions: the roster goes into the demo township's first grid.
    const QString workspace = dir.filePath(QStringLiteral("workspace"));
    QString gridCode;
    {
        auto target = Database::open({databasePath(workspace)});
        if (!target || !importRegionsCsv(**target, builtinRegionSeedPath()))
            return {{QStringLiteral("error"), QStringLiteral("The workspace could not be made.")}};
        auto generated = DemoGenerator(**target, {seed, 1}).run(); // the demo township's villages and grids
        if (!generated)
            return {{QStringLiteral("error"), generated.error().message}};
        QSqlQuery grid((*target)->connection());
        grid.exec(QStringLiteral("SELECT code FROM regions WHERE kind = 'grid' AND deleted = 0 ORDER BY code LIMIT 1"));
        if (!grid.next())
            return {{QStringLiteral("error"), QStringLiteral("The workspace has no grid.")}};
        gridCode = grid.value(0).toString();
    }
    const QStringList common{QStringLiteral("--import"), roster,   QStringLiteral("--data-dir"), workspace,
                             QStringLiteral("--grid"),   gridCode, QStringLiteral("--json")};
    const Run preview = runClient(clientPath, common + QStringList{QStringLiteral("--dry-run")});
    const Run imported = runClient(clientPath, common);
    const Run again = runClient(clientPath, common);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    // Every imported person exported to .xlsx, as the register's Export their members… does (no filter).
    double exportMs = 0;
    qint64 exported = 0;
    {
        auto target = Database::open({databasePath(workspace)});
        if (!target)
            return {{QStringLiteral("error"), target.error().message}};
        Account exporter;
        exporter.id = QStringLiteral("bench");
        exporter.role = QStringLiteral("township_admin");
        ExportOptions options;
        options.path = dir.filePath(QStringLiteral("persons.xlsx"));
        QElapsedTimer timer;
        timer.start();
        const auto written = exportList(**target, exporter, *personListSource({}, exporter.permissions()), options);
        exportMs = elapsedMs(timer);
        if (!written)
            return {{QStringLiteral("error"), written.error().message}};
        exported = *written;
    }
    const QJsonObject summary = imported.json.value(QStringLiteral("imported")).toObject();
    return {{QStringLiteral("roster_rows"), persons},
            {QStringLiteral("roster_bytes"), QFileInfo(roster).size()},
            {QStringLiteral("roster_write_ms"), writeMs},
            {QStringLiteral("preview_ms"), preview.ms},
            {QStringLiteral("preview_households"), preview.json.value(QStringLiteral("households"))},
            {QStringLiteral("preview_errors"), preview.exitCode},
            {QStringLiteral("import_ms"), imported.ms},
            {QStringLiteral("imported"), summary},
            {QStringLiteral("reimport_ms"), again.ms},
            {QStringLiteral("reimport"), again.json.value(QStringLiteral("imported"))},
            {QStringLiteral("largest_process_mb"), double(usage.ru_maxrss) / 1024.0},
            {QStringLiteral("persons_exported"), exported},
            {QStringLiteral("export_ms"), exportMs}};
}

} // namespace lianxin::bench
