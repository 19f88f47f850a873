#include "core/mediation/DisputeRepository.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeSql.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/validation/IdNumber.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisputeRepository)
};

constexpr int kLongText = 5000;
constexpr int kMaxPeople = 100000;

// The registration fields, as the case form edits them.
QVariantMap registrationFields(const DisputeCase &d)
{
    return {{QStringLiteral("region_id"), d.regionId},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("category"), d.category},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("received_on"), d.receivedOn},
            {QStringLiteral("facts"), d.facts},
            {QStringLiteral("claims"), d.claims},
            {QStringLiteral("amount"), d.amountFen},
            {QStringLiteral("people_count"), d.peopleCount},
            {QStringLiteral("risk"), d.risk},
            {QStringLiteral("violence_risk"), d.violenceRisk ? 1 : 0},
            {QStringLiteral("level"), d.level},
            {QStringLiteral("consultation"), d.consultation},
            {QStringLiteral("mediator_ids"), d.mediatorIds},
            {QStringLiteral("legal_adviser_id"), d.legalAdviserId}};
}

QVariantMap partyFields(const QString &disputeId, const DisputeParty &p, int order)
{
    return {{QStringLiteral("dispute_id"), disputeId}, {QStringLiteral("role"), p.role},
            {QStringLiteral("person_id"), p.personId},  {QStringLiteral("name"), p.name},
            {QStringLiteral("sex"), p.sex},             {QStringLiteral("id_number"), p.idNumber},
            {QStringLiteral("phone"), p.phone},         {QStringLiteral("address"), p.address},
            {QStringLiteral("agent"), p.agent},         {QStringLiteral("sort_order"), order}};
}

bool liveRow(Database &db, const QString &table, const QString &id)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(table));
    query.addBindValue(id);
    return db.exec(query) && query.next();
}
} // namespace

DisputeRepository::DisputeRepository(Database &database)
    : m_database(database), m_writer(database), m_numbers(database)
{
}

QList<Error> DisputeRepository::validate(DisputeCase &d, const Scope &scope) const
{
    QList<Error> errors;
    const auto check = [&errors](const Status &status) {
        if (!status)
            errors.append(status.error());
    };
    d.title = d.title.trimmed();
    d.facts = d.facts.trimmed();
    d.claims = d.claims.trimmed();
    const QDate today = chinaToday(m_database.clock());

    QSqlQuery region = m_database.prepare(QStringLiteral("SELECT kind FROM regions WHERE id = ? AND deleted = 0"));
    region.addBindValue(d.regionId);
    if (d.regionId.isEmpty() || !m_database.exec(region) || !region.next())
        errors.append({QStringLiteral("region_id"), Tr::tr("Choose where the dispute arose.")});
    else if (region.value(0).toString() == QLatin1String("county"))
        errors.append({QStringLiteral("region_id"), Tr::tr("Choose a township, village or grid, not the county.")});
    else if (!isPlaceOf(d.regionId, scope))
        errors.append(
            {QStringLiteral("region_id"),
             Tr::tr("Your account may register cases only in its own area: choose one of the places listed.")});

    check(checkRequiredText(QStringLiteral("title"), Tr::tr("Title"), d.title, 100));
    if (!vocabulary::contains(vocabulary::disputeCategories(), d.category))
        errors.append({QStringLiteral("category"), Tr::tr("Choose the kind of dispute.")});
    if (!vocabulary::contains(vocabulary::disputeSources(), d.source))
        errors.append({QStringLiteral("source"), Tr::tr("Choose how the dispute came to the committee.")});
    if (!d.receivedOn.isValid())
        errors.append({QStringLiteral("received_on"), Tr::tr("Enter the date the case was received.")});
    else if (d.receivedOn > today)
        errors.append({QStringLiteral("received_on"), Tr::tr("The date received cannot be in the future.")});
    check(checkRequiredText(QStringLiteral("facts"), Tr::tr("Facts"), d.facts, kLongText));
    check(checkTextLength(QStringLiteral("claims"), Tr::tr("Claims"), d.claims, kLongText));
    if (d.amountFen < 0 || d.amountFen > qint64(100'000'000'000))
        errors.append({QStringLiteral("amount"), Tr::tr("The amount must be from 0 to 1,000,000,000 yuan.")});
    if (d.peopleCount < 1 || d.peopleCount > kMaxPeople)
        errors.append({QStringLiteral("people_count"), Tr::tr("The number of people involved must be from 1 to 100,000.")});
    if (!vocabulary::contains(vocabulary::riskGrades(), d.risk))
        errors.append({QStringLiteral("risk"), Tr::tr("Choose the risk grade.")});
    if (!vocabulary::contains(vocabulary::caseLevels(), d.level))
        errors.append({QStringLiteral("level"), Tr::tr("Choose the level that mediates the case.")});
    if (!d.consultation.isEmpty() && !vocabulary::contains(vocabulary::consultationLevels(), d.consultation))
        errors.append({QStringLiteral("consultation"), Tr::tr("Unknown consultation level.")});
    d.mediatorIds.removeDuplicates();
    d.mediatorIds.removeAll(QString());
    for (const QString &member : std::as_const(d.mediatorIds)) {
        if (!liveRow(m_database, QStringLiteral("members"), member)) {
            errors.append({QStringLiteral("mediator_ids"), Tr::tr("A chosen mediator is no longer in the member list.")});
            break;
        }
    }
    if (!d.legalAdviserId.isEmpty() && !liveRow(m_database, QStringLiteral("members"), d.legalAdviserId))
        errors.append({QStringLiteral("legal_adviser_id"), Tr::tr("The chosen legal adviser is no longer in the member list.")});

    int applicants = 0;
    int respondents = 0;
    for (qsizetype i = 0; i < d.parties.size(); ++i) {
        DisputeParty &p = d.parties[i];
        const QString prefix = QStringLiteral("parties.%1.").arg(i);
        const QString who = Tr::tr("Party %1").arg(i + 1);
        p.name = p.name.trimmed();
        p.address = p.address.trimmed();
        p.agent = p.agent.trimmed();
        p.idNumber = p.idNumber.trimmed().toUpper();
        if (p.role == QLatin1String("applicant"))
            ++applicants;
        else if (p.role == QLatin1String("respondent"))
            ++respondents;
        else
            errors.append({prefix + QStringLiteral("role"), Tr::tr("%1: choose applicant or respondent.").arg(who)});
        if (Status status = checkRequiredText(prefix + QStringLiteral("name"), Tr::tr("%1: name").arg(who), p.name, 50); !status)
            errors.append(status.error());
        if (!p.personId.isEmpty() && !liveRow(m_database, QStringLiteral("persons"), p.personId))
            errors.append({prefix + QStringLiteral("person_id"), Tr::tr("%1: the person is no longer in the register.").arg(who)});
        if (!p.sex.isEmpty() && p.sex != QLatin1String("M") && p.sex != QLatin1String("F"))
            errors.append({prefix + QStringLiteral("sex"), Tr::tr("%1: unknown sex.").arg(who)});
        if (!p.idNumber.isEmpty()) {
            if (const auto parsed = parseIdNumber(p.idNumber, today); !parsed)
                errors.append({prefix + QStringLiteral("id_number"), QStringLiteral("%1: %2").arg(who, parsed.error().message)});
            else
                p.idNumber = parsed->number;
        }
        if (!p.phone.isEmpty()) {
            if (const auto phone = normalizePhone(prefix + QStringLiteral("phone"), p.phone); !phone)
                errors.append({prefix + QStringLiteral("phone"), QStringLiteral("%1: %2").arg(who, phone.error().message)});
            else
                p.phone = *phone;
        }
        if (Status status = checkTextLength(prefix + QStringLiteral("address"), Tr::tr("%1: address").arg(who), p.address, 200); !status)
            errors.append(status.error());
        if (Status status = checkTextLength(prefix + QStringLiteral("agent"), Tr::tr("%1: agent").arg(who), p.agent, 100); !status)
            errors.append(status.error());
    }
    if (applicants == 0 || respondents == 0)
        errors.append({QStringLiteral("parties"), Tr::tr("A dispute needs at least one applicant and one respondent.")});
    return errors;
}

Result<QString> DisputeRepository::create(DisputeCase d)
{
    if (const QList<Error> errors = validate(d); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const QString id = d.id.isEmpty() ? m_database.newId() : d.id;
    d.committeeId = m_numbers.committeeOf(d.regionId);
    d.caseYear = d.receivedOn.year();
    const auto number = m_numbers.issue(d.committeeId, d.caseYear, id);
    if (!number)
        return number.error();
    QVariantMap values = registrationFields(d);
    values.insert(QStringLiteral("committee_id"), d.committeeId);
    values.insert(QStringLiteral("case_number"), number->number);
    values.insert(QStringLiteral("case_year"), d.caseYear);
    values.insert(QStringLiteral("case_seq"), number->seq ? QVariant(*number->seq) : QVariant());
    values.insert(QStringLiteral("deadline"), deadlines::defaultDeadline(d.receivedOn));
    values.insert(QStringLiteral("status"), QStringLiteral("registered"));
    if (!m_database.actor().isEmpty())
        values.insert(QStringLiteral("registered_by"), m_database.actor());
    if (const auto inserted = m_writer.insert(tables::disputes(), values, id); !inserted)
        return inserted.error();
    for (qsizetype i = 0; i < d.parties.size(); ++i) {
        if (const auto party = m_writer.insert(tables::disputeParties(), partyFields(id, d.parties.at(i), int(i))); !party)
            return party.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status DisputeRepository::update(DisputeCase d)
{
    if (const QList<Error> errors = validate(d); !errors.isEmpty())
        return errors.first();
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status;
    if (const auto written = m_writer.update(tables::disputes(), d.id, registrationFields(d)); !written)
        return written.error();
    QStringList kept;
    for (qsizetype i = 0; i < d.parties.size(); ++i) {
        const DisputeParty &p = d.parties.at(i);
        const QVariantMap fields = partyFields(d.id, p, int(i));
        if (p.id.isEmpty()) {
            const auto inserted = m_writer.insert(tables::disputeParties(), fields);
            if (!inserted)
                return inserted.error();
            kept.append(*inserted);
        } else {
            if (const auto written = m_writer.update(tables::disputeParties(), p.id, fields); !written)
                return written.error();
            kept.append(p.id);
        }
    }
    for (const DisputeParty &old : parties(d.id)) {
        if (!kept.contains(old.id)) {
            if (Status status = m_writer.tombstone(tables::disputeParties(), old.id); !status)
                return status;
        }
    }
    return transaction.commit();
}

QList<Region> DisputeRepository::places(const Scope &scope) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT r.id, r.parent_id, r.code, CASE WHEN r.kind = 'grid' THEN rp.name || ' ' || r.name ELSE r.name END,"
            " r.kind, r.sort_order FROM regions r LEFT JOIN regions rp ON rp.id = r.parent_id"
            " WHERE r.deleted = 0 AND r.kind != 'county' AND %1")
            .arg(disputeSql::scopeCondition()));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    QList<Region> found;
    if (!m_database.exec(query))
        return found;
    while (query.next()) {
        Region region;
        region.id = query.value(0).toString();
        region.parentId = query.value(1).toString();
        region.code = query.value(2).toString();
        region.name = query.value(3).toString();
        region.sortOrder = query.value(5).toInt();
        if (regionKindFromCode(query.value(4).toString(), &region.kind))
            found.append(region);
    }
    // Tree order: each region followed by those below it, siblings in their order. The tops (the scope's
    // own regions) follow their codes, which nest (340828101 → 340828101201 → 34082810120101).
    QHash<QString, QList<Region>> below;
    QSet<QString> ids;
    for (const Region &region : std::as_const(found))
        ids.insert(region.id);
    QList<Region> tops;
    for (const Region &region : std::as_const(found))
        (ids.contains(region.parentId) ? below[region.parentId] : tops).append(region);
    const auto bySortOrder = [](const Region &a, const Region &b) {
        return std::tie(a.sortOrder, a.code) < std::tie(b.sortOrder, b.code);
    };
    for (QList<Region> &children : below)
        std::sort(children.begin(), children.end(), bySortOrder);
    std::sort(tops.begin(), tops.end(), [](const Region &a, const Region &b) { return a.code < b.code; });
    QList<Region> ordered;
    const std::function<void(const Region &)> visit = [&](const Region &region) {
        ordered.append(region);
        for (const Region &child : below.value(region.id))
            visit(child);
    };
    for (const Region &top : std::as_const(tops))
        visit(top);
    return ordered;
}

bool DisputeRepository::isPlaceOf(const QString &regionId, const Scope &scope) const
{
    if (!scope)
        return true;
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT 1 FROM regions r WHERE r.id = :region AND %1")
            .arg(disputeSql::scopeCondition()));
    query.bindValue(QStringLiteral(":region"), regionId);
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    return m_database.exec(query) && query.next();
}

std::optional<DisputeCase> DisputeRepository::get(const QString &id) const
{
    const QString columnsOfCase = disputeSql::caseColumns();
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1 FROM disputes d WHERE d.id = :id AND d.deleted = 0").arg(columnsOfCase));
    query.bindValue(QStringLiteral(":id"), id);
    disputeSql::bindOverdue(query, chinaToday(m_database.clock()));
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    DisputeCase d = disputeSql::readCase(query);
    d.parties = parties(id);
    return d;
}

QString DisputeRepository::registeredBy(const QString &disputeId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT registered_by FROM disputes WHERE id = ?"));
    query.addBindValue(disputeId);
    if (!m_database.exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

QList<DisputeParty> DisputeRepository::parties(const QString &disputeId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, role, person_id, name, sex, id_number, phone, address, agent FROM dispute_parties "
                       "WHERE dispute_id = ? AND deleted = 0 ORDER BY sort_order, id"));
    query.addBindValue(disputeId);
    QList<DisputeParty> list;
    if (!m_database.exec(query))
        return list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    return list;
}

} // namespace lianxin
