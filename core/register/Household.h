#pragma once

#include "core/auth/Scope.h"
#include "core/common/Paging.h"
#include "core/storage/RecordInfo.h"

#include <QStringList>

namespace lianxin {

struct Household
{
    QString id;
    QString gridId;
    QString address;
    QString houseNumber;
    QString headPersonId;
    QStringList tags; // codes of vocabulary::householdTags()
    QString notes;
    RecordInfo info;
};

// A household as the register list shows it.
struct HouseholdRow
{
    QString id;
    QString address;
    QString houseNumber;
    QString gridId;
    QString gridName;
    QString villageName;
    QString headName;
    int memberCount = 0;
    QStringList tags;
    QDateTime updatedAt;
};

// What the register list sorts by: each of its columns.
enum class HouseholdSort { Address, HouseNumber, Head, Members, Village, Grid, Tags, UpdatedAt };

// Which households to list; empty members do not filter. The narrowest region given wins.
struct HouseholdFilter
{
    QString townshipId;
    QString villageId;
    QString gridId;
    QString tag;
    QString text; // words each found in the address and house number or in a member's name
    Scope scope;  // the signed-in account's regions; nullopt: unrestricted
    HouseholdSort sort = HouseholdSort::Address;
    bool descending = false;
};

} // namespace lianxin
