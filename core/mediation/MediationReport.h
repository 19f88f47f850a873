#pragma once

#include "core/auth/Scope.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace lianxin {

class Database;

// One line of the mediation report: cases of one category (or source) in the period. Every figure counts an
// event of the period (a case received, referred, or concluded in it), each at most once per case, so that
// months add up to their quarter and quarters to their year. Definitions and sources: docs/MEDIATION.md.
struct ReportLine
{
    QString key;         // category or source code; empty for a total
    int received = 0;    // 受理: received in the period where the dispute arose (a declined case was never received)
    int referredIn = 0;  // 移入: taken up in the period by the report region's own committee from one below it
    int referredOut = 0; // 移出: passed in the period from a committee of the region to one above it
    // Concluded in the period by a committee of the region, each case by its one standing outcome:
    int agreed = 0;      // 调解成功: the agreement took effect (oral: when reached; written: when all signed)
    int failed = 0;      // 调解不成: mediation ended without an agreement
    int withdrawn = 0;   // 撤回: the parties withdrew before any outcome
    int transferred = 0; // 移交: transferred to another body before any outcome
    qint64 agreedAmountFen = 0;     // money covered by the agreements that took effect
    int keptFromViolence = 0;       // 防止民转刑: agreed cases flagged at risk of turning violent (件)
    int keptFromViolencePeople = 0; // … and the people they involved (人)
    int groupCases = 0;             // 防止群体性上访: agreed cases of kGroupSize people or more (件)
    int groupPeople = 0;            // … and the people they involved (人)

    // 调解纠纷数: the disputes whose mediation concluded in the period, however it concluded.
    int mediated() const { return agreed + failed + withdrawn + transferred; }
    // 调解成功率 = agreed ÷ mediated, in per cent; none when nothing concluded (printed "—", never 0.0%).
    std::optional<double> successRate() const;
    void add(const ReportLine &other);
};

struct MediationReportData
{
    QDate from;
    QDate to;
    QString regionId;             // the grid, village, township or county reported on; empty: the account's whole scope
    QList<ReportLine> byCategory; // every category, in the statistics order
    QList<ReportLine> bySource;   // every source
    ReportLine total;             // the same for both breakdowns
    // Cases of a category or source this version does not know (a newer device's): counted under "other",
    // never dropped; how many such codes were folded there, for a note beside the figures.
    int foldedIntoOther = 0;
    // Counted cases whose outcome two devices recorded differently and nobody has chosen yet: each counts by
    // its earliest outcome until the mediator chooses (core/mediation/CaseOutcome.h); named in a note.
    int unresolvedOutcomes = 0;
};

// The people's-mediation report (人民调解工作统计表, docs/MEDIATION.md) of a grid, village, township or the
// county for a month, quarter or year, computed in SQL over the cases the account may see.
class MediationReport
{
public:
    // A dispute involving this many people or more counts as a group dispute.
    static constexpr int kGroupSize = 5;

    explicit MediationReport(Database &database);

    MediationReportData compute(const QDate &from, const QDate &to, const QString &regionId, const Scope &scope) const;

    static std::pair<QDate, QDate> month(int year, int month);
    static std::pair<QDate, QDate> quarter(int year, int quarter);
    static std::pair<QDate, QDate> year(int year);

    // The report as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese): a title line naming
    // the region and the period, the categories and their total, then the sources and their total.
    static QByteArray toCsv(const MediationReportData &report, const QString &regionName);
    // The success rate as printed: "66.7%", or "—" when nothing concluded.
    static QString rateText(const ReportLine &line);
    // A line's 14 figures as shown, in the order of every table and file of the report: received, referred
    // in and out, agreed, ended, withdrawn, transferred, mediated, the success rate, the amount (in the
    // locale's way; QLocale::c() for a file), kept from violence (cases, people), group disputes (cases,
    // people).
    static QStringList figureTexts(const ReportLine &line, const QLocale &locale);
    static constexpr int kRateFigure = 8;
    static constexpr int kAmountFigure = 9;

private:
    Database &m_database;
};

} // namespace lianxin
