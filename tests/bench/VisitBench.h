#pragma once

#include <QJsonObject>

namespace lianxin::bench {

// `lianxin-bench --visits`: a township of --households with a year of visits (key households twice a
// month), problems on a fifth of them and the requests they were handed on as (DemoService); times the
// coverage of every grid, an officer's due list, the sub-centre's inbox and open list (first pages), and
// the first sync of a township device against the county server.
QJsonObject measureVisits(int households, quint64 seed, const QString &serverPath);

} // namespace lianxin::bench
