#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace lianxin::bench {

// The county server as the bench runs it: its own process, on a loopback port it picks.

// `lianxin-server admin import-store <store> --database <database>`: {import_ms, import_output} or {error}.
QJsonObject importStore(const QString &serverPath, const QString &store, const QString &database);
// Starts lianxin-server on `database` and returns its port (0 when it does not start).
int startServer(QProcess &server, const QString &serverPath, const QString &database);
// Both: the import's figures, or {error}; `*port` is set when the server started.
QJsonObject importAndStart(QProcess &server, const QString &serverPath, const QString &store, const QString &database,
                           int *port);
// The resident memory of a process in megabytes, from /proc (0 where there is none).
double residentMb(qint64 pid);

} // namespace lianxin::bench
