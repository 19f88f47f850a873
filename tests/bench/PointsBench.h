#pragma once

#include <QJsonObject>

namespace lianxin::bench {

// `lianxin-bench --points N`: a demo township of --households with N ledger entries (confirmed, spread
// over the households and the past year, each with its confirmation record); times household balances and
// village and township rankings for the year.
QJsonObject measurePoints(int households, int entries, quint64 seed);

} // namespace lianxin::bench
