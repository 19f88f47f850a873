#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::bench {

// The client's figures on a store that holds the demo accounts, measured in a fresh process (the bench
// runs itself with --ui-probe DIR): time from entering main to the main window shown with its first page,
// the first page of the register again, scoped search-as-you-type latency, and resident memory.
int runUiProbe(const QString &dataDir, int queries, quint64 seed);

// Starts that process and returns its figures, with the wall time from process start to the window shown.
QJsonObject measureClient(const QString &program, const QString &dataDir, int queries, quint64 seed);

} // namespace lianxin::bench
