#include "tests/bench/ServerProcess.h"

#include "tests/bench/BenchSupport.h"

#include <QFile>

namespace lianxin::bench {

QJsonObject importStore(const QString &serverPath, const QString &store, const QString &database)
{
    QProcess import;
    QElapsedTimer importing;
    importing.start();
    import.start(serverPath, {QStringLiteral("admin"), QStringLiteral("import-store"), store,
                              QStringLiteral("--database"), database});
    import.waitForFinished(-1);
    if (import.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(import.readAllStandardError())}};
    return {{QStringLiteral("import_ms"), elapsedMs(importing)},
            {QStringLiteral("import_output"), QString::fromUtf8(import.readAllStandardOutput()).trimmed()}};
}

int startServer(QProcess &server, const QString &serverPath, const QString &database)
{
    server.start(serverPath, {QStringLiteral("--database"), database, QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--set"), QStringLiteral("access_log=off")});
    QByteArray output;
    while (!output.contains("listening on") && server.waitForReadyRead(20000))
        output += server.readAllStandardOutput();
    const qsizetype colon = output.indexOf(':', output.indexOf("://") + 3);
    return output.mid(colon + 1, output.indexOf(' ', colon) - colon - 1).toInt();
}

QJsonObject importAndStart(QProcess &server, const QString &serverPath, const QString &store, const QString &database,
                           int *port)
{
    QJsonObject result = importStore(serverPath, store, database);
    if (result.contains(QStringLiteral("error")))
        return result;
    *port = startServer(server, serverPath, database);
    if (*port <= 0)
        return {{QStringLiteral("error"), QStringLiteral("the server did not start")}};
    return result;
}

double residentMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return qRound(line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0 * 10) / 10.0;
    }
    return 0;
}

} // namespace lianxin::bench
