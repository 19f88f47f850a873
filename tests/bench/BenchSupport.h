#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace lianxin {

class Database;

namespace bench {

double elapsedMs(const QElapsedTimer &timer);
double percentile(QList<double> values, double p);
// {runs, p50_ms, p95_ms, max_ms} of a list of times in milliseconds.
QJsonObject timingsJson(const QList<double> &times);
// The timings of `work` run `runs` times, and of `work` run once for each key.
QJsonObject timeRuns(int runs, const std::function<void()> &work);
QJsonObject timeEach(const QStringList &keys, const std::function<void(const QString &)> &work);
// Queries a user would type, drawn from the store's own rows (see the definition).
QStringList sampleQueries(Database &database, int count, quint64 seed);

} // namespace bench
} // namespace lianxin
