#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace lianxin::server {

// One line per request: time, method, route (the pattern a path matched, never the path itself, which may
// hold a phone or ID number), status, bytes in and out, milliseconds taken and the account id. No names,
// ID numbers, tokens or addresses: personal data stays out of the log. Whatever else could come from a
// client is escaped, so that no request can write a line of its own. Written from every request thread.
class AccessLog
{
public:
    // An empty path writes to standard output (journald under systemd); "off" writes nothing.
    explicit AccessLog(const QString &path);

    void write(const QByteArray &method, const QString &route, int status, qint64 bytesIn, qint64 bytesOut,
               double milliseconds, const QString &accountId);

private:
    QMutex m_mutex;
    QFile m_file;
    bool m_enabled = true;
};

} // namespace lianxin::server
