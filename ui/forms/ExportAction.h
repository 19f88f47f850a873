#pragma once

#include "core/auth/Account.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace lianxin {

class Database;
class ListSource;

// Exports a list the way every screen does: the person picks an .xlsx or .csv file, the rows are written on
// a connection of the export's own, off the window's thread, with progress and Cancel, and the audit log
// records the export. `suggestedName` is the file name proposed (without extension). Returns the rows
// written, or -1 when nothing was (cancelled, or an error the person was shown).
qint64 exportListTo(QWidget *parent, Database &database, const Account &account, std::unique_ptr<ListSource> source,
                    const QString &suggestedName);

} // namespace lianxin
