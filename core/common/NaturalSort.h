#pragma once

#include <QString>

namespace lianxin {

// A key that sorts text the way people count: every run of digits is padded to ten places, so
// 天堂镇菖蒲村2组 comes before 天堂镇菖蒲村10组 and 9号 before 10号.
QString naturalSortKey(const QString &text);

} // namespace lianxin
