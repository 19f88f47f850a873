#include "core/import/CellValues.h"

#include <QTime>

#include <algorithm>

#include <cmath>

namespace lianxin::import {

namespace {
// Excel's last day, 9999-12-31, in the 1900 system.
constexpr double kLastSerial = 2958465;

QDate epoch(bool date1904)
{
    return date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
}
} // namespace

QString numberText(double value)
{
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(qint64(value));
    QString text;
    if (std::abs(value) >= 1e15) {
        text = QString::number(value, 'E', 14);
        // Excel drops the mantissa's trailing zeros: 1E+17, 1.5E+17.
        const qsizetype e = text.indexOf(u'E');
        qsizetype end = e;
        while (end > 0 && text.at(end - 1) == u'0')
            --end;
        if (end > 0 && text.at(end - 1) == u'.')
            --end;
        text.remove(end, e - end);
    } else {
        text = QString::number(value, 'g', 15);
        text.replace(u'e', u'E');
    }
    return text;
}

Cell textCell(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Cell{Cell::Kind::Text, text, 0, {}};
}

Cell numberCell(double value)
{
    return Cell{Cell::Kind::Number, numberText(value), value, {}};
}

FormatKind builtinFormatKind(int id)
{
    // 14–17 and 22 are dates (22 with a time), 18–21 times; 27–36 and 50–58 are the Chinese locale's
    // own: 32–35, 55 and 56 are times (h"时"mm"分"), the others dates (yyyy"年"m"月"); 45–47 are times.
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
        id == 57 || id == 58)
        return FormatKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56)
        return FormatKind::Time;
    return FormatKind::Number;
}

FormatKind formatCodeKind(QStringView code)
{
    bool date = false;
    bool month = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? 0 : close - i - 1);
            if (!inside.isEmpty() &&
                std::all_of(inside.begin(), inside.end(),
                            [&](QChar k) { return k.toLower() == inside.at(0).toLower(); }) &&
                QStringView(u"hms").contains(inside.at(0).toLower()))
                time = true;
            i = close < 0 ? code.size() : close;
        } else if (code.mid(i, 5).compare(u"AM/PM", Qt::CaseInsensitive) == 0) {
            time = true;
            i += 4;
        } else if (code.mid(i, 3).compare(u"A/P", Qt::CaseInsensitive) == 0) {
            time = true;
            i += 2;
        } else {
            switch (c.toLower().unicode()) {
            case u'y':
            case u'd':
                date = true;
                break;
            case u'm':
                month = true;
                break;
            case u'h':
            case u's':
                time = true;
                break;
            default:
                break;
            }
        }
    }
    // m is a month beside y or d, or alone; beside h or s alone it is minutes.
    if (date || (month && !time))
        return FormatKind::Date;
    return time ? FormatKind::Time : FormatKind::Number;
}

Cell serialCell(double serial, bool date1904, FormatKind kind)
{
    if (kind == FormatKind::Number || !std::isfinite(serial) || serial < 0 || serial > kLastSerial)
        return numberCell(serial);
    // Excel rounds to the second before it splits day and time.
    const qint64 seconds = std::llround(serial * 86400);
    const qint64 days = seconds / 86400;
    if (kind == FormatKind::Time)
        return Cell{Cell::Kind::Text, QTime(0, 0).addSecs(int(seconds % 86400)).toString(u"HH:mm:ss"), serial, {}};
    QDate date;
    if (date1904) {
        date = epoch(true).addDays(days);
    } else {
        if (days < 1)
            return numberCell(serial);
        // Serial 60 is 29 February 1900, a day Lotus 1-2-3 believed in and Excel kept.
        if (days == 60)
            return Cell{Cell::Kind::Text, QStringLiteral("1900-02-29"), serial, {}};
        date = days < 60 ? epoch(false).addDays(days + 1) : epoch(false).addDays(days);
    }
    return Cell{Cell::Kind::Date, date.toString(Qt::ISODate), serial, date};
}

double serialOf(const QDate &date, bool date1904)
{
    const qint64 days = epoch(date1904).daysTo(date);
    if (!date1904 && days <= 60)
        return double(days - 1);
    return double(days);
}

} // namespace lianxin::import
