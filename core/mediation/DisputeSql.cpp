#include "core/mediation/DisputeSql.h"

#include "core/mediation/Deadlines.h"
#include "core/storage/RecordWriter.h"

namespace lianxin::disputeSql {

QString overdueExpression()
{
    return QStringLiteral(
        "(CASE WHEN (d.status = 'registered' OR d.status = 'notified' OR d.status = 'investigating' OR d.status = 'mediating')"
        " AND d.deadline < :today THEN 1"
        " WHEN (d.status = 'agreed' OR d.status = 'performed') AND d.performance_deadline < :follow_up_before"
        " AND (d.last_follow_up_on IS NULL OR d.last_follow_up_on <= d.performance_deadline) THEN 1 ELSE 0 END)");
}

QString caseColumns()
{
    return QStringLiteral("d.id, d.region_id, d.committee_id, d.case_number, d.case_year, d.case_seq, d.title, d.category,"
                          " d.source, d.received_on, d.facts, d.claims, d.amount, d.people_count, d.risk, d.violence_risk,"
                          " d.level, d.consultation, d.mediator_ids, d.legal_adviser_id, d.deadline, d.status,"
                          " d.agreement_form, d.agreement_effective_on, d.agreement_amount, d.performance_deadline,"
                          " d.last_follow_up_on, d.escalated_on, d.closure_kind, d.closed_on, %1, %2")
        .arg(overdueExpression(), recordInfoColumns(QStringLiteral("d")));
}

void bindOverdue(QSqlQuery &query, const QDate &today)
{
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    // performance_deadline + grace < today  ⇔  performance_deadline < today - grace
    query.bindValue(QStringLiteral(":follow_up_before"),
                    today.addDays(-deadlines::kFollowUpGraceDays).toString(Qt::ISODate));
}

DisputeCase readCase(const QSqlQuery &q)
{
    const auto date = [&q](int i) { return QDate::fromString(q.value(i).toString(), Qt::ISODate); };
    DisputeCase d;
    d.id = q.value(0).toString();
    d.regionId = q.value(1).toString();
    d.committeeId = q.value(2).toString();
    d.caseNumber = q.value(3).toString();
    d.caseYear = q.value(4).toInt();
    if (!q.value(5).isNull())
        d.caseSeq = q.value(5).toInt();
    d.title = q.value(6).toString();
    d.category = q.value(7).toString();
    d.source = q.value(8).toString();
    d.receivedOn = date(9);
    d.facts = q.value(10).toString();
    d.claims = q.value(11).toString();
    d.amountFen = q.value(12).toLongLong();
    d.peopleCount = q.value(13).toInt();
    d.risk = q.value(14).toString();
    d.violenceRisk = q.value(15).toInt() != 0;
    d.level = q.value(16).toString();
    d.consultation = q.value(17).toString();
    d.mediatorIds = RecordWriter::storedList(q.value(18));
    d.legalAdviserId = q.value(19).toString();
    d.deadline = date(20);
    d.status = q.value(21).toString();
    d.agreementForm = q.value(22).toString();
    d.agreementEffectiveOn = date(23);
    if (!q.value(24).isNull())
        d.agreementAmountFen = q.value(24).toLongLong();
    d.performanceDeadline = date(25);
    d.lastFollowUpOn = date(26);
    d.escalatedOn = date(27);
    d.closureKind = q.value(28).toString();
    d.closedOn = date(29);
    d.overdue = q.value(30).toInt() != 0;
    d.info = readRecordInfo(q, 31);
    return d;
}

QString scopeCondition()
{
    return regionInScope(QStringLiteral("r.id"));
}

QString authoredCondition()
{
    // A case registered before schema 11 kept no registrar: its author is taken to be whoever last wrote it
    // on this device.
    return QStringLiteral("(d.registered_by = :author OR (d.registered_by IS NULL AND d.updated_by = :author"
                          " AND d.updated_by_device = :device))");
}

void bindAuthor(QSqlQuery &query, const QString &accountId, const QString &deviceId)
{
    // No account matches no row: NULL never equals.
    query.bindValue(QStringLiteral(":author"),
                    accountId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(accountId));
    query.bindValue(QStringLiteral(":device"), deviceId);
}

namespace {
// The synced tables that hold a case's own rows besides `disputes`, each with a dispute_id.
constexpr const char *kCaseChildTables[] = {"dispute_parties", "dispute_steps", "attachments"};

// One subquery per kind of row of the case `d` (its own row, then each child table's), selecting `what`
// from the rows of `local` (change_log or sync_rejections: both keyed by table_name and row_id) that
// are the case's. CROSS JOIN keeps SQLite to the case's few rows first: left to choose, it walks every
// entry of the child table in the change log for each case (a never-synced workspace has them all).
QStringList overCaseRows(const QString &local, const QString &what)
{
    QStringList queries{
        QStringLiteral("SELECT %1 FROM %2 x WHERE x.table_name = 'disputes' AND x.row_id = d.id").arg(what, local)};
    for (const char *child : kCaseChildTables)
        queries.append(QStringLiteral("SELECT %1 FROM %3 c CROSS JOIN %2 x ON x.table_name = '%3' AND x.row_id = c.id "
                                      "WHERE c.dispute_id = d.id")
                           .arg(what, local, QLatin1String(child)));
    return queries;
}

QString firstOf(const QStringList &queries)
{
    QStringList limited;
    for (const QString &query : queries)
        limited.append(QStringLiteral("(%1 LIMIT 1)").arg(query));
    return QStringLiteral("coalesce(%1)").arg(limited.join(QStringLiteral(", ")));
}
} // namespace

QString syncStateColumns()
{
    QStringList pending;
    for (const QString &query : overCaseRows(QStringLiteral("change_log"), QStringLiteral("1")))
        pending.append(QStringLiteral("EXISTS (%1)").arg(query));
    return QStringLiteral("(%1), %2, %3")
        .arg(pending.join(QStringLiteral(" OR ")),
             firstOf(overCaseRows(QStringLiteral("sync_rejections"), QStringLiteral("x.reason"))),
             firstOf(overCaseRows(QStringLiteral("sync_rejections"), QStringLiteral("x.message"))));
}

CaseSyncState readSyncState(const QSqlQuery &query, int first, QString *reason, QString *message)
{
    *reason = query.value(first + 1).toString();
    *message = query.value(first + 2).toString();
    if (!query.value(first + 1).isNull())
        return CaseSyncState::Refused;
    return query.value(first).toInt() != 0 ? CaseSyncState::Pending : CaseSyncState::Synced;
}

} // namespace lianxin::disputeSql
