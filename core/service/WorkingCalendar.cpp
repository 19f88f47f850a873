#include "core/service/WorkingCalendar.h"

#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
};
} // namespace

WorkingCalendar WorkingCalendar::load(const Database &database)
{
    WorkingCalendar calendar;
    QSqlQuery query = database.prepare(QStringLiteral("SELECT on_date, kind FROM holidays WHERE deleted = 0"));
    if (database.exec(query)) {
        while (query.next())
            calendar.add(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                         query.value(1).toString() == QLatin1String("workday"));
    }
    return calendar;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (const auto it = m_exceptions.constFind(date); it != m_exceptions.cend())
        return *it;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int days) const
{
    QDate day = from;
    while (!isWorkingDay(day))
        day = day.addDays(1);
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int days = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++days;
    }
    return days;
}

QList<CalendarDay> HolidayCalendar::year(int year) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT id, region_id, on_date, kind, name FROM holidays "
                                          "WHERE deleted = 0 AND on_date BETWEEN ? AND ? ORDER BY on_date"));
    query.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    query.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    QList<CalendarDay> days;
    if (!m_database.exec(query))
        return days;
    while (query.next())
        days.append({query.value(0).toString(), query.value(1).toString(),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate),
                     query.value(3).toString() == QLatin1String("workday"), query.value(4).toString()});
    return days;
}

Result<QString> HolidayCalendar::set(const QString &regionId, const QDate &date, bool working, const QString &name)
{
    if (!date.isValid())
        return Error{QStringLiteral("on_date"), Tr::tr("Choose the date.")};
    if (name.trimmed().size() > 30)
        return Error{QStringLiteral("name"), Tr::tr("The name of the day may have at most 30 characters.")};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    RecordWriter writer(m_database);
    // What this region recorded for the date is replaced; a county's day stays when a township sets its own.
    QSqlQuery &same = m_database.cached(QStringLiteral("SELECT id FROM holidays WHERE on_date = ? AND region_id = ? AND deleted = 0"));
    same.bindValue(0, date.toString(Qt::ISODate));
    same.bindValue(1, regionId);
    if (Status status = m_database.exec(same); !status)
        return status.error();
    QStringList replaced;
    while (same.next())
        replaced.append(same.value(0).toString());
    same.finish();
    for (const QString &id : std::as_const(replaced)) {
        if (Status status = writer.tombstone(tables::holidays(), id); !status)
            return status.error();
    }
    const auto id = writer.insert(
        tables::holidays(), {{QStringLiteral("region_id"), regionId},
                             {QStringLiteral("on_date"), date},
                             {QStringLiteral("kind"), working ? QStringLiteral("workday") : QStringLiteral("holiday")},
                             {QStringLiteral("name"), name}});
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status HolidayCalendar::remove(const QString &id)
{
    RecordWriter writer(m_database);
    return writer.tombstone(tables::holidays(), id);
}

} // namespace lianxin
