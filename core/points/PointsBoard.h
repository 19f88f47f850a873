#pragma once

#include "core/auth/Scope.h"
#include "core/points/PointsLedger.h"

#include <QDate>
#include <QList>
#include <QString>

class QSqlQuery;

namespace lianxin {

// An entry as the screens list it: with its household, its indicator version and where it stands.
struct BoardEntry
{
    PointsEntry entry;
    QString householdName; // the head of household, or the address
    QString personName;    // the member whose deed it was, when the entry names one
    QString indicatorCode;
    QString indicatorName;
    EntryStatus status;
    QString lastNote; // the latest objection, resolution or revocation note
    int votesFor = 0; // at the meeting that decided it
    int votesAgainst = 0;
    int evidenceFiles = 0; // photos or scans that show the deed
};

struct MeetingSummary
{
    QString id;
    QDate heldOn;
    QString attendees;
    QString minutes;
    int decided = 0;
    int approved = 0;
};

struct RedemptionLine
{
    QString id;
    QString householdId;
    QString householdName;
    QString itemName;
    int quantity = 0;
    int points = 0;
    QDate onDate;
    QString receiptNo;
    QString reversesId; // a return names the redemption it gives back
    QString reason;
    bool givenBack = false;
};

// The lists the points screens show, read page-sized from SQL: entries waiting for a meeting, entries under
// public notice, a household's history, meetings and what they decided, the supermarket's redemptions.
class PointsBoard
{
public:
    enum class Filter { AwaitingMeeting, OnNotice };

    explicit PointsBoard(Database &database);

    // The village's entries in the filter's stage (proposals newest first, the notice board oldest first), at
    // most `limit`; with a scope, only those whose household lies in it.
    QList<BoardEntry> entries(const QString &villageId, Filter filter, int limit = 500,
                              const Scope &scope = std::nullopt) const;
    // How many of the village's entries in the filter's stage lie outside the scope (other grids' households).
    int countOutside(const QString &villageId, Filter filter, const Scope &scope) const;
    // Every entry of the household, newest deed first (a household has tens, not thousands).
    QList<BoardEntry> history(const QString &householdId) const;
    QList<MeetingSummary> meetings(const QString &villageId, int limit = 200) const;
    QList<BoardEntry> decidedAt(const QString &meetingId) const;
    // The latest redemptions of a village, or of one household when `householdId` is set.
    QList<RedemptionLine> redemptions(const QString &villageId, const QString &householdId = {}, int limit = 200) const;

private:
    QList<BoardEntry> read(QSqlQuery &query) const;

    Database &m_database;
};

} // namespace lianxin
