#pragma once

#include "core/auth/Scope.h"
#include "core/common/Paging.h"
#include "core/storage/RecordInfo.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace lianxin {

// A party to a dispute: a person of the register (personId) or someone entered as written.
struct DisputeParty
{
    QString id;
    QString role = QStringLiteral("applicant"); // vocabulary::partyRoles()
    QString personId;
    QString name;
    QString sex; // M, F or empty
    QString idNumber;
    QString phone;
    QString address;
    QString agent; // agent or representative, as written
};

// A dispute case as registered (受理登记) and as its steps left it.
struct DisputeCase
{
    QString id;
    QString regionId;    // the grid, village or township where the dispute arose
    QString committeeId; // the mediation committee that numbers it (the village, or the township)
    QString caseNumber;  // （2026）菖蒲人调字第 12 号
    int caseYear = 0;
    std::optional<int> caseSeq; // none while the number is provisional
    QString title;
    QString category; // vocabulary::disputeCategories()
    QString source;   // vocabulary::disputeSources()
    QDate receivedOn;
    QString facts;
    QString claims;
    qint64 amountFen = 0;
    int peopleCount = 2;
    QString risk = QStringLiteral("yellow");
    bool violenceRisk = false; // 民转刑 risk
    QString level = QStringLiteral("village");
    QString consultation; // empty, or vocabulary::consultationLevels()
    QStringList mediatorIds; // members
    QString legalAdviserId;  // a member
    QList<DisputeParty> parties;

    // Kept by the steps (read-only for forms).
    QDate deadline;
    QString status = QStringLiteral("registered");
    QString agreementForm;
    QDate agreementEffectiveOn;
    std::optional<qint64> agreementAmountFen;
    QDate performanceDeadline;
    QDate lastFollowUpOn;
    QDate escalatedOn;
    QString closureKind;
    QDate closedOn;
    bool overdue = false; // computed for today when read
    RecordInfo info;
};

// One step of a case's timeline.
struct DisputeStep
{
    QString id;
    QString disputeId;
    QString kind;
    QString occurred; // the step's date or date and time, as recorded
    QVariantMap data;
    RecordInfo info;
};

// Whether the county server has what this device holds of a case (its row, parties, steps and
// attachments): every change sent, some waiting in the change log, or one refused (sync_rejections).
enum class CaseSyncState { Synced, Pending, Refused };

// A case as the list shows it.
struct DisputeRow
{
    QString id;
    QString caseNumber;
    QString title;
    QString category;
    QString status;
    QString risk;
    bool violenceRisk = false;
    QString level;
    QDate receivedOn;
    QDate deadline;
    QString regionName;
    QString parties; // names, applicants first
    bool overdue = false;
    CaseSyncState sync = CaseSyncState::Synced;
    QString refusalReason; // when refused: the server's reason code (docs/API.md) and message
    QString refusalMessage;
};

// Which cases to list; empty members do not filter.
struct DisputeFilter
{
    QString status;
    QString category;
    QString level;
    QString risk;
    QString mediatorId;
    QString regionId;   // cases in this region or below it
    QString householdId; // cases with a party from the register who is (or was) a member of this household
    bool overdueOnly = false;
    bool escalatedOnly = false; // the township's view: cases escalated to (or registered at) a township
    Scope scope;
    // The signed-in account: the cases it registered are listed even outside the scope, so that a case
    // registered in the wrong place stays in its author's list until it is put right.
    QString author;
    QDate today; // the day overdue is judged on
};

// The facets a list can count its cases by.
enum class DisputeFacet { Status, Category, Level, Risk };

} // namespace lianxin
