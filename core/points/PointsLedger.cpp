#include "core/points/PointsLedger.h"

#include "core/mediation/Deadlines.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsSql.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PointsLedger)
};
} // namespace

PointsLedger::PointsLedger(Database &database) : m_database(database) {}

QDate PointsLedger::today() const
{
    return deadlines::today(m_database.clock());
}

PointsSettings PointsLedger::settings(const QString &villageId) const
{
    PointsSettings settings;
    settings.villageId = villageId;
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, period, notice_days, threshold FROM points_settings WHERE village_id = ? AND deleted = 0 "
        "ORDER BY updated_at DESC, id LIMIT 1"));
    query.addBindValue(villageId);
    if (m_database.exec(query) && query.next()) {
        settings.id = query.value(0).toString();
        settings.period = query.value(1).toString();
        settings.noticeDays = query.value(2).toInt();
        if (!query.value(3).isNull())
            settings.threshold = query.value(3).toInt();
    }
    return settings;
}

Status PointsLedger::saveSettings(PointsSettings s)
{
    if (s.period != QLatin1String("month") && s.period != QLatin1String("quarter") && s.period != QLatin1String("year"))
        return Error{QStringLiteral("period"), Tr::tr("Choose month, quarter or year.")};
    if (s.noticeDays < 1 || s.noticeDays > 60)
        return Error{QStringLiteral("notice_days"), Tr::tr("The public notice lasts 1 to 60 days.")};
    const QVariantMap values{{QStringLiteral("village_id"), s.villageId}, {QStringLiteral("period"), s.period},
                             {QStringLiteral("notice_days"), s.noticeDays},
                             {QStringLiteral("threshold"), s.threshold ? QVariant(*s.threshold) : QVariant()}};
    RecordWriter writer(m_database);
    if (s.id.isEmpty())
        s.id = settings(s.villageId).id;
    m_noticeDays.remove(s.villageId);
    if (s.id.isEmpty())
        return toStatus(writer.insert(tables::pointsSettings(), values));
    return toStatus(writer.update(tables::pointsSettings(), s.id, values));
}

std::pair<QDate, QDate> PointsLedger::periodOf(const QDate &date, const QString &kind)
{
    if (kind == QLatin1String("year"))
        return {QDate(date.year(), 1, 1), QDate(date.year(), 12, 31)};
    if (kind == QLatin1String("quarter")) {
        const QDate first(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    const QDate first(date.year(), date.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

int PointsLedger::usedInPeriod(const QString &householdId, const QString &indicatorKey, const QDate &from, const QDate &to) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT coalesce(sum(e.points), 0) FROM points_entries e JOIN points_indicators i ON i.id = e.indicator_id "
                       "WHERE e.household_id = :household AND i.indicator_key = :key AND e.deleted = 0 "
                       "AND e.deed_on BETWEEN :from AND :to AND NOT ") +
        pointsSql::columnDropped());
    query.bindValue(QStringLiteral(":household"), householdId);
    query.bindValue(QStringLiteral(":key"), indicatorKey);
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!m_database.exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QString> PointsLedger::propose(PointsEntry e)
{
    const auto indicator = PointsCatalogue(m_database).get(e.indicatorId);
    if (!indicator || indicator->retired)
        return Error{QStringLiteral("indicator_id"), Tr::tr("Choose an indicator of the current catalogue.")};
    const auto latest = PointsCatalogue(m_database).latestVersion(indicator->key);
    if (!latest || latest->id != indicator->id)
        return Error{QStringLiteral("indicator_id"), Tr::tr("This indicator has been changed since; choose its current version.")};
    const auto village = RegionRepository(m_database).villageOfHousehold(e.householdId);
    if (!village)
        return Error{QStringLiteral("household_id"), Tr::tr("Choose the household.")};
    if (village->id != indicator->villageId)
        return Error{QStringLiteral("household_id"), Tr::tr("The household does not belong to the village of this catalogue.")};
    e.villageId = indicator->villageId;
    if (!e.personId.isEmpty()) {
        QSqlQuery person = m_database.prepare(
            QStringLiteral("SELECT 1 FROM persons WHERE id = ? AND household_id = ? AND deleted = 0"));
        person.addBindValue(e.personId);
        person.addBindValue(e.householdId);
        if (!m_database.exec(person) || !person.next())
            return Error{QStringLiteral("person_id"), Tr::tr("Choose a member of this household, or the whole household.")};
    }
    if (e.points < indicator->minPoints || e.points > indicator->maxPoints)
        return Error{QStringLiteral("points"), indicator->minPoints == indicator->maxPoints
                                                   ? Tr::tr("%1 gives exactly %2 points.").arg(indicator->name).arg(indicator->minPoints)
                                                   : Tr::tr("%1 gives %2 to %3 points.").arg(indicator->name).arg(indicator->minPoints).arg(indicator->maxPoints)};
    if (!e.deedOn.isValid() || e.deedOn > today())
        return Error{QStringLiteral("deed_on"), Tr::tr("Enter the date of the deed (not in the future).")};
    e.evidence = e.evidence.trimmed();
    if (indicator->evidenceRequired && e.evidence.isEmpty())
        return Error{QStringLiteral("evidence"), Tr::tr("%1 needs evidence: say what shows it.").arg(indicator->name)};
    if (Status status = checkRequiredText(QStringLiteral("proposed_by"), Tr::tr("Proposed by"), e.proposedBy.trimmed(), 50); !status)
        return status.error();
    if (indicator->capPerPeriod) {
        const auto [from, to] = periodOf(e.deedOn, settings(e.villageId).period);
        const int used = qAbs(usedInPeriod(e.householdId, indicator->key, from, to));
        if (used + qAbs(e.points) > *indicator->capPerPeriod)
            return Error{QStringLiteral("points"), Tr::tr("%1 gives a household at most %2 points from %3 to %4; it has %5 already.")
                                                       .arg(indicator->name)
                                                       .arg(*indicator->capPerPeriod)
                                                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                                       .arg(used)};
    }
    return RecordWriter(m_database).insert(
        tables::pointsEntries(),
        {{QStringLiteral("village_id"), e.villageId}, {QStringLiteral("household_id"), e.householdId},
         {QStringLiteral("person_id"), e.personId},   {QStringLiteral("indicator_id"), e.indicatorId},
         {QStringLiteral("points"), e.points},        {QStringLiteral("deed_on"), e.deedOn},
         {QStringLiteral("evidence"), e.evidence},    {QStringLiteral("proposed_by"), e.proposedBy.trimmed()},
         {QStringLiteral("dispute_id"), e.disputeId}, {QStringLiteral("reverses_id"), e.reversesId},
         {QStringLiteral("reason"), e.reason}});
}

Result<QString> PointsLedger::holdMeeting(const QString &villageId, const QDate &heldOn, const QString &attendees,
                                          const QString &minutes)
{
    if (!heldOn.isValid() || heldOn > today())
        return Error{QStringLiteral("held_on"), Tr::tr("Enter the date of the meeting (not in the future).")};
    if (Status status = checkRequiredText(QStringLiteral("attendees"), Tr::tr("Attendees"), attendees.trimmed(), 1000); !status)
        return status.error();
    return RecordWriter(m_database).insert(tables::pointsMeetings(), {{QStringLiteral("village_id"), villageId},
                                                                      {QStringLiteral("held_on"), heldOn},
                                                                      {QStringLiteral("attendees"), attendees},
                                                                      {QStringLiteral("minutes"), minutes}});
}

Result<QString> PointsLedger::recordMeeting(const QString &villageId, const QDate &heldOn, const QString &attendees,
                                            const QString &minutes, const QList<MeetingVote> &votes, const Scope &scope)
{
    if (votes.isEmpty())
        return Error{QStringLiteral("votes"), Tr::tr("Tick the entries the meeting decided and enter their votes.")};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const auto meeting = holdMeeting(villageId, heldOn, attendees, minutes);
    if (!meeting)
        return meeting.error();
    QSqlQuery entry = m_database.prepare(
        QStringLiteral("SELECT ") + pointsSql::columnHouseholdName() + QStringLiteral(", e.village_id, ") +
        scopeCondition() +
        QStringLiteral(
            " FROM points_entries e JOIN households h ON h.id = e.household_id LEFT JOIN persons head ON "
            "head.id = h.head_person_id "
            "WHERE e.id = :entry AND e.deleted = 0"));
    for (const MeetingVote &vote : votes) {
        entry.bindValue(QStringLiteral(":entry"), vote.entryId);
        entry.bindValue(QStringLiteral(":scope"), scopeValue(scope));
        if (Status status = m_database.exec(entry); !status)
            return status.error();
        if (!entry.next() || entry.value(1).toString() != villageId)
            return Error{QStringLiteral("votes"), Tr::tr("Choose entries of this village that await the meeting.")};
        const QString household = entry.value(0).toString();
        const bool inScope = entry.value(2).toInt() != 0;
        entry.finish();
        if (!inScope)
            return Error{QStringLiteral("votes"), Tr::tr("%1: the household lies outside the regions of your account; "
                                                         "an account of its own grid decides it.")
                                                      .arg(household)};
        if (vote.votesFor + vote.votesAgainst <= 0)
            return Error{QStringLiteral("votes"), Tr::tr("%1: enter the votes for and against.").arg(household)};
        if (Status status =
                decide(vote.entryId, *meeting, vote.votesFor, vote.votesAgainst, vote.votesFor > vote.votesAgainst);
            !status)
            return Error{status.error().field, Tr::tr("%1: %2").arg(household, status.error().message)};
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *meeting;
}

Status PointsLedger::addDecision(const QString &entryId, const QString &kind, const QVariantMap &values)
{
    QVariantMap row = values;
    row.insert(QStringLiteral("entry_id"), entryId);
    row.insert(QStringLiteral("kind"), kind);
    if (!row.contains(QStringLiteral("on_date")))
        row.insert(QStringLiteral("on_date"), today());
    return toStatus(RecordWriter(m_database).insert(tables::pointsDecisions(), row));
}

Status PointsLedger::decide(const QString &entryId, const QString &meetingId, int votesFor, int votesAgainst, bool approved)
{
    if (status(entryId).state != EntryState::Proposed)
        return Error{QStringLiteral("entry_id"), Tr::tr("This entry has already been decided.")};
    if (votesFor < 0 || votesAgainst < 0)
        return Error{QStringLiteral("votes_for"), Tr::tr("Votes cannot be negative.")};
    QSqlQuery meeting = m_database.prepare(QStringLiteral("SELECT held_on FROM points_meetings WHERE id = ? AND deleted = 0"));
    meeting.addBindValue(meetingId);
    if (!m_database.exec(meeting) || !meeting.next())
        return Error{QStringLiteral("meeting_id"), Tr::tr("Choose the evaluation meeting that decided it.")};
    return addDecision(entryId, QStringLiteral("decided"),
                       {{QStringLiteral("meeting_id"), meetingId}, {QStringLiteral("votes_for"), votesFor},
                        {QStringLiteral("votes_against"), votesAgainst}, {QStringLiteral("approved"), approved ? 1 : 0},
                        {QStringLiteral("on_date"), meeting.value(0).toString()}});
}

Status PointsLedger::object(const QString &entryId, const QString &objection)
{
    const EntryStatus s = status(entryId);
    if (s.state != EntryState::Posted && s.state != EntryState::Objected)
        return Error{QStringLiteral("entry_id"), Tr::tr("Only an entry under public notice can be objected to.")};
    if (today() > s.noticeEnds)
        return Error{QStringLiteral("entry_id"), Tr::tr("The public notice ended on %1.").arg(s.noticeEnds.toString(Qt::ISODate))};
    if (Status status = checkRequiredText(QStringLiteral("note"), Tr::tr("Objection"), objection.trimmed(), 1000); !status)
        return status;
    return addDecision(entryId, QStringLiteral("objection"), {{QStringLiteral("note"), objection.trimmed()}});
}

Status PointsLedger::resolveObjection(const QString &entryId, bool upheld, const QString &note)
{
    if (status(entryId).state != EntryState::Objected)
        return Error{QStringLiteral("entry_id"), Tr::tr("This entry has no open objection.")};
    if (Status status = checkRequiredText(QStringLiteral("note"), Tr::tr("Resolution"), note.trimmed(), 1000); !status)
        return status;
    return addDecision(entryId, QStringLiteral("objection_resolved"),
                       {{QStringLiteral("approved"), upheld ? 1 : 0}, {QStringLiteral("note"), note.trimmed()}});
}

Result<int> PointsLedger::confirmDue(const QString &villageId)
{
    QSqlQuery candidates = m_database.prepare(QStringLiteral(
        "SELECT e.id FROM points_entries e WHERE e.village_id = ? AND e.deleted = 0 AND EXISTS (SELECT 1 FROM points_decisions d "
        "WHERE d.entry_id = e.id AND d.kind = 'decided' AND d.approved = 1 AND d.deleted = 0) AND NOT ") +
        pointsSql::columnConfirmed() + QStringLiteral(" AND NOT ") + pointsSql::columnDropped());
    candidates.addBindValue(villageId);
    if (Status status = m_database.exec(candidates); !status)
        return status.error();
    QStringList ids;
    while (candidates.next())
        ids.append(candidates.value(0).toString());
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    int confirmed = 0;
    for (const QString &id : std::as_const(ids)) {
        const EntryStatus s = status(id);
        if (s.state == EntryState::Posted && today() > s.noticeEnds) {
            if (Status status = addDecision(id, QStringLiteral("confirmed"), {}); !status)
                return status.error();
            ++confirmed;
        }
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return confirmed;
}

Status PointsLedger::revoke(const QString &entryId, const QString &reason)
{
    const EntryState state = status(entryId).state;
    if (state == EntryState::Confirmed)
        return Error{QStringLiteral("entry_id"), Tr::tr("A confirmed entry is corrected by a reversing entry, not revoked.")};
    if (state == EntryState::Rejected || state == EntryState::Revoked)
        return Error{QStringLiteral("entry_id"), Tr::tr("This entry no longer counts.")};
    if (Status status = checkRequiredText(QStringLiteral("note"), Tr::tr("Reason"), reason.trimmed(), 1000); !status)
        return status;
    return addDecision(entryId, QStringLiteral("revoked"), {{QStringLiteral("note"), reason.trimmed()}});
}

Result<QString> PointsLedger::reverse(const QString &entryId, const QString &reason)
{
    const auto original = entry(entryId);
    if (!original || status(entryId).state != EntryState::Confirmed)
        return Error{QStringLiteral("entry_id"), Tr::tr("Only a confirmed entry is corrected by a reversing entry.")};
    if (Status status = checkRequiredText(QStringLiteral("reason"), Tr::tr("Reason"), reason.trimmed(), 1000); !status)
        return status.error();
    QSqlQuery already = m_database.prepare(QStringLiteral("SELECT 1 FROM points_entries WHERE reverses_id = ? AND deleted = 0"));
    already.addBindValue(entryId);
    if (m_database.exec(already) && already.next())
        return Error{QStringLiteral("entry_id"), Tr::tr("This entry has already been reversed.")};
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const auto id = RecordWriter(m_database).insert(
        tables::pointsEntries(),
        {{QStringLiteral("village_id"), original->villageId}, {QStringLiteral("household_id"), original->householdId},
         {QStringLiteral("person_id"), original->personId},   {QStringLiteral("indicator_id"), original->indicatorId},
         {QStringLiteral("points"), -original->points},       {QStringLiteral("deed_on"), today()},
         {QStringLiteral("proposed_by"), original->proposedBy}, {QStringLiteral("reverses_id"), entryId},
         {QStringLiteral("reason"), reason.trimmed()}});
    if (!id)
        return id.error();
    if (Status status = addDecision(*id, QStringLiteral("confirmed"), {{QStringLiteral("note"), reason.trimmed()}}); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *id;
}

std::optional<PointsEntry> PointsLedger::entry(const QString &entryId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT id, village_id, household_id, person_id, indicator_id, points, deed_on, evidence, proposed_by, dispute_id, "
        "reverses_id, reason FROM points_entries WHERE id = ? AND deleted = 0"));
    q.addBindValue(entryId);
    if (!m_database.exec(q) || !q.next())
        return std::nullopt;
    return PointsEntry{q.value(0).toString(),  q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(),  q.value(5).toInt(),    QDate::fromString(q.value(6).toString(), Qt::ISODate),
                       q.value(7).toString(),  q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                       q.value(11).toString()};
}

EntryStatus PointsLedger::status(const QString &entryId) const
{
    EntryStatus s;
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT d.kind, d.approved, d.on_date, e.village_id FROM points_decisions d JOIN points_entries e ON e.id = d.entry_id "
        "WHERE d.entry_id = ? AND d.deleted = 0 ORDER BY d.created_at, d.id"));
    q.addBindValue(entryId);
    if (!m_database.exec(q))
        return s;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const bool approved = q.value(1).toInt() != 0;
        if (s.state == EntryState::Confirmed || s.state == EntryState::Rejected || s.state == EntryState::Revoked)
            break; // final
        if (kind == QLatin1String("decided")) {
            if (!approved) {
                s.state = EntryState::Rejected;
                continue;
            }
            s.state = EntryState::Posted;
            s.noticeEnds = QDate::fromString(q.value(2).toString(), Qt::ISODate).addDays(noticeDaysOf(q.value(3).toString()) - 1);
        } else if (kind == QLatin1String("objection")) {
            s.state = EntryState::Objected;
        } else if (kind == QLatin1String("objection_resolved")) {
            s.state = approved ? EntryState::Revoked : EntryState::Posted;
        } else if (kind == QLatin1String("confirmed")) {
            s.state = EntryState::Confirmed;
        } else if (kind == QLatin1String("revoked")) {
            s.state = EntryState::Revoked;
        }
    }
    return s;
}

int PointsLedger::noticeDaysOf(const QString &villageId) const
{
    // A list folds the status of many entries of one village: its settings are read once per ledger.
    auto known = m_noticeDays.constFind(villageId);
    if (known == m_noticeDays.cend())
        known = m_noticeDays.insert(villageId, settings(villageId).noticeDays);
    return *known;
}

int PointsLedger::balance(const QString &householdId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT (SELECT coalesce(sum(e.points), 0) FROM points_entries e WHERE e.household_id = :household "
                       "AND e.deleted = 0 AND ") +
        pointsSql::columnConfirmed() +
        QStringLiteral(") - (SELECT coalesce(sum(r.points), 0) FROM points_redemptions r WHERE r.household_id = :spender "
                       "AND r.deleted = 0)"));
    q.bindValue(QStringLiteral(":household"), householdId);
    q.bindValue(QStringLiteral(":spender"), householdId);
    if (!m_database.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool PointsLedger::belowThreshold(const QString &householdId) const
{
    const auto village = RegionRepository(m_database).villageOfHousehold(householdId);
    if (!village)
        return false;
    const PointsSettings s = settings(village->id);
    return s.threshold && balance(householdId) < *s.threshold;
}

} // namespace lianxin
