#include "tests/bench/UiProbe.h"

#include "core/auth/AccountRepository.h"
#include "core/search/RegisterSearch.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchSupport.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/register/HouseholdTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace lianxin::bench {

namespace {
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

int runUiProbe(const QString &dataDir, int queries, quint64 seed)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    auto database = Database::open({databasePath(dataDir)});
    if (!database)
        return 1;
    const auto account = AccountRepository(**database).findByUsername(QStringLiteral("admin"));
    if (!account)
        return 1;
    QTemporaryDir settingsDir;
    Settings settings(std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    QJsonObject result;
    {
        MainWindow window(**database, *account, settings);
        window.show();
        QCoreApplication::processEvents();
        result.insert(QStringLiteral("main_to_window_ms"), elapsedMs(sinceMain));
        // The wall clock of the parent stops at this line.
        std::printf("shown\n");
        std::fflush(stdout);

        HouseholdTableModel model(**database);
        HouseholdFilter filter;
        filter.scope = account->scope;
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        result.insert(QStringLiteral("register_first_page_ms"), elapsedMs(timer));

        RegisterSearch search(**database, account->scope);
        QList<double> latencies;
        for (const QString &text : sampleQueries(**database, queries, seed)) {
            // As you type: every prefix of the query is searched, as the dialog would.
            for (qsizetype length = 1; length <= text.size(); ++length) {
                timer.restart();
                (void)search.find(text.left(length), 30);
                latencies.append(elapsedMs(timer));
            }
        }
        result.insert(QStringLiteral("search_as_you_type_searches"), latencies.size());
        result.insert(QStringLiteral("search_as_you_type_p95_ms"), percentile(latencies, 0.95));
        result.insert(QStringLiteral("resident_mb"), residentMegabytes());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject measureClient(const QString &program, const QString &dataDir, int queries, quint64 seed)
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    probe.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    probe.start(program, {QStringLiteral("--ui-probe"), dataDir, QStringLiteral("--queries"), QString::number(queries),
                          QStringLiteral("--seed"), QString::number(seed)});
    double coldStart = 0;
    while (probe.waitForReadyRead(60000)) {
        if (probe.canReadLine() && probe.readLine().trimmed() == "shown") {
            coldStart = elapsedMs(timer);
            break;
        }
    }
    probe.waitForFinished(600000);
    QJsonObject figures = QJsonDocument::fromJson(probe.readAllStandardOutput().trimmed()).object();
    figures.insert(QStringLiteral("process_start_to_window_ms"), coldStart);
    return figures;
}

} // namespace lianxin::bench
