#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace lianxin {

class Database;

// A day the calendar does not take from the weekday: a statutory holiday on a weekday, or a make-up
// workday (调休) on a weekend.
struct CalendarDay
{
    QString id;
    QString regionId;
    QDate date;
    bool working = false; // true: a make-up workday
    QString name;
};

// Working days: Monday to Friday, except the holidays, plus the make-up workdays of the county's calendar
// (table `holidays`). Every time limit counted in working days goes through this one class.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    // The calendar the device holds (its county's days).
    static WorkingCalendar load(const Database &database);

    void add(const QDate &date, bool working) { m_exceptions.insert(date, working); }
    bool isWorkingDay(const QDate &date) const;
    // The working day `days` working days after `from` (0: `from` itself, or the next working day when
    // `from` is not one).
    QDate addWorkingDays(const QDate &from, int days) const;
    // Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QHash<QDate, bool> m_exceptions;
};

// Editing the calendar: county administrators keep it (a holiday or make-up day per date).
class HolidayCalendar
{
public:
    explicit HolidayCalendar(Database &database) : m_database(database) {}
    // The days of a year, by date.
    QList<CalendarDay> year(int year) const;
    // Sets what a date is for a region (the county, or a township); replaces what that region recorded for it.
    [[nodiscard]] Result<QString> set(const QString &regionId, const QDate &date, bool working, const QString &name);
    [[nodiscard]] Status remove(const QString &id);

private:
    Database &m_database;
};

} // namespace lianxin
