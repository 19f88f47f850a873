#pragma once

#include "core/common/Result.h"

#include <QLoggingCategory>
#include <QString>

// The refusals of the roster readers, each naming the file, in one place for the three formats. Errors
// name the field "file", "sheet" (no such sheet) or "cancelled".
namespace lianxin::import {

Q_DECLARE_LOGGING_CATEGORY(lcImport)

Error cannotRead(const QString &path, const QString &reason);
Error emptyFile(const QString &path);
Error notSpreadsheet(const QString &path);
// `detail` goes to the log only (it is technical, and English).
Error damaged(const QString &path, const QString &detail);
Error encrypted(const QString &path);
Error noSuchSheet(const QString &path, const QString &sheet);
Error cancelled(const QString &path);

} // namespace lianxin::import
