#include "server/http/AccessLog.h"

#include <QDateTime>

#include <cstdio>

namespace lianxin::server {

AccessLog::AccessLog(const QString &path)
{
    if (path == QLatin1String("off")) {
        m_enabled = false;
        return;
    }
    if (path.isEmpty()) {
        if (!m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Append))
            m_enabled = false;
        return;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "lianxin-server: cannot write the access log %s; logging to standard output\n", qPrintable(path));
        m_enabled = m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Append);
    }
}

void AccessLog::write(const QByteArray &method, const QString &path, int status, qint64 bytesIn, qint64 bytesOut,
                      double milliseconds, const QString &accountId)
{
    if (!m_enabled)
        return;
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ' + method + ' '
                            + path.toUtf8().left(200) + ' ' + QByteArray::number(status) + " in=" + QByteArray::number(bytesIn)
                            + " out=" + QByteArray::number(bytesOut) + " ms=" + QByteArray::number(milliseconds, 'f', 1)
                            + " account=" + (accountId.isEmpty() ? QByteArray("-") : accountId.toLatin1()) + '\n';
    const QMutexLocker lock(&m_mutex);
    m_file.write(line);
    m_file.flush();
}

} // namespace lianxin::server
