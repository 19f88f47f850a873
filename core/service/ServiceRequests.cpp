#include "core/service/ServiceRequests.h"

#include "core/common/ChinaTime.h"
#include "core/service/RequestLifecycle.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRequests)
};

const QString kColumns = QStringLiteral(
    "r.id, r.region_id, r.household_id, r.type, r.kind_id, r.number, r.description, r.contact_name, r.contact_phone, "
    "r.address, r.taken_on, r.due_on, r.state, r.department_id, r.routed_to, r.result, r.satisfaction, r.reopened, "
    "r.closed_on, r.taken_by, r.problem_id");
constexpr int kColumnCount = 21;

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

ServiceRequest requestFrom(const QSqlQuery &query)
{
    ServiceRequest r;
    r.id = query.value(0).toString();
    r.regionId = query.value(1).toString();
    r.householdId = query.value(2).toString();
    r.type = query.value(3).toString();
    r.kindId = query.value(4).toString();
    r.number = query.value(5).toString();
    r.description = query.value(6).toString();
    r.contactName = query.value(7).toString();
    r.contactPhone = query.value(8).toString();
    r.address = query.value(9).toString();
    r.takenOn = dateOf(query.value(10));
    r.dueOn = dateOf(query.value(11));
    r.state = query.value(12).toString();
    r.departmentId = query.value(13).toString();
    r.routedTo = RecordWriter::storedList(query.value(14));
    r.result = query.value(15).toString();
    r.satisfaction = query.value(16).toString();
    r.reopened = query.value(17).toInt();
    r.closedOn = dateOf(query.value(18));
    r.takenBy = query.value(19).toString();
    r.problemId = query.value(20).toString();
    r.info = readRecordInfo(query, kColumnCount);
    return r;
}

// The fields of the row the steps give, replayed from the first; marks the steps that could not follow.
QVariantMap replayed(QList<ServiceStep> &steps)
{
    QString state;
    QString department;
    QStringList routed;
    QString result;
    QString satisfaction;
    int reopened = 0;
    QDate closedOn;
    for (ServiceStep &step : steps) {
        const auto next = request_lifecycle::replay(state, step.action, step.data);
        step.applied = bool(next);
        if (!next)
            continue;
        const QDate on = chinaNow(FixedClock(step.occurred)).date();
        if (step.action == QLatin1String("assign")) {
            department = step.data.value(QStringLiteral("department_id")).toString();
            if (!routed.contains(department))
                routed.append(department);
        } else if (step.action == QLatin1String("done")) {
            result = step.data.value(QStringLiteral("result")).toString();
        } else if (step.action == QLatin1String("revisit")) {
            satisfaction = step.data.value(QStringLiteral("satisfaction")).toString();
            if (*next == QLatin1String("accepted")) {
                ++reopened;
                department.clear();
                result.clear();
            }
        }
        closedOn = (*next == QLatin1String("settled") || *next == QLatin1String("cancelled")) ? on : QDate();
        state = *next;
    }
    return {{QStringLiteral("state"), state},
            {QStringLiteral("department_id"), department},
            {QStringLiteral("routed_to"), routed.isEmpty() ? QVariant() : QVariant(routed)}, // NULL, as taken
            {QStringLiteral("result"), result},
            {QStringLiteral("satisfaction"), satisfaction},
            {QStringLiteral("reopened"), reopened},
            {QStringLiteral("closed_on"), closedOn}};
}
} // namespace

ServiceRequests::ServiceRequests(Database &database) : m_database(database) {}

QString ServiceRequests::takenAt(const QDate &takenOn) const
{
    // A request typed in on a later day was taken that day: its first step is dated so, at 09:00 China time.
    if (takenOn >= chinaToday(m_database.clock()))
        return m_database.now();
    return toStoredTimestamp(QDateTime(takenOn, QTime(9, 0), Qt::UTC).addSecs(-kChinaUtcOffsetSeconds));
}

QString ServiceRequests::nextNumber(const QString &type, const QDate &takenOn) const
{
    // Numbers people read: type, day, this device, and a count of that day's on this device, so two offline
    // devices never hand out the same one.
    const QString prefix = (type == QLatin1String("event") ? QStringLiteral("SJ") : QStringLiteral("FW")) +
                           takenOn.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + m_database.deviceTag() +
                           QLatin1Char('-');
    QSqlQuery &query =
        m_database.cached(QStringLiteral("SELECT count(*) FROM service_requests WHERE number LIKE ? || '%'"));
    query.bindValue(0, prefix);
    int count = 0;
    if (m_database.exec(query) && query.next())
        count = query.value(0).toInt();
    query.finish();
    return prefix + QStringLiteral("%1").arg(count + 1, 3, 10, QLatin1Char('0'));
}

Result<QString> ServiceRequests::take(ServiceRequest request, const QString &role)
{
    if (request.type != QLatin1String("request") && request.type != QLatin1String("event"))
        return Error{QStringLiteral("type"), Tr::tr("Choose a service request or an event.")};
    ServiceCatalogue catalogue(m_database);
    const auto kind = catalogue.kind(request.kindId);
    if (!kind || kind->retired || kind->type != request.type)
        return Error{QStringLiteral("kind_id"), Tr::tr("Choose the kind of request.")};
    if (Status status =
            checkRequiredText(QStringLiteral("description"), Tr::tr("Description"), request.description, 2000);
        !status)
        return status.error();
    if (Status status = checkTextLength(QStringLiteral("contact_name"), Tr::tr("Contact"), request.contactName, 50);
        !status)
        return status.error();
    if (Status status = checkTextLength(QStringLiteral("address"), Tr::tr("Address"), request.address, 100); !status)
        return status.error();
    const auto phone = normalizePhone(QStringLiteral("contact_phone"), request.contactPhone);
    if (!phone)
        return phone.error();
    request.contactPhone = *phone;
    QSqlQuery &region = m_database.cached(QStringLiteral("SELECT 1 FROM regions WHERE id = ? AND deleted = 0"));
    region.bindValue(0, request.regionId);
    const bool regionFound = m_database.exec(region) && region.next();
    region.finish();
    if (!regionFound)
        return Error{QStringLiteral("region_id"), Tr::tr("Choose the grid the request comes from.")};
    const auto next = request_lifecycle::next(QString(), QStringLiteral("take"), {}, request_lifecycle::actorOf(role));
    if (!next)
        return next.error();
    const QDate today = chinaToday(m_database.clock());
    if (!request.takenOn.isValid())
        request.takenOn = today;
    if (request.takenOn > today)
        return Error{QStringLiteral("taken_on"), Tr::tr("The request cannot be taken in the future.")};
    const WorkingCalendar calendar = WorkingCalendar::load(m_database);
    request.dueOn =
        calendar.addWorkingDays(request.takenOn, kind->limitKind == QLatin1String("same_day") ? 0 : kind->limitDays);

    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    RecordWriter writer(m_database);
    const auto id =
        writer.insert(tables::serviceRequests(), {{QStringLiteral("region_id"), request.regionId},
                                                  {QStringLiteral("household_id"), request.householdId},
                                                  {QStringLiteral("problem_id"), request.problemId},
                                                  {QStringLiteral("type"), request.type},
                                                  {QStringLiteral("kind_id"), request.kindId},
                                                  {QStringLiteral("number"), nextNumber(request.type, request.takenOn)},
                                                  {QStringLiteral("description"), request.description},
                                                  {QStringLiteral("contact_name"), request.contactName},
                                                  {QStringLiteral("contact_phone"), request.contactPhone},
                                                  {QStringLiteral("address"), request.address},
                                                  {QStringLiteral("taken_on"), request.takenOn},
                                                  {QStringLiteral("due_on"), request.dueOn},
                                                  {QStringLiteral("state"), *next},
                                                  {QStringLiteral("reopened"), 0},
                                                  {QStringLiteral("taken_by"), request.takenBy}});
    if (!id)
        return id.error();
    if (auto step = writer.insert(tables::serviceSteps(), {{QStringLiteral("request_id"), *id},
                                                           {QStringLiteral("action"), QStringLiteral("take")},
                                                           {QStringLiteral("occurred"), takenAt(request.takenOn)},
                                                           {QStringLiteral("data"), QStringLiteral("{\"seen\":0}")}});
        !step)
        return step.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<QString> ServiceRequests::act(const QString &id, const QString &action, QVariantMap data, const QString &role,
                                     const QDateTime &at)
{
    const auto request = get(id);
    if (!request)
        return Error{QStringLiteral("request_id"), Tr::tr("The request is not on this device.")};
    for (const char *key : {"reason", "result", "note"}) {
        const QString value = data.value(QLatin1String(key)).toString().trimmed();
        if (value.size() > 1000)
            return Error{QLatin1String(key), Tr::tr("At most 1000 characters.")};
        if (data.contains(QLatin1String(key)))
            data.insert(QLatin1String(key), value);
    }
    const auto actor = request_lifecycle::actorOf(role);
    if (Result<QString> next = request_lifecycle::next(request->state, action, data, actor); !next)
        return next.error();
    if (action == QLatin1String("assign")) {
        QSqlQuery &department =
            m_database.cached(QStringLiteral("SELECT 1 FROM departments WHERE id = ? AND deleted = 0 AND retired = 0"));
        department.bindValue(0, data.value(QStringLiteral("department_id")));
        const bool found = m_database.exec(department) && department.next();
        department.finish();
        if (!found)
            return Error{QStringLiteral("department_id"), Tr::tr("Choose the department that handles the request.")};
    }
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    // A step comes after the steps before it, even when this device's clock says otherwise, and says how many
    // it saw: two steps that saw as many were taken on two devices from the same state (a fork to replay).
    QString occurred = at.isValid() ? toStoredTimestamp(at) : m_database.now();
    QSqlQuery &last = m_database.cached(
        QStringLiteral("SELECT max(occurred), count(*) FROM service_steps WHERE request_id = ? AND deleted = 0"));
    last.bindValue(0, id);
    if (m_database.exec(last) && last.next()) {
        if (last.value(0).toString() >= occurred)
            occurred =
                toStoredTimestamp(QDateTime::fromString(last.value(0).toString(), Qt::ISODateWithMs).addMSecs(1));
        data.insert(QStringLiteral("seen"), last.value(1).toInt());
    }
    last.finish();
    RecordWriter writer(m_database);
    const auto step = writer.insert(
        tables::serviceSteps(),
        {{QStringLiteral("request_id"), id},
         {QStringLiteral("action"), action},
         {QStringLiteral("occurred"), occurred},
         {QStringLiteral("data"),
          QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(data)).toJson(QJsonDocument::Compact))}});
    if (!step)
        return step.error();
    if (Status status = rebuild(id); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return step;
}

Status ServiceRequests::rebuild(const QString &id)
{
    QList<ServiceStep> list = steps(id);
    if (list.isEmpty() || !get(id))
        return {};
    RecordWriter writer(m_database);
    return toStatus(writer.update(tables::serviceRequests(), id, replayed(list)));
}

std::optional<ServiceRequest> ServiceRequests::get(const QString &id) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1, %2 FROM service_requests r WHERE r.id = ? AND r.deleted = 0")
                               .arg(kColumns, recordInfoColumns(QStringLiteral("r"))));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return requestFrom(query);
}

std::optional<ServiceRequest> ServiceRequests::draftForHousehold(const QString &householdId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT h.grid_id, h.address || coalesce(' ' || h.house_number, ''), p.name, p.phone FROM households h "
        "LEFT JOIN persons p ON p.id = h.head_person_id WHERE h.id = ? AND h.deleted = 0"));
    query.addBindValue(householdId);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    ServiceRequest request;
    request.householdId = householdId;
    request.regionId = query.value(0).toString();
    request.address = query.value(1).toString();
    request.contactName = query.value(2).toString();
    request.contactPhone = query.value(3).toString();
    return request;
}

std::optional<ServiceRequest> ServiceRequests::draftForProblem(const QString &problemId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT household_id, description FROM problems WHERE id = ?"));
    query.addBindValue(problemId);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    auto request = draftForHousehold(query.value(0).toString());
    if (request) {
        request->problemId = problemId;
        request->description = query.value(1).toString();
    }
    return request;
}

QList<ServiceStep> ServiceRequests::steps(const QString &id) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT s.id, s.action, s.occurred, s.data, %1 FROM service_steps s "
                                          "WHERE s.request_id = ? AND s.deleted = 0 ORDER BY s.occurred, s.id")
                               .arg(recordInfoColumns(QStringLiteral("s"))));
    query.addBindValue(id);
    QList<ServiceStep> list;
    if (!m_database.exec(query))
        return list;
    while (query.next()) {
        ServiceStep step;
        step.id = query.value(0).toString();
        step.action = query.value(1).toString();
        step.occurred = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        step.data = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object().toVariantMap();
        step.info = readRecordInfo(query, 4);
        list.append(step);
    }
    replayed(list);
    return list;
}

Card ServiceRequests::card(const ServiceRequest &request, const QDate &today, const WorkingCalendar &calendar)
{
    if (!request_lifecycle::isOpen(request.state) || !request.dueOn.isValid())
        return Card::None;
    if (request.dueOn < today)
        return Card::Red;
    return request.dueOn <= calendar.addWorkingDays(today.addDays(1), 0) ? Card::Yellow : Card::None;
}

namespace {
QString filterCondition(RequestList::Filter filter)
{
    switch (filter) {
    case RequestList::Filter::All:
        return QStringLiteral("1");
    case RequestList::Filter::Inbox:
        return QStringLiteral("r.state = 'taken'");
    case RequestList::Filter::ToAssign:
        return QStringLiteral("r.state IN ('accepted', 'escalated')");
    case RequestList::Filter::Department:
        return QStringLiteral("r.state IN ('assigned', 'claimed')");
    case RequestList::Filter::Revisits:
        return QStringLiteral("r.state IN ('done', 'told')");
    case RequestList::Filter::Open:
        return QStringLiteral("r.state NOT IN ('done', 'told', 'settled', 'cancelled')");
    case RequestList::Filter::Closed:
        return QStringLiteral("r.state IN ('settled', 'cancelled')");
    }
    return QStringLiteral("1");
}

// A department account lists the requests that are its own now: one reopened and routed elsewhere has left
// its lists, though its device keeps the copy (the server still sends what it once handled).
const QString kDepartmentCondition =
    QStringLiteral("(coalesce(:department, '') = '' OR r.department_id = :department)");
} // namespace

QList<ServiceRequest> RequestList::escalated(const Scope &scope, int limit) const
{
    // Column lists and the scope's condition are the code's own; the scope and the limit are bound below.
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1, %2 FROM service_requests r WHERE r.deleted = 0 AND r.state = 'escalated' AND %3 "
                       "ORDER BY r.taken_on, r.id LIMIT :limit")
            .arg(kColumns, recordInfoColumns(QStringLiteral("r")), regionInScope(QStringLiteral("r.region_id"))));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<ServiceRequest> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append(requestFrom(query));
    }
    return list;
}

Result<Page<RequestRow>> RequestList::page(const Scope &scope, Filter filter, const QString &departmentId,
                                           const QDate &today, const WorkingCalendar &calendar, const PageCursor &after,
                                           int limit) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT %1, %2, k.name, d.name, g.name FROM service_requests r "
            "LEFT JOIN service_kinds k ON k.id = r.kind_id LEFT JOIN departments d ON d.id = r.department_id "
            "LEFT JOIN regions g ON g.id = r.region_id "
            "WHERE r.deleted = 0 AND %3 AND %4 AND %5 AND (:after_due IS NULL OR (r.due_on, r.id) > (:after_due, "
            ":after_id)) "
            "ORDER BY r.due_on, r.id LIMIT :limit")
            .arg(kColumns, recordInfoColumns(QStringLiteral("r")), filterCondition(filter),
                 regionInScope(QStringLiteral("r.region_id")), kDepartmentCondition));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":department"), departmentId);
    query.bindValue(QStringLiteral(":after_due"),
                    after.isStart() ? QVariant(QMetaType(QMetaType::QString)) : after.sortValue);
    query.bindValue(QStringLiteral(":after_id"), after.id);
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    if (Status status = m_database.exec(query); !status)
        return status.error();
    Page<RequestRow> page;
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        RequestRow row;
        row.request = requestFrom(query);
        const int extra = kColumnCount + 5;
        row.kindName = query.value(extra).toString();
        row.departmentName = query.value(extra + 1).toString();
        row.regionName = query.value(extra + 2).toString();
        row.card = ServiceRequests::card(row.request, today, calendar);
        page.rows.append(row);
    }
    if (!page.rows.isEmpty())
        page.next = {page.rows.last().request.dueOn.toString(Qt::ISODate), page.rows.last().request.id};
    return page;
}

Result<RequestCounts> RequestList::counts(const Scope &scope, const QString &departmentId, const QDate &today,
                                          const WorkingCalendar &calendar) const
{
    const QDate yellowUntil = calendar.addWorkingDays(today.addDays(1), 0);
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT r.state, count(*), "
                       "sum(CASE WHEN r.state NOT IN ('done', 'told', 'settled', 'cancelled') AND r.due_on < :today "
                       "THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN r.state NOT IN ('done', 'told', 'settled', 'cancelled') AND r.due_on >= :today "
                       "AND r.due_on <= :yellow THEN 1 ELSE 0 END) "
                       "FROM service_requests r WHERE r.deleted = 0 AND %1 AND %2 GROUP BY r.state")
            .arg(regionInScope(QStringLiteral("r.region_id")), kDepartmentCondition));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":department"), departmentId);
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":yellow"), yellowUntil.toString(Qt::ISODate));
    if (Status status = m_database.exec(query); !status)
        return status.error();
    RequestCounts counts;
    while (query.next()) {
        counts.byState.insert(query.value(0).toString(), query.value(1).toInt());
        counts.red += query.value(2).toInt();
        counts.yellow += query.value(3).toInt();
    }
    return counts;
}

QList<RequestRow> RequestList::ofHousehold(const QString &householdId, const QDate &today,
                                           const WorkingCalendar &calendar) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT %1, %2, k.name, d.name, g.name FROM service_requests r "
            "LEFT JOIN service_kinds k ON k.id = r.kind_id LEFT JOIN departments d ON d.id = r.department_id "
            "LEFT JOIN regions g ON g.id = r.region_id WHERE r.household_id = ? AND r.deleted = 0 "
            "ORDER BY r.taken_on DESC, r.id DESC LIMIT 100")
            .arg(kColumns, recordInfoColumns(QStringLiteral("r"))));
    query.addBindValue(householdId);
    QList<RequestRow> rows;
    if (!m_database.exec(query))
        return rows;
    while (query.next()) {
        RequestRow row;
        row.request = requestFrom(query);
        row.kindName = query.value(kColumnCount + 5).toString();
        row.departmentName = query.value(kColumnCount + 6).toString();
        row.regionName = query.value(kColumnCount + 7).toString();
        row.card = ServiceRequests::card(row.request, today, calendar);
        rows.append(row);
    }
    return rows;
}

} // namespace lianxin
