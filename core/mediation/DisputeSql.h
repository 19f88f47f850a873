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

// A condition true when the region `r` lies in the scope bound to :scope, at any depth: for the lists,
// `r` is the region of the case `d`; for the places a case may be registered, any region.
QString scopeCondition();
// A condition true when the account bound to :author registered the case `d` (or, for a case from before
// the registrar was kept, last wrote it on the device bound to :device; bindAuthor()).
QString authoredCondition();
void bindAuthor(QSqlQuery &query, const QString &accountId, const QString &deviceId);
// Three columns over the case `d` for readSyncState(): whether any of its rows (the case, its parties,
// steps and attachments) has changes waiting in the change log, and the reason and message of a refusal
// of one of them (sync_rejections), NULL when none was refused.
QString syncStateColumns();
CaseSyncState readSyncState(const QSqlQuery &query, int first, QString *reason, QString *message);

} // namespace lianxin::disputeSql
