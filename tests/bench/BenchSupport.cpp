#include "tests/bench/BenchSupport.h"

#include "core/storage/Database.h"

#include <algorithm>
#include <random>

namespace lianxin::bench {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

QJsonObject timingsJson(const QList<double> &times)
{
    return {{QStringLiteral("runs"), int(times.size())},
            {QStringLiteral("p50_ms"), percentile(times, 0.5)},
            {QStringLiteral("p95_ms"), percentile(times, 0.95)},
            {QStringLiteral("max_ms"), percentile(times, 1.0)}};
}

QJsonObject timeRuns(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(elapsedMs(timer));
    }
    return timingsJson(times);
}

QJsonObject timeEach(const QStringList &keys, const std::function<void(const QString &)> &work)
{
    QList<double> times;
    for (const QString &key : keys) {
        QElapsedTimer timer;
        timer.start();
        work(key);
        times.append(elapsedMs(timer));
    }
    return timingsJson(times);
}

// Queries a user would type: name substrings (surname, surname + given, given name), parts of ID
// numbers and phones, and address parts, drawn from the rows of the store so that most of them hit.
QStringList sampleQueries(Database &database, int count, quint64 seed)
{
    QStringList names;
    QStringList ids;
    QStringList phones;
    QStringList addresses;
    QSqlQuery query = database.prepare(QStringLiteral(
        "SELECT p.name, p.id_number, coalesce(p.phone, ''), h.address FROM persons p "
        "JOIN households h ON h.id = p.household_id WHERE p.rowid % 97 = 0 LIMIT 2000"));
    if (!database.exec(query))
        return {};
    while (query.next()) {
        names.append(query.value(0).toString());
        ids.append(query.value(1).toString());
        if (!query.value(2).toString().isEmpty())
            phones.append(query.value(2).toString());
        addresses.append(query.value(3).toString());
    }
    std::mt19937_64 random(seed);
    auto pick = [&](const QStringList &list) { return list[qsizetype(random() % quint64(list.size()))]; };
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        switch (i % 8) {
        case 0: queries.append(pick(names).left(1)); break;              // a surname
        case 1: queries.append(pick(names).left(2)); break;              // surname + first given char
        case 2: queries.append(pick(names)); break;                      // a whole name
        case 3: queries.append(pick(names).mid(1)); break;               // a given name
        case 4: queries.append(pick(ids).mid(int(random() % 12), 6)); break; // six digits of an ID
        case 5: queries.append(pick(ids).right(4)); break;               // the last four of an ID
        case 6: queries.append(pick(phones).right(4)); break;            // the last four of a phone
        case 7: queries.append(pick(addresses).mid(3, 4)); break;        // a village and group
        }
    }
    return queries;
}

} // namespace lianxin::bench
