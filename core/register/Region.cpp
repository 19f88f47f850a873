#include "core/register/Region.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Region)
};

constexpr std::array<std::pair<RegionKind, const char *>, 7> kCodes{{
    {RegionKind::County, "county"},
    {RegionKind::Town, "town"},
    {RegionKind::Township, "township"},
    {RegionKind::Subdistrict, "subdistrict"},
    {RegionKind::Village, "village"},
    {RegionKind::Community, "community"},
    {RegionKind::Grid, "grid"},
}};
} // namespace

RegionLevel levelOf(RegionKind kind)
{
    switch (kind) {
    case RegionKind::County:
        return RegionLevel::County;
    case RegionKind::Town:
    case RegionKind::Township:
    case RegionKind::Subdistrict:
        return RegionLevel::Township;
    case RegionKind::Village:
    case RegionKind::Community:
        return RegionLevel::Village;
    case RegionKind::Grid:
        return RegionLevel::Grid;
    }
    return RegionLevel::Grid;
}

QString regionKindCode(RegionKind kind)
{
    for (const auto &[value, code] : kCodes) {
        if (value == kind)
            return QString::fromLatin1(code);
    }
    return {};
}

bool regionKindFromCode(const QString &code, RegionKind *kind)
{
    for (const auto &[value, text] : kCodes) {
        if (code == QLatin1String(text)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

QString regionKindLabel(RegionKind kind)
{
    switch (kind) {
    case RegionKind::County:
        return Tr::tr("County");
    case RegionKind::Town:
        return Tr::tr("Town");
    case RegionKind::Township:
        return Tr::tr("Township");
    case RegionKind::Subdistrict:
        return Tr::tr("Subdistrict");
    case RegionKind::Village:
        return Tr::tr("Village");
    case RegionKind::Community:
        return Tr::tr("Community");
    case RegionKind::Grid:
        return Tr::tr("Grid");
    }
    return {};
}

} // namespace lianxin
