#include "core/export/ListSources.h"

#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/points/PointsRanking.h"
#include "core/register/Vocabulary.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListSources)
};

constexpr int kPage = 500;

class CaseSource : public ListSource
{
public:
    explicit CaseSource(DisputeFilter filter) : m_filter(std::move(filter)) {}
    QString name() const override { return QStringLiteral("cases"); }
    QString title() const override { return Tr::tr("Cases"); }
    QStringList header() const override
    {
        return {Tr::tr("Case number"), Tr::tr("Dispute"),    Tr::tr("Parties"), Tr::tr("Dispute kind"),
                Tr::tr("Status"),      Tr::tr("Overdue"),    Tr::tr("Risk"),    Tr::tr("Level"),
                Tr::tr("Received"),    Tr::tr("Time limit"), Tr::tr("Where")};
    }
    qint64 total(Database &database) const override { return DisputeList(database).count(m_filter); }
    Result<QList<QVariantList>> next(Database &database) override
    {
        if (m_done)
            return QList<QVariantList>();
        const Page<DisputeRow> page = DisputeList(database).page(m_filter, m_cursor, kPage);
        QList<QVariantList> rows;
        for (const DisputeRow &row : page.rows) {
            QString risk = vocabulary::label(vocabulary::riskGrades(), row.risk);
            if (row.violenceRisk)
                risk = Tr::tr("%1, risk of violence").arg(risk);
            rows.append({row.caseNumber, row.title, row.parties,
                         vocabulary::label(vocabulary::disputeCategories(), row.category),
                         vocabulary::label(vocabulary::caseStatuses(), row.status),
                         row.overdue ? Tr::tr("Overdue") : QString(), risk,
                         vocabulary::label(vocabulary::caseLevels(), row.level), row.receivedOn, row.deadline,
                         row.regionName});
        }
        m_cursor = page.next;
        m_done = !page.hasMore;
        return rows;
    }

private:
    DisputeFilter m_filter;
    PageCursor m_cursor;
    bool m_done = false;
};

class RequestSource : public ListSource
{
public:
    RequestSource(Scope scope, RequestList::Filter filter, QString departmentId, QDate today)
        : m_scope(std::move(scope)), m_filter(filter), m_departmentId(std::move(departmentId)), m_today(today)
    {
    }
    QString name() const override { return QStringLiteral("service_requests"); }
    QString title() const override { return Tr::tr("Requests"); }
    QStringList header() const override
    {
        return {Tr::tr("Number"),     Tr::tr("Type"),   Tr::tr("Kind"),        Tr::tr("Matter"), Tr::tr("Contact"),
                Tr::tr("Phone"),      Tr::tr("Where"),  Tr::tr("Taken"),       Tr::tr("Due"),    Tr::tr("State"),
                Tr::tr("Department"), Tr::tr("Result"), Tr::tr("Satisfaction")};
    }
    qint64 total(Database &) const override { return -1; }
    Result<QList<QVariantList>> next(Database &database) override
    {
        if (m_done)
            return QList<QVariantList>();
        if (!m_calendar)
            m_calendar = WorkingCalendar::load(database);
        const auto page =
            RequestList(database).page(m_scope, m_filter, m_departmentId, m_today, *m_calendar, m_cursor, kPage);
        if (!page)
            return page.error();
        QList<QVariantList> rows;
        for (const RequestRow &row : page->rows) {
            const ServiceRequest &r = row.request;
            rows.append({r.number, vocabulary::label(vocabulary::requestTypes(), r.type), row.kindName, r.description,
                         r.contactName, maskPhone(r.contactPhone), row.regionName, r.takenOn, r.dueOn,
                         vocabulary::label(vocabulary::requestStates(), r.state), row.departmentName, r.result,
                         vocabulary::label(vocabulary::satisfactionLevels(), r.satisfaction)});
        }
        m_cursor = page->next;
        m_done = !page->hasMore;
        return rows;
    }

private:
    Scope m_scope;
    RequestList::Filter m_filter;
    QString m_departmentId;
    QDate m_today;
    std::optional<WorkingCalendar> m_calendar;
    PageCursor m_cursor;
    bool m_done = false;
};
class VisitSource : public ListSource
{
public:
    VisitSource(Scope scope, QDate first, QDate last) : m_scope(std::move(scope)), m_first(first), m_last(last) {}
    QString name() const override { return QStringLiteral("visits"); }
    QString title() const override { return Tr::tr("Visits"); }
    QStringList header() const override
    {
        return {Tr::tr("Visited on"), Tr::tr("Time"),  Tr::tr("Kind"),      Tr::tr("Household"), Tr::tr("Grid"),
                Tr::tr("Workers"),    Tr::tr("Met"),   Tr::tr("Situation"), Tr::tr("Problems")};
    }
    qint64 total(Database &) const override { return -1; }
    Result<QList<QVariantList>> next(Database &database) override
    {
        if (m_done)
            return QList<QVariantList>();
        // Keyset-paged by date and id; the scope is bound (scopeCondition reads :scope).
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT v.id, v.visited_on, v.visited_at, v.kind, "
                           "coalesce(head.name, h.address || coalesce(' ' || h.house_number, '')), g.name, v.workers, "
                           "v.met, v.situation, (SELECT count(*) FROM problems p WHERE p.visit_id = v.id AND p.deleted = 0) "
                           "FROM visits v JOIN households h ON h.id = v.household_id JOIN regions g ON g.id = h.grid_id "
                           "LEFT JOIN persons head ON head.id = h.head_person_id "
                           "WHERE v.deleted = 0 AND v.visited_on BETWEEN :first AND :last AND %1 "
                           "AND (v.visited_on, v.id) > (:after_day, :after_id) ORDER BY v.visited_on, v.id LIMIT :limit")
                .arg(scopeCondition()));
        query.bindValue(QStringLiteral(":scope"), scopeValue(m_scope));
        query.bindValue(QStringLiteral(":first"), m_first.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":last"), m_last.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":after_day"), m_afterDay);
        query.bindValue(QStringLiteral(":after_id"), m_afterId);
        query.bindValue(QStringLiteral(":limit"), kPage);
        if (!database.exec(query))
            return Error{{}, Tr::tr("The visits could not be read.")};
        QList<QVariantList> rows;
        while (query.next()) {
            m_afterId = query.value(0).toString();
            m_afterDay = query.value(1).toString();
            rows.append({QDate::fromString(m_afterDay, Qt::ISODate), query.value(2).toString(),
                         vocabulary::label(vocabulary::visitKinds(), query.value(3).toString()), query.value(4).toString(),
                         query.value(5).toString(), RecordWriter::storedList(query.value(6)).join(QStringLiteral("、")),
                         query.value(7).toString(), query.value(8).toString(), query.value(9).toInt()});
        }
        m_done = rows.size() < kPage;
        return rows;
    }

private:
    Scope m_scope;
    QDate m_first;
    QDate m_last;
    QString m_afterDay = QStringLiteral("");
    QString m_afterId = QStringLiteral("");
    bool m_done = false;
};

// A ranking is one region's households (a township's at most): read whole, as its screen does.
class RankingSource : public ListSource
{
public:
    RankingSource(QString regionId, QDate from, QDate to) : m_regionId(std::move(regionId)), m_from(from), m_to(to) {}
    QString name() const override { return QStringLiteral("points_ranking"); }
    QString title() const override { return Tr::tr("Points"); }
    QStringList header() const override
    {
        return {Tr::tr("Rank"), Tr::tr("Household"), Tr::tr("Grid"), Tr::tr("Points"), Tr::tr("From"), Tr::tr("To")};
    }
    qint64 total(Database &) const override { return -1; }
    Result<QList<QVariantList>> next(Database &database) override
    {
        QList<QVariantList> rows;
        if (std::exchange(m_done, true))
            return rows;
        for (const RankedHousehold &household : PointsRanking(database).rank(m_regionId, m_from, m_to))
            rows.append({household.rank, household.name, household.gridName, household.points, m_from, m_to});
        return rows;
    }

private:
    QString m_regionId;
    QDate m_from;
    QDate m_to;
    bool m_done = false;
};
} // namespace

std::unique_ptr<ListSource> visitListSource(const Scope &scope, const QDate &first, const QDate &last)
{
    return std::make_unique<VisitSource>(scope, first, last);
}

std::unique_ptr<ListSource> rankingListSource(const QString &regionId, const QDate &from, const QDate &to)
{
    return std::make_unique<RankingSource>(regionId, from, to);
}

std::unique_ptr<ListSource> caseListSource(const DisputeFilter &filter)
{
    return std::make_unique<CaseSource>(filter);
}

std::unique_ptr<ListSource> requestListSource(const Scope &scope, RequestList::Filter filter,
                                              const QString &departmentId, const QDate &today)
{
    return std::make_unique<RequestSource>(scope, filter, departmentId, today);
}

} // namespace lianxin
