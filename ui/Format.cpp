#include "ui/Format.h"

#include "core/common/ChinaTime.h"

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

QString formatBirthYear(const QDate &date)
{
    if (!date.isValid())
        return {};
    return chinese() ? QStringLiteral("%1年").arg(date.year()) : QString::number(date.year());
}

QString formatDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    // Shown as a clock in China reads it, whatever the machine's time zone.
    const QDateTime china = moment.toOffsetFromUtc(kChinaUtcOffsetSeconds);
    return formatDate(china.date()) + QLatin1Char(' ') + QLocale().toString(china.time(), QStringLiteral("HH:mm"));
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
        {QStringLiteral("disputes"), QT_TRANSLATE_NOOP("Format", "dispute cases")},
        {QStringLiteral("dispute_parties"), QT_TRANSLATE_NOOP("Format", "parties")},
        {QStringLiteral("dispute_steps"), QT_TRANSLATE_NOOP("Format", "case steps")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("Format", "attachments")},
        {QStringLiteral("visit_settings"), QT_TRANSLATE_NOOP("Format", "visit plans")},
        {QStringLiteral("departments"), QT_TRANSLATE_NOOP("Format", "departments")},
        {QStringLiteral("service_kinds"), QT_TRANSLATE_NOOP("Format", "kinds of request")},
        {QStringLiteral("holidays"), QT_TRANSLATE_NOOP("Format", "holidays")},
        {QStringLiteral("visits"), QT_TRANSLATE_NOOP("Format", "visits")},
        {QStringLiteral("visit_photos"), QT_TRANSLATE_NOOP("Format", "visit photos")},
        {QStringLiteral("problems"), QT_TRANSLATE_NOOP("Format", "problems")},
        {QStringLiteral("service_requests"), QT_TRANSLATE_NOOP("Format", "service requests")},
        {QStringLiteral("service_steps"), QT_TRANSLATE_NOOP("Format", "request steps")},
        {QStringLiteral("consultations"), QT_TRANSLATE_NOOP("Format", "consultations")},
        {QStringLiteral("consultation_decisions"), QT_TRANSLATE_NOOP("Format", "consultation decisions")},
    };
    const char *label = labels.value(table);
    return label ? QCoreApplication::translate("Format", label) : table;
}

QString fieldLabel(const QString &table, const QString &field)
{
    Q_UNUSED(table)
    static const QHash<QString, const char *> labels{
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Format", "Address")},
        {QStringLiteral("house_number"), QT_TRANSLATE_NOOP("Format", "House number")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Format", "Notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Format", "Tags")},
        {QStringLiteral("grid_id"), QT_TRANSLATE_NOOP("Format", "Grid")},
        {QStringLiteral("head_person_id"), QT_TRANSLATE_NOOP("Format", "Head of household")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("Format", "Household")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Format", "Name")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("Format", "Sex")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("Format", "ID number")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Format", "Date of birth")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("Format", "Ethnicity")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Format", "Phone")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("Format", "Relation to the head")},
        {QStringLiteral("residence_status"), QT_TRANSLATE_NOOP("Format", "Residence")},
        {QStringLiteral("occupation"), QT_TRANSLATE_NOOP("Format", "Occupation")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("Format", "Roles")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("Format", label) : field;
}

QString refusalLabel(const QString &reason)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("validation"), QT_TRANSLATE_NOOP("Format", "It breaks a rule the county server checks; correct the record.")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("Format", "The record lies outside the regions of your account.")},
        {QStringLiteral("forbidden"), QT_TRANSLATE_NOOP("Format", "Your role may not make this change.")},
        {QStringLiteral("not_found"), QT_TRANSLATE_NOOP("Format", "The county server does not have this record.")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("Format", "The record was removed on another device.")},
        {QStringLiteral("append_only"), QT_TRANSLATE_NOOP("Format", "Records of this kind are never changed.")},
        {QStringLiteral("missing_reference"),
         QT_TRANSLATE_NOOP("Format", "The record it belongs to is not on the county server (removed there, refused, or "
                                     "still to be sent); it is tried again at every sync.")},
    };
    static const char *const refused = QT_TRANSLATE_NOOP("Format", "The county server refused it.");
    return QCoreApplication::translate("Format", labels.value(reason, refused));
}

} // namespace lianxin
