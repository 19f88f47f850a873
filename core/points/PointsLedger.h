#pragma once

#include "core/auth/Scope.h"
#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lianxin {

class Database;

// A village's settings of the scheme: the period points are capped, ranked and listed by, the length of
// the public notice (公示), and the balance under which a household is flagged.
struct PointsSettings
{
    QString id;
    QString villageId;
    QString period = QStringLiteral("month"); // month, quarter or year
    int noticeDays = 7;
    std::optional<int> threshold;
};

// A proposed change of a household's points against an indicator version.
struct PointsEntry
{
    QString id;
    QString villageId;
    QString householdId;
    QString personId;
    QString indicatorId;
    int points = 0;
    QDate deedOn;
    QString evidence;
    QString proposedBy;
    QString disputeId;  // proposed from a dispute case's facts
    QString reversesId; // a correction reverses this confirmed entry
    QString reason;
};

// How a meeting voted on one entry; it passes with more votes for than against.
struct MeetingVote
{
    QString entryId;
    int votesFor = 0;
    int votesAgainst = 0;
};

// Where an entry stands: the fold of its decisions (docs/POINTS.md).
enum class EntryState { Proposed, Rejected, Posted, Objected, Confirmed, Revoked };

struct EntryStatus
{
    EntryState state = EntryState::Proposed;
    QDate noticeEnds; // for posted and objected entries: the last day of the public notice
};

// The evaluation and the ledger: entries are proposed, decided at a meeting, posted for the notice period,
// objected to and resolved, then confirmed or revoked; only confirmed entries count. Everything is an
// append-only record: a correction of a confirmed entry is a reversing entry with a reason.
class PointsLedger
{
public:
    explicit PointsLedger(Database &database);

    PointsSettings settings(const QString &villageId) const;
    [[nodiscard]] Status saveSettings(PointsSettings settings);
    // The period of the village's kind that holds the date.
    static std::pair<QDate, QDate> periodOf(const QDate &date, const QString &kind);

    // Checks the points against the indicator's range, its evidence rule and its cap for the period.
    [[nodiscard]] Result<QString> propose(PointsEntry entry);
    [[nodiscard]] Result<QString> holdMeeting(const QString &villageId, const QDate &heldOn, const QString &attendees,
                                              const QString &minutes);
    // A meeting and its decisions, all written or none: each voted entry must await a meeting, have votes
    // cast, and belong to a household in `scope` (the county server refuses a decision on any other). An
    // error on one entry names the household.
    [[nodiscard]] Result<QString> recordMeeting(const QString &villageId, const QDate &heldOn, const QString &attendees,
                                                const QString &minutes, const QList<MeetingVote> &votes,
                                                const Scope &scope);
    // The meeting's decision on an entry, with its votes; approved entries are posted from that day.
    [[nodiscard]] Status decide(const QString &entryId, const QString &meetingId, int votesFor, int votesAgainst, bool approved);
    // An objection during the notice period; it must be resolved before the entry can be confirmed.
    [[nodiscard]] Status object(const QString &entryId, const QString &objection);
    // Upheld: the entry is revoked; dismissed: it stands and can be confirmed.
    [[nodiscard]] Status resolveObjection(const QString &entryId, bool upheld, const QString &note);
    // Confirms the village's posted entries whose notice has ended without an open objection; returns how many.
    [[nodiscard]] Result<int> confirmDue(const QString &villageId);
    [[nodiscard]] Status revoke(const QString &entryId, const QString &reason);
    // A confirmed entry corrected: a reversing entry with the opposite points and the reason, confirmed at once.
    [[nodiscard]] Result<QString> reverse(const QString &entryId, const QString &reason);

    EntryStatus status(const QString &entryId) const;
    std::optional<PointsEntry> entry(const QString &entryId) const;
    // Confirmed points minus points spent (redemptions, net of returns).
    int balance(const QString &householdId) const;
    // Whether the household's balance is under its village's threshold (e.g. not eligible for a star-family
    // rating); never when the village has set none.
    bool belowThreshold(const QString &householdId) const;
    // Points a household got (or lost) from an indicator in a period, counting entries still in process.
    int usedInPeriod(const QString &householdId, const QString &indicatorKey, const QDate &from, const QDate &to) const;

private:
    [[nodiscard]] Status addDecision(const QString &entryId, const QString &kind, const QVariantMap &values);
    QDate today() const;
    int noticeDaysOf(const QString &villageId) const;

    Database &m_database;
    mutable QHash<QString, int> m_noticeDays; // by village, as status() folds a list's entries
};

} // namespace lianxin
