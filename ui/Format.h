#pragma once

#include <QDateTime>
#include <QString>

namespace lianxin {

// Dates as people write them: 2026年11月29日 in Chinese, the locale's own short form otherwise.
QString formatDate(const QDate &date);
// The year alone (1986年 in Chinese): what a masked ID number's holder is shown born, since the full date
// would give back the hidden digits.
QString formatBirthYear(const QDate &date);
// A moment in local time: 2026年11月29日 10:30 in Chinese.
// A moment in China time (UTC+8), whatever the machine's time zone.
QString formatDateTime(const QDateTime &moment);
// What a synced table holds, as people call it: "households" → 户.
QString dataKindLabel(const QString &table);
// A field of a synced table as forms name it ("address" → 地址); the key itself when unknown.
QString fieldLabel(const QString &table, const QString &field);
// Why the county server refused a change (the reason codes of docs/API.md), in plain words.
QString refusalLabel(const QString &reason);

} // namespace lianxin
