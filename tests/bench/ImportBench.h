#pragma once

#include <QJsonObject>
#include <QString>

namespace lianxin::bench {

// A township's roster of `households` households written as .xlsx from a generated register, then
// imported by the real client (`lianxin --import`) into an empty workspace: the check alone (--dry-run,
// the wizard's preview), the import, and the largest memory either process held.
QJsonObject measureImport(int households, quint64 seed, const QString &clientPath);

} // namespace lianxin::bench
