#include "server/sync/RowRules.h"

#include "core/register/Vocabulary.h"
#include "core/validation/IdNumber.h"
#include "core/validation/Validators.h"
#include "server/storage/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lianxin::server {

namespace {

constexpr int kMaxText = 2000;

QString text(const QVariantMap &values, const char *field)
{
    return values.value(QLatin1String(field)).toString();
}

// A JSON array of strings, as tags and roles are stored.
Result<QStringList> codeList(const QVariantMap &values, const QString &field)
{
    const QVariant value = values.value(field);
    if (value.isNull())
        return QStringList();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error{field, QStringLiteral("Must be a JSON array of codes.")};
    QStringList codes;
    for (const QJsonValue &code : document.array()) {
        if (!code.isString())
            return Error{field, QStringLiteral("Must be a JSON array of codes.")};
        codes.append(code.toString());
    }
    return codes;
}

Status knownCodes(const QVariantMap &values, const QString &field, const Vocabulary &vocabulary)
{
    const auto codes = codeList(values, field);
    if (!codes)
        return codes.error();
    if (const QString unknown = vocabulary::firstUnknown(vocabulary, *codes); !unknown.isEmpty())
        return Error{field, QStringLiteral("Unknown code \"%1\".").arg(unknown)};
    return {};
}

Status oneOf(const QVariantMap &values, const QString &field, const Vocabulary &vocabulary, bool required)
{
    const QString value = values.value(field).toString();
    if (value.isEmpty())
        return required ? Status{Error{field, QStringLiteral("Required.")}} : Status{};
    if (!vocabulary::contains(vocabulary, value))
        return Error{field, QStringLiteral("Unknown code \"%1\".").arg(value)};
    return {};
}

} // namespace

Status RowRules::check(const SyncedTable &table, const QString &id, const QVariantMap &values, const RegionPath &path)
{
    for (const QString &field : table.fields) {
        if (!table.isInteger(field) && values.value(field).toString().size() > kMaxText)
            return Error{field, QStringLiteral("Longer than %1 characters.").arg(kMaxText)};
    }
    const QString name = table.name;
    if (name == QLatin1String("persons"))
        return checkPerson(id, values, path);
    if (name == QLatin1String("households"))
        return checkHousehold(values, path);
    if (name == QLatin1String("members")) {
        if (Status status = checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), text(values, "name"), 50); !status)
            return status;
        if (!text(values, "phone").isEmpty()) {
            if (auto phone = normalizePhone(QStringLiteral("phone"), text(values, "phone")); !phone)
                return phone.error();
        }
        return knownCodes(values, QStringLiteral("roles"), vocabulary::memberRoles());
    }
    if (name == QLatin1String("member_regions")) {
        if (Status status = exists(QStringLiteral("members"), QStringLiteral("member_id"), text(values, "member_id")); !status)
            return status;
        if (path.isEmpty())
            return Error{QStringLiteral("region_id"), QStringLiteral("No such region.")};
        return {};
    }
    if (name == QLatin1String("conflicts")) {
        const QString resolution = text(values, "resolution");
        if (!resolution.isEmpty() && resolution != QLatin1String("kept") && resolution != QLatin1String("restored"))
            return Error{QStringLiteral("resolution"), QStringLiteral("Must be kept, restored or empty.")};
        return {};
    }
    if (name == QLatin1String("audit_log")) {
        for (const char *field : {"account_id", "action"}) {
            if (text(values, field).isEmpty())
                return Error{QLatin1String(field), QStringLiteral("Required.")};
        }
    }
    return {};
}

Status RowRules::exists(const QString &table, const QString &field, const QString &id)
{
    if (id.isEmpty())
        return Error{field, QStringLiteral("Required.")};
    QSqlQuery &query = m_database.cached(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id AND deleted = 0").arg(table));
    query.bindValue(QStringLiteral(":id"), id);
    if (Status status = m_database.exec(query); !status)
        return status;
    const bool found = query.next();
    query.finish();
    return found ? Status{} : Status{Error{field, QStringLiteral("No such record (or it was removed).")}};
}

Status RowRules::checkHousehold(const QVariantMap &values, const RegionPath &path)
{
    if (text(values, "grid_id").isEmpty())
        return Error{QStringLiteral("grid_id"), QStringLiteral("Required.")};
    if (path.grid.isEmpty() || path.grid != text(values, "grid_id"))
        return Error{QStringLiteral("grid_id"), QStringLiteral("Not a grid the server knows.")};
    if (Status status = checkRequiredText(QStringLiteral("address"), QStringLiteral("Address"), text(values, "address"), 200);
        !status)
        return status;
    return knownCodes(values, QStringLiteral("tags"), vocabulary::householdTags());
}

Status RowRules::checkPerson(const QString &id, const QVariantMap &values, const RegionPath &path)
{
    if (Status status = exists(QStringLiteral("households"), QStringLiteral("household_id"), text(values, "household_id"));
        !status)
        return status;
    if (path.isEmpty())
        return Error{QStringLiteral("household_id"), QStringLiteral("The household lies in no known region.")};
    if (Status status = checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), text(values, "name"), 50); !status)
        return status;
    const QString sex = text(values, "sex");
    if (!sex.isEmpty() && sex != QLatin1String("M") && sex != QLatin1String("F"))
        return Error{QStringLiteral("sex"), QStringLiteral("Must be M, F or empty.")};
    const QString birth = text(values, "birth_date");
    const QDate birthDate = QDate::fromString(birth, Qt::ISODate);
    if (!birth.isEmpty() && !birthDate.isValid())
        return Error{QStringLiteral("birth_date"), QStringLiteral("Must be a date written 2026-11-29.")};
    const QString idNumber = text(values, "id_number");
    if (!idNumber.isEmpty()) {
        const auto parsed = parseIdNumber(idNumber, QDate::currentDate().addDays(1));
        if (!parsed)
            return parsed.error();
        if (parsed->number != idNumber)
            return Error{QStringLiteral("id_number"), QStringLiteral("Must be sent in its 18-character form.")};
        if (!sex.isEmpty() && sex != (parsed->sex == Sex::Male ? QLatin1String("M") : QLatin1String("F")))
            return Error{QStringLiteral("sex"), QStringLiteral("Does not match the ID number.")};
        if (birthDate.isValid() && birthDate != parsed->birthDate)
            return Error{QStringLiteral("birth_date"), QStringLiteral("Does not match the ID number.")};
        QSqlQuery &duplicate = m_database.cached(
            QStringLiteral("SELECT 1 FROM persons WHERE id_number = :number AND deleted = 0 AND id <> :id"));
        duplicate.bindValue(QStringLiteral(":number"), idNumber);
        duplicate.bindValue(QStringLiteral(":id"), id);
        if (Status status = m_database.exec(duplicate); !status)
            return status;
        const bool taken = duplicate.next();
        duplicate.finish();
        if (taken)
            return Error{QStringLiteral("id_number"), QStringLiteral("Another person in the register already has this ID number.")};
    }
    if (!text(values, "phone").isEmpty()) {
        const auto phone = normalizePhone(QStringLiteral("phone"), text(values, "phone"));
        if (!phone)
            return phone.error();
        if (*phone != text(values, "phone"))
            return Error{QStringLiteral("phone"), QStringLiteral("Must be sent as stored (%1).").arg(*phone)};
    }
    if (Status status = oneOf(values, QStringLiteral("relation"), vocabulary::relations(), true); !status)
        return status;
    if (Status status = oneOf(values, QStringLiteral("residence_status"), vocabulary::residenceStatuses(), true); !status)
        return status;
    if (Status status = checkTextLength(QStringLiteral("occupation"), QStringLiteral("Occupation"), text(values, "occupation"), 100);
        !status)
        return status;
    return knownCodes(values, QStringLiteral("tags"), vocabulary::personTags());
}

} // namespace lianxin::server
