#pragma once

#include "core/common/Paging.h"
#include "core/storage/RecordInfo.h"

#include <QStringList>

namespace lianxin {

// A grid member: grid officers, grid and unit heads, mediators, legal advisers, township staff.
struct Member
{
    QString id;
    QString name;
    QString phone;
    QStringList roles;     // codes of vocabulary::memberRoles()
    QStringList regionIds; // the grids (or villages, townships) the member serves
    QString notes;
    QString employment; // a code of vocabulary::employments(), or empty
    RecordInfo info;
};

struct MemberFilter
{
    QString regionId; // serving this region directly
    QString role;
};

} // namespace lianxin
