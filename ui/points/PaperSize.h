#pragma once

#include <QPageSize>

class QComboBox;

namespace lianxin {

// A choice of A4 or A3 (for the village notice board) for the sheets posted in public.
QComboBox *makePaperSizeBox();
QPageSize::PageSizeId paperSize(const QComboBox *box);

} // namespace lianxin
