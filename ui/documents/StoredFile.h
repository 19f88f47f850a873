#pragma once

#include <QString>

class QWidget;

namespace lianxin {

class Database;

// Opens a file kept in the store (a case's attachment, a points entry's evidence) in the system's viewer,
// from a copy in the temporary folder; says so when its content has not arrived yet.
void openStoredFile(QWidget *parent, Database &database, const QString &sha256, const QString &fileName);

} // namespace lianxin
