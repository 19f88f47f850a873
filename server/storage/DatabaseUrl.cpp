#include "server/storage/DatabaseUrl.h"

#include <QUrl>

namespace lianxin::server {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("database"), QStringLiteral("No database is configured.")};
    DatabaseUrl url;
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return Error{QStringLiteral("database"),
                         QStringLiteral("The PostgreSQL address must look like postgresql://user@host:port/database.")};
        url.backend = Backend::Postgresql;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.name = parsed.path().mid(1);
        if (url.name.isEmpty() || url.name.contains(QLatin1Char('/')))
            return Error{QStringLiteral("database"), QStringLiteral("The PostgreSQL address names no database.")};
        return url;
    }
    if (trimmed.contains(QLatin1String("://")) && !trimmed.startsWith(QLatin1String("sqlite://")))
        return Error{QStringLiteral("database"),
                     QStringLiteral("Unknown kind of database: use a file path, sqlite:///path or postgresql://…")};
    url.path = trimmed.startsWith(QLatin1String("sqlite://")) ? trimmed.mid(9) : trimmed;
    if (url.path.isEmpty())
        return Error{QStringLiteral("database"), QStringLiteral("The SQLite address names no file.")};
    return url;
}

QString DatabaseUrl::display() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace lianxin::server
