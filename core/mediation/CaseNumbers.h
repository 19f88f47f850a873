#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace lianxin {

class Database;

// Case numbers in the form （2026）菖蒲人调字第 12 号: per mediation committee and year, unique across the
// county although devices issue them offline. The county server reserves blocks of numbers to each device
// while it is online; the device issues from its blocks, and when it has none left it issues a provisional
// number that it replaces at its next sync (docs/SYNC.md section 11).
class CaseNumbers
{
public:
    static constexpr int kBlockSize = 20;
    static constexpr int kLowWater = 5; // a block is asked for when fewer numbers than this remain

    struct Issued
    {
        QString number;
        std::optional<int> seq; // none: provisional
    };
    struct Need
    {
        QString committeeId;
        int year = 0;
    };

    explicit CaseNumbers(Database &database);

    // The committee that numbers a region's cases: a grid's village, otherwise the region itself.
    QString committeeOf(const QString &regionId) const;
    // 菖蒲村 → 菖蒲: the committee's name as the number abbreviates it.
    static QString shortName(const QString &committeeName);
    static QString format(int year, const QString &committeeName, int seq);

    // The next number for a committee and year, inside the caller's transaction. A provisional number
    // records the case (by id) for renumbering.
    [[nodiscard]] Result<Issued> issue(const QString &committeeId, int year, const QString &disputeId);
    [[nodiscard]] Status addBlock(const QString &committeeId, int year, int first, int last);
    int remaining(const QString &committeeId, int year) const;
    // The committees this device should ask blocks for: its home committees (from the account's scope)
    // and every committee it has issued numbers for, when fewer than kLowWater numbers remain.
    QList<Need> needed(const QStringList &homeCommittees, int year) const;
    // The home committees of an account's scope: a grid's or village's committee; a township itself.
    QStringList homeCommittees(const QStringList &scopeRegionIds) const;
    // The committees an account with this scope may reserve numbers of (the server's rule): its regions
    // and those above them — a grid's village, a village's township. Other committees this device holds
    // cases of are numbered by the devices of their own people.
    QStringList reservableCommittees(const QStringList &scopeRegionIds) const;
    // Gives provisional cases a number from the blocks now held; returns how many were renumbered.
    [[nodiscard]] Result<int> renumberPending();

private:
    QString committeeName(const QString &committeeId) const;

    Database &m_database;
};

} // namespace lianxin
