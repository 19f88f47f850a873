#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lianxin::server {

enum class Backend { Sqlite, Postgresql };

// Where the server keeps its data: an SQLite file (a path, or sqlite:///path) or a PostgreSQL database
// (postgresql://user[:password]@host[:port]/name). A password may also come from libpq's PGPASSWORD or
// ~/.pgpass, which keeps it out of command lines and config files.
struct DatabaseUrl
{
    Backend backend = Backend::Sqlite;
    QString path; // SQLite
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;

    [[nodiscard]] static Result<DatabaseUrl> parse(const QString &text);
    // For messages and logs: never the password.
    QString display() const;
};

} // namespace lianxin::server
