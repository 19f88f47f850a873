#include "core/points/PointsBoard.h"

#include "core/points/PointsSql.h"
#include "core/storage/Database.h"

namespace lianxin {

namespace {
// The columns read() takes, over entries `e`, their indicator version `i`, household `h` and its head.
const QString kColumnsEntry = QStringLiteral(
    "e.id, e.village_id, e.household_id, e.person_id, e.indicator_id, e.points, e.deed_on, e.evidence, e.proposed_by, "
    "e.dispute_id, e.reverses_id, e.reason, ") + pointsSql::columnHouseholdName() + QStringLiteral(", i.code, i.name, "
    "(SELECT d.note FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0 AND d.note IS NOT NULL "
    " ORDER BY d.created_at DESC, d.id DESC LIMIT 1), "
    "(SELECT d.votes_for FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0 AND d.kind = 'decided' LIMIT 1), "
    "(SELECT d.votes_against FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0 AND d.kind = 'decided' LIMIT 1), "
    "(SELECT count(*) FROM points_evidence f WHERE f.entry_id = e.id AND f.deleted = 0), "
    "(SELECT p.name FROM persons p WHERE p.id = e.person_id)");
const QString kTableEntries = QStringLiteral(
    "points_entries e JOIN points_indicators i ON i.id = e.indicator_id JOIN households h ON h.id = e.household_id "
    "LEFT JOIN persons head ON head.id = h.head_person_id");
// The same stage conditions the ledger folds (PointsLedger::status): an entry awaiting its meeting has no
// decision at all (a reversing entry is confirmed at once, a withdrawn one revoked); one on notice was
// decided and is neither dropped nor confirmed.
const QString kColumnUndecided =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0)");
const QString kColumnDecided = QStringLiteral(
    "EXISTS (SELECT 1 FROM points_decisions d WHERE d.entry_id = e.id AND d.deleted = 0 AND d.kind = 'decided')");
const QString kColumnSettled =
    QLatin1Char('(') + pointsSql::columnConfirmed() + QStringLiteral(" OR ") + pointsSql::columnDropped() + QLatin1Char(')');

QString columnStage(PointsBoard::Filter filter)
{
    return filter == PointsBoard::Filter::AwaitingMeeting
               ? kColumnUndecided
               : kColumnDecided + QStringLiteral(" AND NOT ") + kColumnSettled;
}
} // namespace

PointsBoard::PointsBoard(Database &database) : m_database(database) {}

QList<BoardEntry> PointsBoard::read(QSqlQuery &q) const
{
    QList<BoardEntry> list;
    if (!m_database.exec(q))
        return list;
    const PointsLedger ledger(m_database);
    while (q.next()) {
        BoardEntry row;
        row.entry = {q.value(0).toString(),  q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(),  q.value(5).toInt(),    QDate::fromString(q.value(6).toString(), Qt::ISODate),
                     q.value(7).toString(),  q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                     q.value(11).toString()};
        row.householdName = q.value(12).toString();
        row.indicatorCode = q.value(13).toString();
        row.indicatorName = q.value(14).toString();
        row.lastNote = q.value(15).toString();
        row.votesFor = q.value(16).toInt();
        row.votesAgainst = q.value(17).toInt();
        row.evidenceFiles = q.value(18).toInt();
        row.personName = q.value(19).toString();
        row.status = ledger.status(row.entry.id); // a page of rows: one small indexed read each
        list.append(row);
    }
    return list;
}

QList<BoardEntry> PointsBoard::entries(const QString &villageId, Filter filter, int limit, const Scope &scope) const
{
    // The latest proposals first (what was just entered stays in view); the notice board in posting order.
    const QString columnOrder = filter == Filter::AwaitingMeeting ? QStringLiteral("e.created_at DESC, e.id DESC")
                                                                  : QStringLiteral("e.created_at, e.id");
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE e.village_id = :village AND e.deleted = 0 "
                       "AND %3 AND %4 ORDER BY %5 LIMIT :limit")
            .arg(kColumnsEntry, kTableEntries, columnStage(filter), scopeCondition(), columnOrder));
    q.bindValue(QStringLiteral(":village"), villageId);
    q.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    q.bindValue(QStringLiteral(":limit"), limit);
    return read(q);
}

int PointsBoard::countOutside(const QString &villageId, Filter filter, const Scope &scope) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM points_entries e JOIN households h ON h.id = e.household_id "
                       "WHERE e.village_id = :village AND e.deleted = 0 AND %1 AND NOT %2")
            .arg(columnStage(filter), scopeCondition()));
    q.bindValue(QStringLiteral(":village"), villageId);
    q.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    if (!m_database.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<BoardEntry> PointsBoard::history(const QString &householdId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE e.household_id = ? AND e.deleted = 0 "
                                                    "ORDER BY e.deed_on DESC, e.created_at DESC, e.id")
                                         .arg(kColumnsEntry, kTableEntries));
    q.addBindValue(householdId);
    return read(q);
}

QList<BoardEntry> PointsBoard::decidedAt(const QString &meetingId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE e.deleted = 0 AND e.id IN (SELECT d.entry_id "
                                                    "FROM points_decisions d WHERE d.meeting_id = ? AND d.deleted = 0) "
                                                    "ORDER BY e.created_at, e.id")
                                         .arg(kColumnsEntry, kTableEntries));
    q.addBindValue(meetingId);
    return read(q);
}

QList<MeetingSummary> PointsBoard::meetings(const QString &villageId, int limit) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT m.id, m.held_on, m.attendees, m.minutes, "
        "(SELECT count(*) FROM points_decisions d WHERE d.meeting_id = m.id AND d.deleted = 0), "
        "(SELECT count(*) FROM points_decisions d WHERE d.meeting_id = m.id AND d.deleted = 0 AND d.approved = 1) "
        "FROM points_meetings m WHERE m.village_id = ? AND m.deleted = 0 ORDER BY m.held_on DESC, m.created_at DESC LIMIT ?"));
    q.addBindValue(villageId);
    q.addBindValue(limit);
    QList<MeetingSummary> list;
    if (!m_database.exec(q))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt()});
    return list;
}

QList<RedemptionLine> PointsBoard::redemptions(const QString &villageId, const QString &householdId, int limit) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT r.id, r.household_id, ") + pointsSql::columnHouseholdName() + QStringLiteral(", it.name, r.quantity, "
        "r.points, r.on_date, r.receipt_no, r.reverses_id, r.reason, "
        "EXISTS (SELECT 1 FROM points_redemptions b WHERE b.reverses_id = r.id AND b.deleted = 0) "
        "FROM points_redemptions r JOIN points_items it ON it.id = r.item_id JOIN households h ON h.id = r.household_id "
        "LEFT JOIN persons head ON head.id = h.head_person_id "
        "WHERE r.village_id = :village AND r.deleted = 0 AND (coalesce(:household, '') = '' OR r.household_id = :same) "
        "ORDER BY r.created_at DESC, r.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":village"), villageId);
    q.bindValue(QStringLiteral(":household"), householdId);
    q.bindValue(QStringLiteral(":same"), householdId);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<RedemptionLine> list;
    if (!m_database.exec(q))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toInt(), q.value(5).toInt(), QDate::fromString(q.value(6).toString(), Qt::ISODate),
                     q.value(7).toString(), q.value(8).toString(), q.value(9).toString(), q.value(10).toInt() != 0});
    return list;
}

} // namespace lianxin
