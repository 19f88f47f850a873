#pragma once

#include "core/common/Result.h"

#include <QStringList>
#include <QVariantMap>

namespace lianxin::request_lifecycle {

// The states of a service request or event (docs/SERVICE.md): taken at the door → accepted by the
// township sub-centre (or returned with a reason) → assigned to a department → claimed → done → told to
// the household → settled by a revisit (回头看); an unsatisfied revisit reopens it (accepted again). Also
// cancelled, and escalated to three-level consultation.
inline constexpr const char *kStates[] = {"taken", "returned", "accepted", "assigned",  "claimed",
                                          "done",  "told",     "settled",  "cancelled", "escalated"};
inline constexpr const char *kActions[] = {"take", "accept", "return",  "resubmit", "assign",  "claim",
                                           "done", "tell",   "revisit", "cancel",   "escalate"};

// Who acts: the grid officer at the door, the township sub-centre, a department.
enum class Actor { Officer, SubCentre, Department, Nobody };
Actor actorOf(const QString &role);

// The state an action leads to from `state`, checked against the actor and the action's data (a reason to
// return, cancel or escalate; the department to assign; the result when done; the satisfaction of a
// revisit). Errors name the field: "action" when the action cannot follow the state or is not the actor's.
[[nodiscard]] Result<QString> next(const QString &state, const QString &action, const QVariantMap &data, Actor actor);
// The same without the actor: for replaying the recorded steps, whose authors were checked when recorded.
[[nodiscard]] Result<QString> replay(const QString &state, const QString &action, const QVariantMap &data);
// Whether the action is one the actor takes at all (the server's check: it cannot know the state a device saw).
bool allows(const QString &action, Actor actor);
// The actions an actor may take from a state, in the order the screens offer them.
QStringList actions(const QString &state, Actor actor);
// Whether a request in this state is still being worked on (its time limit runs).
bool isOpen(const QString &state);

} // namespace lianxin::request_lifecycle
