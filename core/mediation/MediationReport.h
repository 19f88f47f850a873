#pragma once

#include "core/auth/Scope.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lianxin {

class Database;

// One line of the mediation report: cases of one category (or source) in the period.
struct ReportLine
{
    QString key; // category or source code; empty for the total
    int received = 0;          // received in the period
    int agreed = 0;            // an agreement was reached in the period
    int failed = 0;            // mediation ended without one in the period
    qint64 agreedAmountFen = 0; // money covered by those agreements
    int keptFromViolence = 0;  // agreed cases that carried a risk of turning violent (防止民转刑)
    int groupCases = 0;        // agreed cases involving kGroupSize people or more (防止群体性上访)

    // Agreements among the cases concluded in the period (agreed + failed), in per cent; 0 when none.
    double successRate() const { return agreed + failed == 0 ? 0 : 100.0 * agreed / (agreed + failed); }
};

struct MediationReportData
{
    QDate from;
    QDate to;
    QString regionId; // the village, township or county reported on
    QList<ReportLine> byCategory; // every category, in the statistics order
    QList<ReportLine> bySource;   // every source
    ReportLine total;
    // Cases of a category or source this version does not know (a newer device's): counted under "other",
    // never dropped; this says how many such codes were folded there, for a note beside the figures.
    int foldedIntoOther = 0;
};

// The monthly or quarterly people's-mediation report (docs/MEDIATION.md) of a village, township or
// county, computed in SQL over the cases the account may see.
class MediationReport
{
public:
    // A dispute involving this many people or more counts as a group dispute.
    static constexpr int kGroupSize = 5;

    explicit MediationReport(Database &database);

    MediationReportData compute(const QDate &from, const QDate &to, const QString &regionId, const Scope &scope) const;

    static std::pair<QDate, QDate> month(int year, int month);
    static std::pair<QDate, QDate> quarter(int year, int quarter);

    // The report as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese): the categories,
    // a total line, then the sources.
    static QByteArray toCsv(const MediationReportData &report);

private:
    Database &m_database;
};

} // namespace lianxin
