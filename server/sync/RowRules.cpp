#include "server/sync/RowRules.h"

#include "core/auth/AccountRules.h"
#include "core/common/ChinaTime.h"
#include "core/files/FileStore.h"
#include "core/mediation/CaseOutcome.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/mediation/StepFields.h"
#include "core/register/RegisterRules.h"
#include "core/register/Vocabulary.h"
#include "core/validation/IdNumber.h"
#include "core/validation/Validators.h"
#include "server/storage/ServerDatabase.h"
#include "server/sync/RowAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lianxin::server {

namespace {

// The China date a device may already be in: its clock may run a little ahead of the server's, so a birth
// date or an ID number's date of today there is not refused here.
QDate deviceToday()
{
    return chinaToday(SystemClock()).addDays(1);
}

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

Status RowRules::check(const SyncedTable &table, const QString &id, const QVariantMap &values, const RegionPath &path,
                       const QStringList *written)
{
    m_written = written;
    m_idNumberReview.clear();
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
        if (Status status = knownCodes(values, QStringLiteral("roles"), vocabulary::memberRoles()); !status)
            return status;
        // Only roles at or below the pusher's own (core/auth/AccountRules), as the staff routes allow.
        if (!m_written || m_written->contains(QStringLiteral("roles"))) {
            const QStringList roles = codeList(values, QStringLiteral("roles")).value();
            for (const QString &role : roles) {
                if (!account_rules::mayGrant(m_access.caller().role, role))
                    return Error{QStringLiteral("roles"),
                                 QStringLiteral("The role %1 is above this account's.").arg(role)};
            }
        }
        if (const QString employment = text(values, "employment");
            !employment.isEmpty() && !vocabulary::contains(vocabulary::employments(), employment))
            return Error{QStringLiteral("employment"), QStringLiteral("Must be full_time, part_time or empty.")};
        return {};
    }
    if (name == QLatin1String("member_regions")) {
        if (Status status = exists(QStringLiteral("members"), QStringLiteral("member_id"), text(values, "member_id")); !status)
            return status;
        if (path.isEmpty())
            return Error{QStringLiteral("region_id"), QStringLiteral("No such region.")};
        return {};
    }
    if (name == QLatin1String("disputes"))
        return checkDispute(id, values, path);
    if (const auto service = checkService(name, values))
        return *service;
    if (name == QLatin1String("dispute_parties")) {
        if (Status status = exists(QStringLiteral("disputes"), QStringLiteral("dispute_id"), text(values, "dispute_id")); !status)
            return status;
        if (Status status = oneOf(values, QStringLiteral("role"), vocabulary::partyRoles(), true); !status)
            return status;
        if (Status status = checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), text(values, "name"), 50); !status)
            return status;
        if (Status status = namedIfWritten(values, QStringLiteral("persons"), QStringLiteral("person_id")); !status)
            return status;
        if (!text(values, "id_number").isEmpty()) {
            if (const auto parsed = parseIdNumber(text(values, "id_number"), deviceToday()); !parsed)
                return parsed.error();
        }
        return {};
    }
    if (name.startsWith(QLatin1String("points_")))
        return checkPoints(name, values);
    if (name == QLatin1String("attachments")) {
        if (Status status = exists(QStringLiteral("disputes"), QStringLiteral("dispute_id"), text(values, "dispute_id")); !status)
            return status;
        return checkFileRecord(values);
    }
    if (name == QLatin1String("dispute_steps")) {
        if (Status status = exists(QStringLiteral("disputes"), QStringLiteral("dispute_id"), text(values, "dispute_id")); !status)
            return status;
        QJsonParseError error{};
        const QJsonDocument data = QJsonDocument::fromJson(text(values, "data").toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !data.isObject())
            return Error{QStringLiteral("data"), QStringLiteral("Must be a JSON object.")};
        QVariantMap stepData = data.object().toVariantMap();
        if (const QList<Error> errors = validateStepData(text(values, "kind"), stepData); !errors.isEmpty())
            return Error{errors.first().field == QLatin1String("kind") ? QStringLiteral("kind")
                                                                      : QStringLiteral("data.") + errors.first().field,
                         errors.first().message};
        if (stepData.value(QStringLiteral("date")).toString() != text(values, "occurred"))
            return Error{QStringLiteral("occurred"), QStringLiteral("Must be the step's date.")};
        if (text(values, "kind") == QLatin1String(outcome::kChosenKind))
            return checkOutcomeChoice(text(values, "dispute_id"), stepData.value(QStringLiteral("step_id")).toString());
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
    const auto reachable = m_access.reachable(*tables::byName(table), id);
    if (!reachable)
        return reachable.error();
    return *reachable ? Status{} : Status{Error{field, QLatin1String(kNoSuchRecord)}};
}

// A record named by a field that may be empty, checked when the change writes the field: a stored row that
// names a record since removed can still be changed otherwise.
Status RowRules::namedIfWritten(const QVariantMap &values, const QString &table, const QString &field)
{
    if (m_written && !m_written->contains(field))
        return {};
    const QString id = values.value(field).toString();
    return id.isEmpty() ? Status{} : exists(table, field, id);
}

QString RowRules::reasonOf(const Error &error)
{
    return error.message == QLatin1String(kNoSuchRecord) ? QStringLiteral("missing_reference") : QStringLiteral("validation");
}

// The record of a file whose content travels by its hash: a case's attachment or an entry's evidence.
Status RowRules::checkFileRecord(const QVariantMap &values)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(text(values, "sha256")).hasMatch())
        return Error{QStringLiteral("sha256"), QStringLiteral("Must be 64 lower-case hexadecimal digits.")};
    const qint64 size = values.value(QStringLiteral("size")).toLongLong();
    if (size < 1 || size > FileStore::kMaxBytes)
        return Error{QStringLiteral("size"), QStringLiteral("Must be 1 byte to %1 bytes.").arg(FileStore::kMaxBytes)};
    return checkRequiredText(QStringLiteral("file_name"), QStringLiteral("File name"), text(values, "file_name"), 200);
}

Status RowRules::checkPoints(const QString &name, const QVariantMap &values)
{
    const auto number = [&values](const char *field) { return values.value(QLatin1String(field)).toLongLong(); };
    if (name == QLatin1String("points_indicators")) {
        const qint64 low = number("min_points");
        const qint64 high = number("max_points");
        if (low > high || low == 0 || high == 0 || (low < 0) != (high < 0))
            return Error{QStringLiteral("min_points"), QStringLiteral("Must both be above 0 or both below 0, lowest first.")};
        return checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), text(values, "name"), 50);
    }
    if (name == QLatin1String("points_entries")) {
        if (Status status = exists(QStringLiteral("households"), QStringLiteral("household_id"), text(values, "household_id")); !status)
            return status;
        if (Status status = exists(QStringLiteral("points_indicators"), QStringLiteral("indicator_id"), text(values, "indicator_id")); !status)
            return status;
        for (const auto &[table, field] : {std::pair{"disputes", "dispute_id"}, std::pair{"points_entries", "reverses_id"}}) {
            if (Status status = namedIfWritten(values, QLatin1String(table), QLatin1String(field)); !status)
                return status;
        }
        // The points must lie in the range of the indicator version the entry names (a reversal negates one).
        QSqlQuery &indicator = m_database.cached(
            QStringLiteral("SELECT min_points, max_points FROM points_indicators WHERE id = :id AND deleted = 0"));
        indicator.bindValue(QStringLiteral(":id"), text(values, "indicator_id"));
        if (Status status = m_database.exec(indicator); !status)
            return status;
        const bool found = indicator.next();
        const qint64 low = found ? indicator.value(0).toLongLong() : 0;
        const qint64 high = found ? indicator.value(1).toLongLong() : 0;
        indicator.finish();
        if (!found)
            return Error{QStringLiteral("indicator_id"), QStringLiteral("No such indicator version.")};
        const qint64 points = text(values, "reverses_id").isEmpty() ? number("points") : -number("points");
        if (points < low || points > high)
            return Error{QStringLiteral("points"), QStringLiteral("Outside the indicator's range %1 to %2.").arg(low).arg(high)};
        if (!QDate::fromString(text(values, "deed_on"), Qt::ISODate).isValid())
            return Error{QStringLiteral("deed_on"), QStringLiteral("Must be a date written 2026-11-29.")};
        if (const QString person = text(values, "person_id"); !person.isEmpty()) {
            QSqlQuery &member = m_database.cached(QStringLiteral("SELECT 1 FROM persons WHERE id = :id AND household_id = :household"));
            member.bindValue(QStringLiteral(":id"), person);
            member.bindValue(QStringLiteral(":household"), text(values, "household_id"));
            if (Status status = m_database.exec(member); !status)
                return status;
            const bool isMember = member.next();
            member.finish();
            if (!isMember)
                return Error{QStringLiteral("person_id"), QStringLiteral("Must be a member of the household.")};
        }
        return {};
    }
    if (name == QLatin1String("points_evidence")) {
        if (Status status = exists(QStringLiteral("points_entries"), QStringLiteral("entry_id"), text(values, "entry_id")); !status)
            return status;
        return checkFileRecord(values);
    }
    if (name == QLatin1String("points_decisions")) {
        if (Status status = exists(QStringLiteral("points_entries"), QStringLiteral("entry_id"), text(values, "entry_id")); !status)
            return status;
        static const QStringList kinds{QStringLiteral("decided"), QStringLiteral("objection"), QStringLiteral("objection_resolved"),
                                       QStringLiteral("confirmed"), QStringLiteral("revoked")};
        if (!kinds.contains(text(values, "kind")))
            return Error{QStringLiteral("kind"), QStringLiteral("Unknown kind of decision.")};
        return {};
    }
    if (name == QLatin1String("points_redemptions") || name == QLatin1String("points_stock")) {
        if (Status status = exists(QStringLiteral("points_items"), QStringLiteral("item_id"), text(values, "item_id")); !status)
            return status;
        if (number("quantity") == 0)
            return Error{QStringLiteral("quantity"), QStringLiteral("Must not be 0.")};
        if (name == QLatin1String("points_stock"))
            return checkRequiredText(QStringLiteral("reason"), QStringLiteral("Reason"), text(values, "reason"), 200);
        return exists(QStringLiteral("households"), QStringLiteral("household_id"), text(values, "household_id"));
    }
    if (name == QLatin1String("points_items") && number("price") < 1)
        return Error{QStringLiteral("price"), QStringLiteral("Must be at least 1.")};
    return {};
}

Status RowRules::checkDispute(const QString &id, const QVariantMap &values, const RegionPath &path)
{
    if (path.isEmpty())
        return Error{QStringLiteral("region_id"), QStringLiteral("Not a region the server knows.")};
    if (Status status = exists(QStringLiteral("regions"), QStringLiteral("committee_id"), text(values, "committee_id")); !status)
        return status;
    for (const char *field : {"case_number", "title", "received_on", "facts", "deadline"}) {
        if (text(values, field).isEmpty())
            return Error{QLatin1String(field), QStringLiteral("Required.")};
    }
    for (const char *field : {"received_on", "deadline", "agreement_effective_on", "performance_deadline", "last_follow_up_on",
                              "escalated_on", "closed_on"}) {
        if (!text(values, field).isEmpty() && !QDate::fromString(text(values, field), Qt::ISODate).isValid())
            return Error{QLatin1String(field), QStringLiteral("Must be a date written 2026-11-29.")};
    }
    const QList<std::pair<const char *, const Vocabulary &(*)()>> coded{
        {"category", vocabulary::disputeCategories}, {"source", vocabulary::disputeSources}, {"risk", vocabulary::riskGrades},
        {"level", vocabulary::caseLevels}, {"status", vocabulary::caseStatuses}};
    for (const auto &[field, list] : coded) {
        if (Status status = oneOf(values, QLatin1String(field), list(), true); !status)
            return status;
    }
    if (Status status = oneOf(values, QStringLiteral("consultation"), vocabulary::consultationLevels(), false); !status)
        return status;
    if (Status status = oneOf(values, QStringLiteral("closure_kind"), vocabulary::closureKinds(), false); !status)
        return status;
    if (const auto mediators = codeList(values, QStringLiteral("mediator_ids")); !mediators)
        return mediators.error();
    // Two cases of one committee and year never share a number (docs/SYNC.md section 11).
    if (!values.value(QStringLiteral("case_seq")).isNull()) {
        QSqlQuery &taken = m_database.cached(QStringLiteral(
            "SELECT 1 FROM disputes WHERE committee_id = :committee AND case_year = :year AND case_seq = :seq "
            "AND deleted = 0 AND id <> :id"));
        taken.bindValue(QStringLiteral(":committee"), text(values, "committee_id"));
        taken.bindValue(QStringLiteral(":year"), values.value(QStringLiteral("case_year")));
        taken.bindValue(QStringLiteral(":seq"), values.value(QStringLiteral("case_seq")));
        taken.bindValue(QStringLiteral(":id"), id);
        if (Status status = m_database.exec(taken); !status)
            return status;
        const bool used = taken.next();
        taken.finish();
        if (used)
            return Error{QStringLiteral("case_number"), QStringLiteral("Another case of this committee already has this number.")};
    }
    return {};
}

Status RowRules::checkHousehold(const QVariantMap &values, const RegionPath &path)
{
    if (text(values, "grid_id").isEmpty())
        return Error{QStringLiteral("grid_id"), QStringLiteral("Required.")};
    if (path.grid.isEmpty() || path.grid != text(values, "grid_id"))
        return Error{QStringLiteral("grid_id"), QStringLiteral("Not a grid the server knows.")};
    if (const QList<Error> errors = register_rules::household(values); !errors.isEmpty())
        return errors.first();
    return {};
}

// A choice between two outcomes (core/mediation/CaseOutcome.h) names a decisive step of its own case.
Status RowRules::checkOutcomeChoice(const QString &disputeId, const QString &stepId)
{
    const QString field = QStringLiteral("data.step_id");
    if (Status status = exists(QStringLiteral("dispute_steps"), field, stepId); !status)
        return status;
    QSqlQuery &step =
        m_database.cached(QStringLiteral("SELECT dispute_id, kind FROM dispute_steps WHERE id = :id AND deleted = 0"));
    step.bindValue(QStringLiteral(":id"), stepId);
    if (Status status = m_database.exec(step); !status)
        return status;
    const bool ofThisCase =
        step.next() && step.value(0).toString() == disputeId && outcome::isDecisive(step.value(1).toString());
    step.finish();
    if (!ofThisCase)
        return Error{field, QStringLiteral("Must name an outcome recorded for this case.")};
    return {};
}

// An ID number is the register's key for a person, once per county. Another holder the caller may read is
// named in the refusal; one outside the caller's scope is not confirmed to the caller (that would make
// pushes an oracle of who lives where): the row goes through and a county administrator reviews the pair.
Status RowRules::checkIdNumberTaken(const QString &id, const QString &idNumber)
{
    if (m_written && !m_written->contains(QStringLiteral("id_number")))
        return {};
    QSqlQuery &duplicate = m_database.cached(QStringLiteral(
        "SELECT id, scope_county, scope_township, scope_village, scope_grid FROM persons "
        "WHERE id_number = :number AND deleted = 0 AND id <> :id"));
    duplicate.bindValue(QStringLiteral(":number"), idNumber);
    duplicate.bindValue(QStringLiteral(":id"), id);
    if (Status status = m_database.exec(duplicate); !status)
        return status;
    QList<QPair<QString, RegionPath>> holders;
    while (duplicate.next())
        holders.append({duplicate.value(0).toString(), RegionPath::fromQuery(duplicate, 1)});
    duplicate.finish();
    for (const auto &[holder, path] : holders) {
        const auto readable = m_access.mayRead(tables::persons(), path);
        if (!readable)
            return readable.error();
        if (*readable)
            return Error{QStringLiteral("id_number"), QStringLiteral("Another person in the register already has this ID number.")};
    }
    if (!holders.isEmpty())
        m_idNumberReview = holders.first().first;
    return {};
}

Status RowRules::checkPerson(const QString &id, const QVariantMap &values, const RegionPath &path)
{
    if (Status status = exists(QStringLiteral("households"), QStringLiteral("household_id"), text(values, "household_id"));
        !status)
        return status;
    if (path.isEmpty())
        return Error{QStringLiteral("household_id"), QStringLiteral("The household lies in no known region.")};
    // The register's own rules, as the device's form applies them (core/register/RegisterRules).
    if (const QList<Error> errors = register_rules::person(values, deviceToday()); !errors.isEmpty())
        return errors.first();
    // What a device sends is in its stored form, and an ID number is the register's key for a person.
    const QString idNumber = text(values, "id_number");
    if (!idNumber.isEmpty()) {
        if (parseIdNumber(idNumber, deviceToday())->number != idNumber)
            return Error{QStringLiteral("id_number"), QStringLiteral("Must be sent in its 18-character form.")};
        if (Status status = checkIdNumberTaken(id, idNumber); !status)
            return status;
    }
    if (!text(values, "phone").isEmpty()) {
        const auto phone = normalizePhone(QStringLiteral("phone"), text(values, "phone"));
        if (*phone != text(values, "phone"))
            return Error{QStringLiteral("phone"), QStringLiteral("Must be sent as stored (%1).").arg(*phone)};
    }
    return {};
}

} // namespace lianxin::server
