#pragma once

#include <QJsonObject>

namespace lianxin::bench {

// `lianxin-bench --disputes N`: a demo township with N dispute cases and their steps; times the case
// list's first page (plain and filtered), the counts of the filter bar, the township's mediation report
// (a month and the year), and the dossier PDF of a case of
// ten steps.
QJsonObject measureDisputes(int households, int cases, quint64 seed);

} // namespace lianxin::bench
