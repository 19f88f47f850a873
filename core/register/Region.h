#pragma once

#include <QString>

namespace lianxin {

// The levels of the hierarchy county → township → village/community → grid, with the kinds each level
// takes. Which township is a 镇 and which a 乡 is data (it changes), so both are kinds of one level.
enum class RegionKind { County, Town, Township, Subdistrict, Village, Community, Grid };
enum class RegionLevel { County = 0, Township = 1, Village = 2, Grid = 3 };

struct Region
{
    QString id;
    QString parentId;
    QString code;
    QString name;
    RegionKind kind = RegionKind::Grid;
    int sortOrder = 0;
};

RegionLevel levelOf(RegionKind kind);
QString regionKindCode(RegionKind kind);
bool regionKindFromCode(const QString &code, RegionKind *kind);
// The kind as a user reads it (镇, 乡, 村, 社区, 网格 …), translated.
QString regionKindLabel(RegionKind kind);

} // namespace lianxin
