#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace lianxin {

class Database;

struct RankedHousehold
{
    QString householdId;
    QString name;     // the head of household, or the address when the household has none
    QString gridName;
    int points = 0;   // confirmed points of deeds in the period
    int rank = 1;     // equal points share a rank (1, 2, 2, 4)
};

// Rankings of households by the confirmed points of their deeds in a period, and the red and black lists
// (红黑榜) published from them.
class PointsRanking
{
public:
    explicit PointsRanking(Database &database);

    // Every household of the grid, village or township, best first.
    QList<RankedHousehold> rank(const QString &regionId, const QDate &from, const QDate &to) const;
    // The red list: the best households with points above 0, at most `size` ranks deep (ties included).
    QList<RankedHousehold> redList(const QString &regionId, const QDate &from, const QDate &to, int size = 10) const;
    // The black list: households that lost points in the period, worst first, at most `size` ranks deep.
    QList<RankedHousehold> blackList(const QString &regionId, const QDate &from, const QDate &to, int size = 10) const;

private:
    Database &m_database;
};

} // namespace lianxin
