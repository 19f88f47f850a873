#include "ui/Format.h"

#include <QLocale>

namespace lianxin {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return chinese() ? QLocale().toString(date, QStringLiteral("yyyy年M月d日"))
                     : QLocale().toString(date, QLocale::ShortFormat);
}

QString formatDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return formatDate(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

} // namespace lianxin
