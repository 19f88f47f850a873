#include "core/import/RosterImport.h"

#include "core/auth/Account.h"
#include "core/auth/AuditLog.h"
#include "core/search/SearchIndex.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/SyncedTable.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lianxin::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
};

const QString kHead = QStringLiteral("head");

QVariantMap personValues(const RosterMember &member, const QString &householdId, bool all)
{
    const QVariantMap every = personFields(member.person);
    QVariantMap values;
    for (auto it = every.cbegin(); it != every.cend(); ++it) {
        if (all || member.given.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    values.insert(QStringLiteral("household_id"), householdId);
    return values;
}

QString firstString(QSqlQuery &query, Database &database)
{
    return database.exec(query) && query.next() ? query.value(0).toString() : QString();
}
} // namespace

QJsonObject ImportSummary::toJson() const
{
    return {{QStringLiteral("households_added"), householdsAdded},
            {QStringLiteral("households_updated"), householdsUpdated},
            {QStringLiteral("households_unchanged"), householdsUnchanged},
            {QStringLiteral("persons_added"), personsAdded},
            {QStringLiteral("persons_updated"), personsUpdated},
            {QStringLiteral("persons_unchanged"), personsUnchanged},
            {QStringLiteral("refused_rows"), refusedRows}};
}

RosterImport::RosterImport(Database &database) : m_database(database) {}

void RosterImport::learn(const RosterPlan &plan, const QString &gridId)
{
    // The roster's own ID numbers and keys, looked up a block at a time: one statement per 500 values
    // rather than one per person.
    m_known = {};
    constexpr qsizetype kBlock = 500;
    QStringList idNumbers;
    QStringList keys;
    for (const RosterHousehold &household : plan.households) {
        if (!household.key.isEmpty())
            keys.append(household.key);
        for (const RosterMember &member : household.members) {
            if (!member.person.idNumber.isEmpty())
                idNumbers.append(member.person.idNumber);
        }
    }
    for (qsizetype at = 0; at < idNumbers.size(); at += kBlock) {
        QSqlQuery &persons = m_database.cached(QStringLiteral(
            "SELECT p.id_number, p.id, h.id FROM persons p LEFT JOIN households h ON h.id = p.household_id AND "
            "h.deleted = 0 WHERE p.deleted = 0 AND p.id_number IN (SELECT value FROM json_each(?))"));
        persons.addBindValue(
            QJsonDocument(QJsonArray::fromStringList(idNumbers.mid(at, kBlock))).toJson(QJsonDocument::Compact));
        if (m_database.exec(persons)) {
            while (persons.next())
                m_known.persons.insert(persons.value(0).toString(),
                                       {persons.value(1).toString(), persons.value(2).toString()});
        }
    }
    for (qsizetype at = 0; at < keys.size(); at += kBlock) {
        QSqlQuery &households = m_database.cached(
            QStringLiteral("SELECT roster_key, id FROM households WHERE grid_id = ? AND deleted = 0 AND "
                           "roster_key IN (SELECT value FROM json_each(?))"));
        households.addBindValue(gridId);
        households.addBindValue(
            QJsonDocument(QJsonArray::fromStringList(keys.mid(at, kBlock))).toJson(QJsonDocument::Compact));
        if (m_database.exec(households)) {
            while (households.next())
                m_known.households.insert(households.value(0).toString(), households.value(1).toString());
        }
    }
}

QString RosterImport::existingHousehold(const RosterHousehold &household) const
{
    if (const QString id = m_known.households.value(household.key); !household.key.isEmpty() && !id.isEmpty())
        return id;
    // The household its head is registered in, else the one of its first registered member.
    QList<const RosterMember *> members;
    for (const RosterMember &member : household.members)
        member.person.relation == kHead ? members.prepend(&member) : members.append(&member);
    for (const RosterMember *member : members) {
        if (const QString id = m_known.persons.value(member->person.idNumber).householdId; !id.isEmpty())
            return id;
    }
    return {};
}

QString RosterImport::existingPerson(const Person &person, const QString &householdId) const
{
    if (!person.idNumber.isEmpty())
        return m_known.persons.value(person.idNumber).personId;
    if (householdId.isEmpty())
        return {};
    QSqlQuery &byName = m_database.cached(QStringLiteral(
        "SELECT id FROM persons WHERE household_id = ? AND name = ? AND deleted = 0 ORDER BY id_number IS NULL DESC LIMIT 1"));
    byName.addBindValue(householdId);
    byName.addBindValue(person.name);
    return firstString(byName, m_database);
}

void RosterImport::review(RosterPlan &plan, const QString &gridId)
{
    learn(plan, gridId);
    for (const RosterHousehold &household : std::as_const(plan.households)) {
        if (household.refused)
            continue;
        const QString target = existingHousehold(household);
        for (const RosterMember &member : household.members) {
            const auto known = m_known.persons.constFind(member.person.idNumber);
            if (member.person.idNumber.isEmpty() || known == m_known.persons.cend() || known->householdId == target)
                continue;
            QSqlQuery &elsewhere = m_database.cached(QStringLiteral(
                "SELECT h.id, h.address || coalesce(' ' || h.house_number, '') FROM persons p "
                "JOIN households h ON h.id = p.household_id WHERE p.id_number = ? AND p.deleted = 0"));
            elsewhere.addBindValue(member.person.idNumber);
            if (m_database.exec(elsewhere) && elsewhere.next() && elsewhere.value(0).toString() != target)
                plan.problems.append({member.row, -1, RosterProblem::Severity::Warning,
                                      Tr::tr("Registered in another household (%1): the import moves this person "
                                             "here.")
                                          .arg(elsewhere.value(1).toString())});
        }
    }
    plan.sortProblems();
}

Result<ImportSummary> RosterImport::apply(const RosterPlan &plan, const ImportOptions &options)
{
    ImportSummary summary;
    summary.refusedRows = int(plan.refusedRows().size());
    if (const int errors = plan.errorCount(); errors > 0 && !options.skipBadRows)
        return Error{{},
                     Tr::tr("%n problem(s) in the roster are errors: fix them, or choose to skip the rows with "
                            "errors.",
                            nullptr, errors)};
    QSqlQuery grid =
        m_database.prepare(QStringLiteral("SELECT 1 FROM regions WHERE id = ? AND kind = 'grid' AND deleted = 0"));
    grid.addBindValue(options.gridId);
    if (!m_database.exec(grid) || !grid.next())
        return Error{QStringLiteral("grid"), Tr::tr("Choose the grid the roster's households belong to.")};

    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    learn(plan, options.gridId);
    // Indexed for search once at the end, not row by row (search_index::defer).
    if (Status status = search_index::defer(m_database); !status)
        return status.error();
    RecordWriter writer(m_database, RecordWriter::Atomicity::CallerTransaction);
    const int total = int(plan.households.size());
    int done = 0;
    for (const RosterHousehold &household : plan.households) {
        if (options.progress && !options.progress(done++, total))
            return Error{{}, Tr::tr("The import was cancelled; nothing was written.")};
        if (household.refused)
            continue;
        QVariantMap values{{QStringLiteral("grid_id"), options.gridId},
                           {QStringLiteral("address"), household.household.address}};
        if (!household.household.houseNumber.isEmpty())
            values.insert(QStringLiteral("house_number"), household.household.houseNumber);
        if (!household.key.isEmpty())
            values.insert(QStringLiteral("roster_key"), household.key);
        QString householdId = existingHousehold(household);
        const bool added = householdId.isEmpty();
        bool changed = false;
        if (added) {
            const auto id = writer.insert(tables::households(), values);
            if (!id)
                return id.error();
            householdId = *id;
            ++summary.householdsAdded;
            if (!household.key.isEmpty())
                m_known.households.insert(household.key, householdId);
        } else {
            const auto fields = writer.update(tables::households(), householdId, values);
            if (!fields)
                return fields.error();
            changed = !fields->isEmpty();
        }

        QString headId;
        for (const RosterMember &member : household.members) {
            QString personId = existingPerson(member.person, householdId);
            if (personId.isEmpty()) {
                const auto id = writer.insert(tables::persons(), personValues(member, householdId, true));
                if (!id)
                    return id.error();
                personId = *id;
                ++summary.personsAdded;
                if (!member.person.idNumber.isEmpty())
                    m_known.persons.insert(member.person.idNumber, {personId, householdId});
                changed = true;
            } else {
                // A head moving here leaves the household it headed without a head.
                QSqlQuery &headed = m_database.cached(QStringLiteral(
                    "SELECT id FROM households WHERE head_person_id = ? AND id <> ? AND deleted = 0"));
                headed.addBindValue(personId);
                headed.addBindValue(householdId);
                if (const QString old = firstString(headed, m_database); !old.isEmpty()) {
                    if (auto cleared = writer.update(tables::households(), old, {{QStringLiteral("head_person_id"), QVariant()}});
                        !cleared)
                        return cleared.error();
                }
                const auto fields = writer.update(tables::persons(), personId, personValues(member, householdId, false));
                if (!fields)
                    return fields.error();
                fields->isEmpty() ? ++summary.personsUnchanged : ++summary.personsUpdated;
                if (!member.person.idNumber.isEmpty())
                    m_known.persons.insert(member.person.idNumber, {personId, householdId});
                changed = changed || !fields->isEmpty();
            }
            if (member.person.relation == kHead)
                headId = personId;
        }
        if (!headId.isEmpty()) {
            // The roster names the head: another member the register held as head is no longer one.
            QSqlQuery &others = m_database.cached(QStringLiteral(
                "SELECT id FROM persons WHERE household_id = ? AND relation = 'head' AND id <> ? AND deleted = 0"));
            others.addBindValue(householdId);
            others.addBindValue(headId);
            QStringList formerHeads;
            if (m_database.exec(others)) {
                while (others.next())
                    formerHeads.append(others.value(0).toString());
            }
            for (const QString &former : std::as_const(formerHeads)) {
                if (auto status = writer.update(tables::persons(), former, {{QStringLiteral("relation"), QStringLiteral("other")}});
                    !status)
                    return status.error();
                changed = true;
            }
            const auto fields = writer.update(tables::households(), householdId, {{QStringLiteral("head_person_id"), headId}});
            if (!fields)
                return fields.error();
            changed = changed || !fields->isEmpty();
        }
        if (!added)
            changed ? ++summary.householdsUpdated : ++summary.householdsUnchanged;
    }
    if (Status status = search_index::catchUp(m_database); !status)
        return status.error();
    if (options.author) {
        if (Status audited = AuditLog(m_database).recordImport(*options.author, options.gridId, summary.toJson());
            !audited)
            return audited.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace lianxin::import
