#include "server/sync/RowRules.h"

#include "core/mediation/DisputeVocabulary.h"
#include "core/service/RequestLifecycle.h"
#include "core/service/ServiceVocabulary.h"
#include "core/validation/Validators.h"
#include "server/sync/RowAccess.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace lianxin::server {

namespace {
QString text(const QVariantMap &values, const char *field)
{
    return values.value(QLatin1String(field)).toString();
}

Status date(const QVariantMap &values, const char *field, bool required = true)
{
    const QString value = text(values, field);
    if (value.isEmpty() && !required)
        return {};
    if (!QDate::fromString(value, Qt::ISODate).isValid())
        return Error{QLatin1String(field), QStringLiteral("Must be a date written 2026-11-29.")};
    return {};
}

Status code(const QVariantMap &values, const char *field, const Vocabulary &vocabulary, bool required = true)
{
    const QString value = text(values, field);
    if (value.isEmpty() && !required)
        return {};
    if (!vocabulary::contains(vocabulary, value))
        return Error{QLatin1String(field), QStringLiteral("Unknown code \"%1\".").arg(value)};
    return {};
}
} // namespace

std::optional<Status> RowRules::checkService(const QString &name, const QVariantMap &values)
{
    // The checks run in order; the first failure is the answer.
    const auto first = [](std::initializer_list<std::function<Status()>> checks) -> Status {
        for (const auto &check : checks) {
            if (Status status = check(); !status)
                return status;
        }
        return {};
    };
    if (name == QLatin1String("visits"))
        return first({[&] {
                          return exists(QStringLiteral("households"), QStringLiteral("household_id"),
                                        text(values, "household_id"));
                      },
                      [&] { return date(values, "visited_on"); },
                      [&] { return code(values, "kind", vocabulary::visitKinds()); },
             [&] { return checkRequiredText(QStringLiteral("situation"), QStringLiteral("Situation"), text(values, "situation"), 2000); }});
    if (name == QLatin1String("visit_photos"))
        return first(
            {[&] { return exists(QStringLiteral("visits"), QStringLiteral("visit_id"), text(values, "visit_id")); },
             [&] { return checkFileRecord(values); }});
    if (name == QLatin1String("problems"))
        return first(
            {[&] { return exists(QStringLiteral("visits"), QStringLiteral("visit_id"), text(values, "visit_id")); },
             [&] { return date(values, "found_on"); },
             [&] { return code(values, "category", vocabulary::problemCategories()); },
             [&] {
                 return checkRequiredText(QStringLiteral("description"), QStringLiteral("Problem"),
                                          text(values, "description"), 500);
             },
             [&] { return code(values, "answer", vocabulary::problemAnswers(), false); },
             [&] { return date(values, "answered_on", false); }});
    if (name == QLatin1String("service_requests"))
        return first(
            {[&] { return code(values, "type", vocabulary::requestTypes()); },
             [&] { return code(values, "state", vocabulary::requestStates()); },
             [&] { return namedIfWritten(values, QStringLiteral("service_kinds"), QStringLiteral("kind_id")); },
             [&] { return namedIfWritten(values, QStringLiteral("households"), QStringLiteral("household_id")); },
             [&] { return namedIfWritten(values, QStringLiteral("problems"), QStringLiteral("problem_id")); },
             [&] { return namedIfWritten(values, QStringLiteral("departments"), QStringLiteral("department_id")); },
             [&] {
                 return checkRequiredText(QStringLiteral("description"), QStringLiteral("Description"),
                                          text(values, "description"), 2000);
             },
             [&] {
                 return checkRequiredText(QStringLiteral("number"), QStringLiteral("Number"), text(values, "number"),
                                          40);
             },
             [&] { return date(values, "taken_on"); }, [&] { return date(values, "due_on"); },
             [&] { return toStatus(normalizePhone(QStringLiteral("contact_phone"), text(values, "contact_phone"))); }});
    if (name == QLatin1String("service_steps")) {
        const QString action = text(values, "action");
        return first({[&] {
                          return exists(QStringLiteral("service_requests"), QStringLiteral("request_id"),
                                        text(values, "request_id"));
                      },
                      [&] { return code(values, "action", vocabulary::requestActions()); },
                      [&] {
                          return request_lifecycle::allows(action, request_lifecycle::actorOf(m_access.caller().role))
                                     ? Status{}
                                     : Status{Error{QStringLiteral("action"),
                                                    QStringLiteral("This account's role does not take this step.")}};
                      },
                      [&] {
                          const QJsonDocument data = QJsonDocument::fromJson(text(values, "data").toUtf8());
                          return data.isObject()
                                     ? Status{}
                                     : Status{Error{QStringLiteral("data"), QStringLiteral("Must be a JSON object.")}};
                      }});
    }
    if (name == QLatin1String("service_kinds"))
        return first(
            {[&] {
                 return checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), text(values, "name"), 40);
             },
             [&] { return code(values, "limit_kind", vocabulary::limitKinds()); },
             [&] { return code(values, "type", vocabulary::requestTypes(), false); },
             [&] { return namedIfWritten(values, QStringLiteral("departments"), QStringLiteral("department_id")); }});
    if (name == QLatin1String("departments"))
        return checkRequiredText(QStringLiteral("name"), QStringLiteral("Name"), text(values, "name"), 40);
    if (name == QLatin1String("visit_settings"))
        return first({[&] { return code(values, "period", vocabulary::visitPeriods()); }});
    if (name == QLatin1String("holidays"))
        return first(
            {[&] { return date(values, "on_date"); },
             [&] {
                 return text(values, "kind") == QLatin1String("holiday") ||
                                text(values, "kind") == QLatin1String("workday")
                            ? Status{}
                            : Status{Error{QStringLiteral("kind"), QStringLiteral("Must be holiday or workday.")}};
             }});
    if (name == QLatin1String("consultations"))
        return first({[&] { return code(values, "level", vocabulary::consultationLevels()); },
                      [&] { return date(values, "held_on"); },
                      [&] {
                          return checkRequiredText(QStringLiteral("chair"), QStringLiteral("Chair"),
                                                   text(values, "chair"), 50);
                      }});
    if (name == QLatin1String("consultation_decisions"))
        return first({[&] {
                          return exists(QStringLiteral("consultations"), QStringLiteral("consultation_id"),
                                        text(values, "consultation_id"));
                      },
                      [&] {
                          return checkRequiredText(QStringLiteral("decision"), QStringLiteral("Decision"),
                                                   text(values, "decision"), 500);
                      },
                      [&] {
                          return checkRequiredText(QStringLiteral("owner"), QStringLiteral("Owner"),
                                                   text(values, "owner"), 50);
                      },
                      [&] { return date(values, "due_on"); }, [&] { return date(values, "done_on", false); }});
    return std::nullopt;
}

} // namespace lianxin::server
