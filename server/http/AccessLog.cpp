#include "server/http/AccessLog.h"

#include <QDateTime>

#include <cstdio>

namespace lianxin::server {

namespace {

// Printable ASCII as it is, anything else (a newline, an escape sequence, a byte of UTF-8) as \xHH.
QByteArray escaped(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && byte != '\\')
            out += c;
        else
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
    }
    return out;
}

// Methods the API knows; anything else a client made up is logged as OTHER.
QByteArray methodName(const QByteArray &method)
{
    static const QList<QByteArray> known{"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "-"};
    return known.contains(method) ? method : QByteArray("OTHER");
}

} // namespace

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

void AccessLog::write(const QByteArray &method, const QString &route, int status, qint64 bytesIn, qint64 bytesOut,
                      double milliseconds, const QString &accountId)
{
    if (!m_enabled)
        return;
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ' + methodName(method) + ' '
                            + escaped(route.toUtf8().left(200)) + ' ' + QByteArray::number(status) + " in=" + QByteArray::number(bytesIn)
                            + " out=" + QByteArray::number(bytesOut) + " ms=" + QByteArray::number(milliseconds, 'f', 1)
                            + " account=" + (accountId.isEmpty() ? QByteArray("-") : escaped(accountId.toUtf8())) + '\n';
    const QMutexLocker lock(&m_mutex);
    m_file.write(line);
    m_file.flush();
}

} // namespace lianxin::server
