#include "ui/Format.h"

#include <QCoreApplication>
#include <QHash>

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

QString dataKindLabel(const QString &table)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("regions"), QT_TRANSLATE_NOOP("Format", "regions")},
        {QStringLiteral("members"), QT_TRANSLATE_NOOP("Format", "grid members")},
        {QStringLiteral("member_regions"), QT_TRANSLATE_NOOP("Format", "grid members")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("Format", "households")},
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("Format", "persons")},
        {QStringLiteral("accounts"), QT_TRANSLATE_NOOP("Format", "accounts")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("Format", "audit records")},
        {QStringLiteral("conflicts"), QT_TRANSLATE_NOOP("Format", "conflicts")},
    };
    const char *label = labels.value(table);
    return label ? QCoreApplication::translate("Format", label) : table;
}

} // namespace lianxin
