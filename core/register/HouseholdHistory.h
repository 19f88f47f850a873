#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lianxin {

class Database;

// A change to a household's file: the household or one of its members recorded, changed or removed.
struct HouseholdChange
{
    enum class What { HouseholdRecorded, HouseholdChanged, MemberAdded, MemberChanged, MemberRemoved };
    QDateTime at;
    What what = What::HouseholdChanged;
    QString memberName; // the member's, for the member's changes
    // Who made it: the account's display name when this device knows the account, else empty with the
    // device it was made on (empty too when the store does not say, as for a record changed since).
    QString authorName;
    QString deviceId;
};

// The history of a household's file (一户一档) as the store keeps it: each record holds when it was made and
// who last changed it when, so the history lists, for the household and for each member (removed ones
// too), when it was recorded and its latest change, newest first.
class HouseholdHistory
{
public:
    explicit HouseholdHistory(Database &database);

    QList<HouseholdChange> of(const QString &householdId) const;

private:
    Database &m_database;
};

} // namespace lianxin
