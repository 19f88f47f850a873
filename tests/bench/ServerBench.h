#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::bench {

struct ServerBenchOptions
{
    QString serverPath;
    QString clientStore;  // a demo lianxin.db whose records and accounts the server imports
    QString postgresUrl;  // an empty PostgreSQL database; empty: SQLite only
    QString workDir;
    int clients = 50;
    int signIns = 300;
    int pulls = 5000;
    QString syncUser = QStringLiteral("admin"); // measureFirstSync: the demo account whose device syncs
};

// Requests per second and latency of the county server (its own process, on loopback) under `clients`
// concurrent clients, for sign-in and for an empty incremental pull, and the worst batch beside other writers
// (HeavyBatchBench.h), on each backend.
QJsonObject measureServer(const ServerBenchOptions &options);

// The first sync of a new device of the township administrator (the whole township) from a server on
// loopback, then a sync with nothing new: time, rows, bytes on the wire.
QJsonObject measureFirstSync(const ServerBenchOptions &options);
// The same on a server already running on loopback `port`: a new device of `username`, then a sync with
// nothing new.
QJsonObject syncNewDevice(int port, const QString &username);

} // namespace lianxin::bench
