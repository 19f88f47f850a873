#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QVariantMap>

namespace lianxin::register_rules {

// The rules of a household's and a person's own fields — every rule that needs no other record — in one
// place: the register's forms (HouseholdRepository, PersonRepository), the server's check of a pushed row
// (server/sync/RowRules) and imports call them on a field map, so that the same value is refused the same
// way, naming the same field, on the device and on the server. Values in their stored form (dates as
// ISO text or QDate, sex M or F, tags as a list or its JSON text); checks against other records (the grid
// exists, the ID number is unique) stay with each caller.

QList<Error> household(const QVariantMap &fields);
// `today` in China time (chinaToday): a birth date may not come after it.
QList<Error> person(const QVariantMap &fields, const QDate &today);

} // namespace lianxin::register_rules
