#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lianxin {

// One numbered step of the schema, read from a file named NNNN_what_it_does.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Loads migrations from a directory (the resource :/lianxin/migrations by default), sorted by version.
// Refuses gaps and duplicate numbers, which would make two programs disagree about a schema version.
[[nodiscard]] Result<QList<Migration>> loadMigrations(const QString &directory);

// Splits an SQL script into statements. A statement ends with ';' at the end of a line; a CREATE TRIGGER
// statement ends at a line reading 'END;'. Lines starting with '--' are comments.
[[nodiscard]] QStringList splitSqlStatements(const QString &script);

} // namespace lianxin
