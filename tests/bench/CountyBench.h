#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::bench {

struct CountyBenchOptions
{
    QString serverPath;
    QString clientStore; // a store holding every township, with the demo accounts of the first
    QString postgresUrl; // an empty PostgreSQL database; empty: SQLite only
    QString workDir;
    int clients = 200;         // devices pulling at once
    int pullsEach = 25;        // incremental pulls each device makes
    int writers = 8;           // devices pushing new households meanwhile
    int pullIntervalMs = 1000; // the paced run: each device pulls once a second
};

// The county server holding a whole county, on each backend: the import of the store, a township's first
// sync, then `clients` devices of the first township's accounts pulling incrementally while `writers` push
// (as fast as answered, then paced), with the server's resident memory sampled throughout.
QJsonObject measureCounty(const CountyBenchOptions &options);

} // namespace lianxin::bench
