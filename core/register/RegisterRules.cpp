#include "core/register/RegisterRules.h"

#include "core/register/Person.h"
#include "core/register/Vocabulary.h"
#include "core/storage/RecordWriter.h"
#include "core/validation/IdNumber.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace lianxin::register_rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRules)
};

QString text(const QVariantMap &fields, const char *field)
{
    return RecordWriter::storedValue(fields.value(QLatin1String(field))).toString();
}

// The tags: a list, or its stored form (a JSON array of codes), each code one of the vocabulary's.
std::optional<Error> badTags(const QVariantMap &fields, const Vocabulary &known, const QString &unknownText)
{
    const QVariant value = fields.value(QStringLiteral("tags"));
    QStringList tags;
    if (value.typeId() == QMetaType::QStringList) {
        tags = value.toStringList();
    } else if (const QString text = value.toString(); !text.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (!document.isArray())
            return Error{QStringLiteral("tags"), Tr::tr("The tags must be a list of codes.")};
        for (const QJsonValue &tag : document.array())
            tags.append(tag.toString());
    }
    if (const QString unknown = vocabulary::firstUnknown(known, tags); !unknown.isEmpty())
        return Error{QStringLiteral("tags"), unknownText.arg(unknown)};
    return std::nullopt;
}

void add(QList<Error> &errors, const Status &status)
{
    if (!status)
        errors.append(status.error());
}
} // namespace

QList<Error> household(const QVariantMap &fields)
{
    QList<Error> errors;
    add(errors, checkRequiredText(QStringLiteral("address"), Tr::tr("Address"), text(fields, "address"), 200));
    add(errors,
        checkTextLength(QStringLiteral("house_number"), Tr::tr("House number"), text(fields, "house_number"), 20));
    add(errors, checkTextLength(QStringLiteral("notes"), Tr::tr("Notes"), text(fields, "notes"), 2000));
    if (const auto tags = badTags(fields, vocabulary::householdTags(), Tr::tr("Unknown household tag \"%1\".")))
        errors.append(*tags);
    return errors;
}

QList<Error> person(const QVariantMap &fields, const QDate &today)
{
    QList<Error> errors;
    add(errors, checkRequiredText(QStringLiteral("name"), Tr::tr("Name"), text(fields, "name"), 50));
    const QString sex = text(fields, "sex");
    if (!sex.isEmpty() && sex != QLatin1String("M") && sex != QLatin1String("F"))
        errors.append({QStringLiteral("sex"), Tr::tr("Choose male or female.")});
    const QString birth = text(fields, "birth_date");
    const QDate birthDate = QDate::fromString(birth, Qt::ISODate);
    if (!birth.isEmpty() && !birthDate.isValid())
        errors.append({QStringLiteral("birth_date"), Tr::tr("Enter the birth date as 2026-11-29.")});
    else if (birthDate.isValid() && birthDate > today)
        errors.append({QStringLiteral("birth_date"), Tr::tr("The birth date is in the future.")});
    if (const QString idNumber = text(fields, "id_number"); !idNumber.isEmpty()) {
        const auto id = parseIdNumber(idNumber, today);
        if (!id) {
            errors.append(id.error());
        } else {
            const QString idSex = id->sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
            if (!sex.isEmpty() && sex != idSex)
                errors.append({QStringLiteral("sex"),
                               Tr::tr("The sex does not match the ID number, which says %1.").arg(sexLabel(id->sex))});
            if (birthDate.isValid() && birthDate != id->birthDate)
                errors.append(
                    {QStringLiteral("birth_date"), Tr::tr("The birth date does not match the ID number, which says %1.")
                                                       .arg(id->birthDate.toString(Qt::ISODate))});
        }
    }
    if (const QString phone = text(fields, "phone"); !phone.isEmpty()) {
        if (auto normal = normalizePhone(QStringLiteral("phone"), phone); !normal)
            errors.append(normal.error());
    }
    const QString ethnicity = text(fields, "ethnicity");
    if (!ethnicity.isEmpty() && !vocabulary::contains(vocabulary::ethnicities(), ethnicity))
        errors.append({QStringLiteral("ethnicity"), Tr::tr("Choose an ethnicity from the list.")});
    if (!vocabulary::contains(vocabulary::relations(), text(fields, "relation")))
        errors.append({QStringLiteral("relation"), Tr::tr("Choose the relation to the head of household.")});
    if (!vocabulary::contains(vocabulary::residenceStatuses(), text(fields, "residence_status")))
        errors.append({QStringLiteral("residence_status"), Tr::tr("Choose a residence status.")});
    if (const auto tags = badTags(fields, vocabulary::personTags(), Tr::tr("Unknown person tag \"%1\".")))
        errors.append(*tags);
    add(errors, checkTextLength(QStringLiteral("occupation"), Tr::tr("Occupation"), text(fields, "occupation"), 50));
    add(errors, checkTextLength(QStringLiteral("notes"), Tr::tr("Notes"), text(fields, "notes"), 2000));
    return errors;
}

} // namespace lianxin::register_rules
