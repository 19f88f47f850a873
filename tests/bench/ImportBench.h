#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::bench {

// A township's roster of `households` households written as .xlsx from a generated register, then
// imported by the real client (`lianxin --import`) into an empty workspace: the check alone (--dry-run,
// the wizard's preview), the import, and the largest memory either process held.
// With `keepIn`, the roster and the workspaces stay in that (empty) folder to be looked at.
QJsonObject measureImport(int households, quint64 seed, const QString &clientPath, const QString &keepIn = {});

} // namespace lianxin::bench
