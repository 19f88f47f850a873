#pragma once

#include "core/mediation/DisputeCase.h"

#include <QSqlQuery>

// The SQL that the dispute repository and lists share: one definition of the case columns and of
// "overdue", so that the list, its counts and the case page always agree.
namespace lianxin::disputeSql {

// The select list readCase() expects, over disputes aliased `d`; binds :today and :follow_up_before.
QString caseColumns();
// 1 when the case is overdue today: mediation past its deadline, or no follow-up visit although the
// performance deadline is more than the grace period past (Deadlines.h).
QString overdueExpression();
void bindOverdue(QSqlQuery &query, const QDate &today);
DisputeCase readCase(const QSqlQuery &query);

// A condition true when the case `d` (region `r`, its parent `rp`) lies in the scope bound to :scope.
QString scopeCondition();

} // namespace lianxin::disputeSql
