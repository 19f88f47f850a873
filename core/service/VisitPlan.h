#pragma once

#include "core/auth/Scope.h"
#include "core/common/Result.h"
#include "core/service/ServiceCatalogue.h"

#include <QDate>

class QSqlQuery;

namespace lianxin {

class Database;

// The first and last day of the visit period (month or quarter) a day falls in.
struct VisitPeriod
{
    QDate first;
    QDate last;
    static VisitPeriod containing(const QDate &day, const QString &period);
};

// 户户到 per grid: households visited at least once in the period / households of the grid.
struct GridCoverage
{
    QString gridId;
    QString gridName;
    int households = 0;
    int visited = 0;
    int keyHouseholds = 0;
    int keyOverdue = 0; // key households not visited within the key interval
    double percent() const { return households == 0 ? 0.0 : 100.0 * visited / households; }
};

// A household to visit: not yet visited this period (due), or a key household past its interval or a
// household not visited in the previous period either (overdue).
struct DueHousehold
{
    QString householdId;
    QString gridName;
    QString address;
    QString headName;
    QString headPersonId;
    QString headPhone; // as stored; the screens mask it by role
    QStringList tags;
    QDate lastVisit;
    int openProblems = 0;
    bool key = false;
    bool overdue = false;
};

class VisitPlan
{
public:
    VisitPlan(const Database &database, VisitSettings settings) : m_database(database), m_settings(std::move(settings))
    {
    }

    const VisitSettings &settings() const { return m_settings; }
    VisitPeriod period(const QDate &today) const { return VisitPeriod::containing(today, m_settings.period); }

    // Coverage of every grid in scope for the period containing `today`.
    [[nodiscard]] Result<QList<GridCoverage>> coverage(const Scope &scope, const QDate &today) const;
    // The households in scope that are due or overdue, overdue and key households first (at most `limit`).
    [[nodiscard]] Result<QList<DueHousehold>> due(const Scope &scope, const QDate &today, int limit = 500) const;
    // How many are due, and how many of those overdue (the overview's figures), counted in SQL.
    struct DueCounts
    {
        int due = 0;
        int overdue = 0;
    };
    [[nodiscard]] Result<DueCounts> dueCounts(const Scope &scope, const QDate &today) const;

private:
    void bindDue(QSqlQuery &query, const Scope &scope, const QDate &today) const;

    const Database &m_database;
    VisitSettings m_settings;
};

} // namespace lianxin
