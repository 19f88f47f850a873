#include "core/service/RequestLifecycle.h"

#include <QCoreApplication>

#include <algorithm>

namespace lianxin::request_lifecycle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestLifecycle)
};

struct Rule
{
    const char *action;
    QStringList from;
    const char *to; // nullptr: decided by the data (a revisit)
    QList<Actor> actors;
};

const QList<Rule> &rules()
{
    using A = Actor;
    static const QList<Rule> list{
        {"take", {QString()}, "taken", {A::Officer, A::SubCentre}},
        {"accept", {QStringLiteral("taken")}, "accepted", {A::SubCentre}},
        {"return", {QStringLiteral("taken")}, "returned", {A::SubCentre}},
        {"resubmit", {QStringLiteral("returned")}, "taken", {A::Officer, A::SubCentre}},
        {"assign",
         {QStringLiteral("accepted"), QStringLiteral("assigned"), QStringLiteral("escalated")},
         "assigned",
         {A::SubCentre}},
        {"claim", {QStringLiteral("assigned")}, "claimed", {A::Department, A::SubCentre}},
        {"done", {QStringLiteral("claimed")}, "done", {A::Department, A::SubCentre}},
        {"tell", {QStringLiteral("done")}, "told", {A::Officer, A::SubCentre}},
        {"revisit", {QStringLiteral("done"), QStringLiteral("told")}, nullptr, {A::Officer, A::SubCentre}},
        // The officer withdraws what has not been accepted yet; the sub-centre what it has not handed on.
        {"cancel", {QStringLiteral("taken"), QStringLiteral("returned")}, "cancelled", {A::Officer}},
        {"cancel",
         {QStringLiteral("taken"), QStringLiteral("returned"), QStringLiteral("accepted"), QStringLiteral("assigned"),
          QStringLiteral("escalated")},
         "cancelled",
         {A::SubCentre}},
        {"escalate",
         {QStringLiteral("accepted"), QStringLiteral("assigned"), QStringLiteral("claimed")},
         "escalated",
         {A::SubCentre}},
    };
    return list;
}

// The rules of an action (one per group of actors that may take it from different states).
QList<const Rule *> rulesOf(const QString &action)
{
    QList<const Rule *> found;
    for (const Rule &rule : rules()) {
        if (action == QLatin1String(rule.action))
            found.append(&rule);
    }
    return found;
}

QString text(const QVariantMap &data, const char *key)
{
    return data.value(QLatin1String(key)).toString().trimmed();
}

Result<QString> apply(const QString &state, const QString &action, const QVariantMap &data, const Actor *actor)
{
    const QList<const Rule *> candidates = rulesOf(action);
    if (candidates.isEmpty())
        return Error{QStringLiteral("action"), Tr::tr("This is not a step of a service request.")};
    const Rule *rule = nullptr;
    bool followsState = false;
    for (const Rule *candidate : candidates) {
        if (!candidate->from.contains(state))
            continue;
        followsState = true;
        if (!actor || candidate->actors.contains(*actor))
            rule = candidate;
    }
    if (!followsState)
        return Error{QStringLiteral("action"), Tr::tr("This step cannot follow the request's present state.")};
    if (!rule)
        return Error{QStringLiteral("action"), Tr::tr("Your role does not take this step.")};
    if (action == QLatin1String("return") || action == QLatin1String("cancel") || action == QLatin1String("escalate")) {
        if (text(data, "reason").isEmpty())
            return Error{QStringLiteral("reason"), Tr::tr("Give the reason.")};
    }
    if (action == QLatin1String("assign") && text(data, "department_id").isEmpty())
        return Error{QStringLiteral("department_id"), Tr::tr("Choose the department that handles the request.")};
    if (action == QLatin1String("done") && text(data, "result").isEmpty())
        return Error{QStringLiteral("result"), Tr::tr("Say what was done.")};
    if (action == QLatin1String("revisit")) {
        const QString satisfaction = text(data, "satisfaction");
        if (satisfaction != QLatin1String("satisfied") && satisfaction != QLatin1String("fair") &&
            satisfaction != QLatin1String("dissatisfied"))
            return Error{QStringLiteral("satisfaction"), Tr::tr("Choose how satisfied the household is.")};
        const bool settled = data.value(QStringLiteral("settled")).toBool();
        return settled && satisfaction != QLatin1String("dissatisfied") ? QStringLiteral("settled")
                                                                        : QStringLiteral("accepted");
    }
    return QString::fromLatin1(rule->to);
}
} // namespace

Actor actorOf(const QString &role)
{
    if (role == QLatin1String("township_admin") || role == QLatin1String("county_admin"))
        return Actor::SubCentre;
    if (role == QLatin1String("department"))
        return Actor::Department;
    if (role == QLatin1String("grid_officer") || role == QLatin1String("grid_head"))
        return Actor::Officer;
    return Actor::Nobody;
}

Result<QString> next(const QString &state, const QString &action, const QVariantMap &data, Actor actor)
{
    return apply(state, action, data, &actor);
}

Result<QString> replay(const QString &state, const QString &action, const QVariantMap &data)
{
    return apply(state, action, data, nullptr);
}

bool allows(const QString &action, Actor actor)
{
    const QList<const Rule *> candidates = rulesOf(action);
    return std::any_of(candidates.cbegin(), candidates.cend(),
                       [actor](const Rule *rule) { return rule->actors.contains(actor); });
}

QStringList actions(const QString &state, Actor actor)
{
    QStringList list;
    for (const Rule &rule : rules()) {
        if (rule.from.contains(state) && rule.actors.contains(actor) && qstrcmp(rule.action, "take") != 0)
            list.append(QString::fromLatin1(rule.action));
    }
    return list;
}

bool isOpen(const QString &state)
{
    return state != QLatin1String("done") && state != QLatin1String("told") && state != QLatin1String("settled") &&
           state != QLatin1String("cancelled");
}

} // namespace lianxin::request_lifecycle
