#include "tests/bench/PointsBench.h"

#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoRandom.h"
#include "core/mediation/Deadlines.h"
#include "core/points/PointsBoard.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsLedger.h"
#include "core/points/PointsRanking.h"
#include "core/storage/DataDir.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"
#include "tests/bench/BenchSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace lianxin::bench {

namespace {
QStringList column(Database &db, const QString &sql)
{
    QSqlQuery query = db.prepare(sql);
    QStringList values;
    if (db.exec(query)) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}
} // namespace

QJsonObject measurePoints(int households, int entries, quint64 seed)
{
    QJsonObject result;
    QTemporaryDir dir;
    auto opened = Database::open({databasePath(dir.path())});
    if (!opened)
        return {{QStringLiteral("error"), opened.error().message}};
    Database &db = **opened;
    if (const auto summary = DemoGenerator(db, {seed, households}).run(); !summary)
        return {{QStringLiteral("error"), summary.error().message}};

    const QStringList villages = column(db, QStringLiteral("SELECT id FROM regions WHERE (kind = 'village' OR kind = 'community') "
                                                           "AND deleted = 0 ORDER BY code"));
    QHash<QString, QList<QString>> indicatorsOf;
    for (const QString &village : villages) {
        if (const auto installed = PointsCatalogue(db).installDefault(village); !installed)
            return {{QStringLiteral("error"), installed.error().message}};
        for (const Indicator &i : PointsCatalogue(db).current(village))
            indicatorsOf[village].append(i.id + QLatin1Char('|') + QString::number(i.minPoints));
    }
    QSqlQuery homes = db.prepare(QStringLiteral("SELECT h.id, g.parent_id FROM households h JOIN regions g ON g.id = h.grid_id "
                                                "WHERE h.deleted = 0 ORDER BY h.id"));
    QList<std::pair<QString, QString>> all;
    if (db.exec(homes)) {
        while (homes.next())
            all.append({homes.value(0).toString(), homes.value(1).toString()});
    }

    // Entries are written as sync would leave them: each decided at a meeting and confirmed, in one transaction.
    DemoRandom random(seed);
    const QDate today = deadlines::today(db.clock());
    QElapsedTimer generation;
    generation.start();
    {
        Transaction transaction = db.transaction();
        RecordWriter writer(db, RecordWriter::Atomicity::CallerTransaction);
        for (int n = 0; n < entries; ++n) {
            const auto &[household, village] = all.at(qsizetype(random.below(quint64(all.size()))));
            const QStringList indicator = random.pick(indicatorsOf.value(village)).split(QLatin1Char('|'));
            const auto id = writer.insert(tables::pointsEntries(),
                                          {{QStringLiteral("village_id"), village}, {QStringLiteral("household_id"), household},
                                           {QStringLiteral("indicator_id"), indicator.at(0)},
                                           {QStringLiteral("points"), indicator.at(1).toInt()},
                                           {QStringLiteral("deed_on"), today.addDays(-random.between(0, 364))},
                                           {QStringLiteral("proposed_by"), QStringLiteral("网格员")}});
            if (!id)
                return {{QStringLiteral("error"), id.error().message}};
            for (const char *kind : {"decided", "confirmed"}) {
                const auto decision = writer.insert(tables::pointsDecisions(), {{QStringLiteral("entry_id"), *id},
                                                                                {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                                                                {QStringLiteral("approved"), 1},
                                                                                {QStringLiteral("on_date"), today}});
                if (!decision)
                    return {{QStringLiteral("error"), decision.error().message}};
            }
        }
        if (Status status = transaction.commit(); !status)
            return {{QStringLiteral("error"), status.error().message}};
    }
    result.insert(QStringLiteral("entries"), entries);
    result.insert(QStringLiteral("generate_s"), elapsedMs(generation) / 1000.0);
    result.insert(QStringLiteral("villages"), int(villages.size()));

    QStringList sample;
    for (int i = 0; i < 1000; ++i)
        sample.append(all.at(qsizetype(random.below(quint64(all.size())))).first);
    PointsLedger ledger(db);
    int sink = 0;
    result.insert(QStringLiteral("household_balance"), timeEach(sample, [&](const QString &id) { sink += ledger.balance(id); }));
    PointsRanking ranking(db);
    const auto [from, to] = PointsLedger::periodOf(today, QStringLiteral("year"));
    result.insert(QStringLiteral("village_ranking_year"),
                  timeEach(villages, [&](const QString &village) { sink += int(ranking.rank(village, from, to).size()); }));
    const QStringList townships = column(db, QStringLiteral("SELECT id FROM regions WHERE kind = 'town' OR kind = 'township'"));
    result.insert(QStringLiteral("township_ranking_year"),
                  timeEach(townships, [&](const QString &township) { sink += int(ranking.rank(township, from, to).size()); }));
    // What the points screens read on every reload: the village's proposals and notice board, a household's
    // history.
    PointsBoard board(db);
    result.insert(QStringLiteral("board_awaiting_meeting"), timeEach(villages, [&](const QString &village) {
                      sink += int(board.entries(village, PointsBoard::Filter::AwaitingMeeting).size());
                  }));
    result.insert(QStringLiteral("board_on_notice"), timeEach(villages, [&](const QString &village) {
                      sink += int(board.entries(village, PointsBoard::Filter::OnNotice).size());
                  }));
    result.insert(QStringLiteral("household_history"),
                  timeEach(sample, [&](const QString &id) { sink += int(board.history(id).size()); }));
    result.insert(QStringLiteral("checksum"), sink);
    return result;
}

} // namespace lianxin::bench
