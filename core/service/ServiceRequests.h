#pragma once

#include "core/auth/Scope.h"
#include "core/common/Paging.h"
#include "core/common/Result.h"
#include "core/storage/RecordInfo.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace lianxin {

class Database;
class WorkingCalendar;

// A service request taken at the door, or an event reported (事件上报), as the row keeps it: the state its
// steps give, and what the department needs of the household (a name, a phone, an address) copied in.
struct ServiceRequest
{
    QString id;
    QString regionId; // the grid
    QString householdId;
    QString problemId;                        // the problem found on a visit that it hands on (问题解)
    QString type = QStringLiteral("request"); // request | event
    QString kindId;
    QString number; // of the slip (受理单)
    QString description;
    QString contactName;
    QString contactPhone;
    QString address;
    QDate takenOn;
    QDate dueOn;
    QString state;
    QString departmentId;
    QStringList routedTo; // every department it was ever assigned to: they keep seeing what became of it
    QString result;
    QString satisfaction;
    int reopened = 0;
    QDate closedOn;
    QString takenBy;
    RecordInfo info;
};

// One change of state: who and when are its RecordInfo. `applied` is false for a step recorded on another
// device that could not follow the state the earlier steps left (both devices acted on the same state).
struct ServiceStep
{
    QString id;
    QString action;
    QDateTime occurred;
    QVariantMap data;
    bool applied = true;
    RecordInfo info;
};

// The warning cards of the 督办 practice: yellow when the limit is today or the next working day, red
// once it has passed, while the request is still being worked on.
enum class Card { None, Yellow, Red };

// Takes requests and records their steps (append-only), keeping the row's state the one the steps give
// (RequestLifecycle.h), each change one transaction.
class ServiceRequests
{
public:
    explicit ServiceRequests(Database &database);

    // Validates and records a new request with its first step; the number and the limit are computed
    // from the kind and the calendar. Errors name the field.
    [[nodiscard]] Result<QString> take(ServiceRequest request, const QString &role);
    // Records a step by an actor of `role`, now or (demo data, records typed in afterwards) at `at`; errors
    // name the field ("action" when it cannot follow).
    [[nodiscard]] Result<QString> act(const QString &id, const QString &action, QVariantMap data, const QString &role,
                                      const QDateTime &at = {});
    // Replays the steps and writes the row when it differs from what they give (after a pull brought
    // steps recorded elsewhere).
    [[nodiscard]] Status rebuild(const QString &id);

    std::optional<ServiceRequest> get(const QString &id) const;
    QList<ServiceStep> steps(const QString &id) const;
    // A new request with what the department needs of a live household copied in: its grid, its address,
    // its head's name and phone (the department's device never holds the register).
    std::optional<ServiceRequest> draftForHousehold(const QString &householdId) const;
    // A new request handing on a problem found on a visit: the household's details and the problem's words.
    std::optional<ServiceRequest> draftForProblem(const QString &problemId) const;

    static Card card(const ServiceRequest &request, const QDate &today, const WorkingCalendar &calendar);

private:
    QString nextNumber(const QString &type, const QDate &takenOn) const;
    QString takenAt(const QDate &takenOn) const;

    Database &m_database;
};

// The lists of the 走访/服务 screens, paged by limit then id.
struct RequestRow
{
    ServiceRequest request;
    QString kindName;
    QString departmentName;
    QString regionName;
    Card card = Card::None;
};

struct RequestCounts
{
    QHash<QString, int> byState;
    int yellow = 0;
    int red = 0;
};

class RequestList
{
public:
    enum class Filter {
        All,        // every request in scope
        Inbox,      // the sub-centre's: taken, to accept or return
        ToAssign,   // accepted (again) or escalated, to route
        Department, // routed to a department: assigned or claimed
        Revisits,   // done or told, awaiting the revisit
        Open,       // still being worked on
        Closed,     // settled or cancelled
    };
    explicit RequestList(const Database &database) : m_database(database) {}

    [[nodiscard]] Result<Page<RequestRow>> page(const Scope &scope, Filter filter, const QString &departmentId,
                                                const QDate &today, const WorkingCalendar &calendar,
                                                const PageCursor &after = {}, int limit = 50) const;
    [[nodiscard]] Result<RequestCounts> counts(const Scope &scope, const QString &departmentId, const QDate &today,
                                               const WorkingCalendar &calendar) const;
    // The requests and events escalated to consultation in scope, oldest first: a meeting's matters.
    QList<ServiceRequest> escalated(const Scope &scope, int limit = 50) const;
    // Requests of one household, newest first.
    QList<RequestRow> ofHousehold(const QString &householdId, const QDate &today,
                                  const WorkingCalendar &calendar) const;

private:
    const Database &m_database;
};

} // namespace lianxin
