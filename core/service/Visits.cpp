#include "core/service/Visits.h"

#include "core/common/ChinaTime.h"
#include "core/files/FileStore.h"
#include "core/service/ServiceVocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)
};

const QString kProblemColumns = QStringLiteral(
    "p.id, p.visit_id, p.household_id, p.found_on, p.category, p.description, p.owner, p.answer, p.answered_on, "
    "p.answer_note, (SELECT r.id FROM service_requests r WHERE r.problem_id = p.id AND r.deleted = 0 LIMIT 1)");

Problem problemFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(),
            query.value(1).toString(),
            query.value(2).toString(),
            QDate::fromString(query.value(3).toString(), Qt::ISODate),
            query.value(4).toString(),
            query.value(5).toString(),
            query.value(6).toString(),
            query.value(7).toString(),
            QDate::fromString(query.value(8).toString(), Qt::ISODate),
            query.value(9).toString(),
            query.value(10).toString()};
}

const QString kVisitColumns = QStringLiteral(
    "v.id, v.household_id, v.visited_on, v.visited_at, v.kind, v.workers, v.met, v.situation, v.latitude, v.longitude");

Visit visitFrom(const QSqlQuery &query)
{
    Visit visit;
    visit.id = query.value(0).toString();
    visit.householdId = query.value(1).toString();
    visit.visitedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    visit.visitedAt = QTime::fromString(query.value(3).toString(), QStringLiteral("HH:mm"));
    visit.kind = query.value(4).toString();
    visit.workers = RecordWriter::storedList(query.value(5));
    visit.met = query.value(6).toString();
    visit.situation = query.value(7).toString();
    visit.latitude = query.value(8).toString();
    visit.longitude = query.value(9).toString();
    visit.info = readRecordInfo(query, 10);
    return visit;
}

Status checkCoordinate(const QString &field, const QString &value, double limit)
{
    if (value.trimmed().isEmpty())
        return {};
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || number < -limit || number > limit)
        return Error{field, Tr::tr("A coordinate is a decimal number of degrees between -%1 and %1.").arg(limit)};
    return {};
}
} // namespace

Result<QString> VisitRepository::record(Visit visit, QList<Problem> problems)
{
    const QDate today = chinaToday(m_database.clock());
    if (!visit.visitedOn.isValid())
        visit.visitedOn = today;
    if (visit.visitedOn > today)
        return Error{QStringLiteral("visited_on"), Tr::tr("A visit cannot be recorded for a day still to come.")};
    QSqlQuery &household = m_database.cached(QStringLiteral("SELECT 1 FROM households WHERE id = ? AND deleted = 0"));
    household.bindValue(0, visit.householdId);
    const bool found = m_database.exec(household) && household.next();
    household.finish();
    if (!found)
        return Error{QStringLiteral("household_id"), Tr::tr("Choose the household visited.")};
    if (!vocabulary::contains(vocabulary::visitKinds(), visit.kind))
        return Error{QStringLiteral("kind"), Tr::tr("Choose the kind of visit.")};
    QStringList workers;
    for (const QString &worker : std::as_const(visit.workers)) {
        if (!worker.trimmed().isEmpty())
            workers.append(worker.trimmed());
    }
    if (workers.isEmpty() || workers.size() > 2)
        return Error{QStringLiteral("workers"), Tr::tr("A visit is made by one or two workers.")};
    for (const QString &worker : std::as_const(workers)) {
        if (Status status = checkTextLength(QStringLiteral("workers"), Tr::tr("Visited by"), worker, 20); !status)
            return status.error();
    }
    if (Status status = checkTextLength(QStringLiteral("met"), Tr::tr("Persons met"), visit.met, 100); !status)
        return status.error();
    if (Status status = checkRequiredText(QStringLiteral("situation"), Tr::tr("Situation"), visit.situation, 2000);
        !status)
        return status.error();
    if (Status status = checkCoordinate(QStringLiteral("latitude"), visit.latitude, 90); !status)
        return status.error();
    if (Status status = checkCoordinate(QStringLiteral("longitude"), visit.longitude, 180); !status)
        return status.error();
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QString prefix = QStringLiteral("problems.%1.").arg(i);
        Problem &problem = problems[i];
        if (!vocabulary::contains(vocabulary::problemCategories(), problem.category))
            return Error{prefix + QStringLiteral("category"), Tr::tr("Choose the kind of problem.")};
        if (Status status =
                checkRequiredText(prefix + QStringLiteral("description"), Tr::tr("Problem"), problem.description, 500);
            !status)
            return status.error();
        if (Status status = checkTextLength(prefix + QStringLiteral("owner"), Tr::tr("Answerable"), problem.owner, 20);
            !status)
            return status.error();
        if (!problem.answer.isEmpty() && !vocabulary::contains(vocabulary::problemAnswers(), problem.answer))
            return Error{prefix + QStringLiteral("answer"), Tr::tr("Choose how the problem was answered.")};
        // A problem is handed on by taking a request that names it, then answering it (answer()).
        if (problem.answer == QLatin1String("handed_on"))
            return Error{prefix + QStringLiteral("answer"), Tr::tr("Take the request the problem is handed on as.")};
    }

    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    RecordWriter writer(m_database);
    const auto id = writer.insert(
        tables::visits(), {{QStringLiteral("household_id"), visit.householdId},
                           {QStringLiteral("visited_on"), visit.visitedOn},
                           {QStringLiteral("visited_at"),
                            visit.visitedAt.isValid() ? visit.visitedAt.toString(QStringLiteral("HH:mm")) : QString()},
                           {QStringLiteral("kind"), visit.kind},
                           {QStringLiteral("workers"), workers},
                           {QStringLiteral("met"), visit.met},
                           {QStringLiteral("situation"), visit.situation},
                           {QStringLiteral("latitude"), visit.latitude.trimmed()},
                           {QStringLiteral("longitude"), visit.longitude.trimmed()}});
    if (!id)
        return id.error();
    for (const Problem &problem : std::as_const(problems)) {
        const bool answered = !problem.answer.isEmpty();
        if (auto written =
                writer.insert(tables::problems(),
                              {{QStringLiteral("visit_id"), *id},
                               {QStringLiteral("household_id"), visit.householdId},
                               {QStringLiteral("found_on"), visit.visitedOn},
                               {QStringLiteral("category"), problem.category},
                               {QStringLiteral("description"), problem.description},
                               {QStringLiteral("owner"), problem.owner.isEmpty() ? workers.first() : problem.owner},
                               {QStringLiteral("answer"), problem.answer},
                               {QStringLiteral("answered_on"), answered ? visit.visitedOn : QDate()},
                               {QStringLiteral("answer_note"), problem.answerNote}});
            !written)
            return written.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status VisitRepository::answer(const QString &problemId, const QString &answer, const QString &note)
{
    QSqlQuery &request =
        m_database.cached(QStringLiteral("SELECT 1 FROM service_requests WHERE problem_id = ? AND deleted = 0"));
    request.bindValue(0, problemId);
    const bool handedOn = m_database.exec(request) && request.next();
    request.finish();
    if (!vocabulary::contains(vocabulary::problemAnswers(), answer))
        return Error{QStringLiteral("answer"), Tr::tr("Choose how the problem was answered.")};
    if (answer == QLatin1String("handed_on") && !handedOn)
        return Error{QStringLiteral("request_id"), Tr::tr("Take the request the problem is handed on as.")};
    if (answer == QLatin1String("explained") && note.trimmed().isEmpty())
        return Error{QStringLiteral("answer_note"), Tr::tr("Say what was explained.")};
    if (Status status = checkTextLength(QStringLiteral("answer_note"), Tr::tr("Answer"), note, 500); !status)
        return status;
    RecordWriter writer(m_database);
    return toStatus(writer.update(tables::problems(), problemId,
                                  {{QStringLiteral("answer"), answer},
                                   {QStringLiteral("answered_on"), chinaToday(m_database.clock())},
                                   {QStringLiteral("answer_note"), note}}));
}

Result<QString> VisitRepository::addPhoto(const QString &visitId, const QString &path, bool signature)
{
    if (!get(visitId))
        return Error{QStringLiteral("visit_id"), Tr::tr("The visit no longer exists.")};
    const auto content = FileStore::readFile(path);
    if (!content)
        return content.error();
    return FileStore(m_database)
        .addRecord(tables::visitPhotos(),
                   {{QStringLiteral("visit_id"), visitId},
                    {QStringLiteral("caption"), signature ? QStringLiteral("signature") : QString()}},
                   path, *content);
}

QList<VisitRepository::Photo> VisitRepository::photos(const QString &visitId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT p.id, p.sha256, p.file_name, p.caption = 'signature', EXISTS (SELECT 1 FROM blobs b "
                       "WHERE b.sha256 = p.sha256) "
                       "FROM visit_photos p WHERE p.visit_id = ? AND p.deleted = 0 ORDER BY p.created_at, p.id"));
    query.addBindValue(visitId);
    QList<Photo> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toBool(), query.value(4).toBool()});
    }
    return list;
}

std::optional<Visit> VisitRepository::get(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT %1, %2 FROM visits v WHERE v.id = ? AND v.deleted = 0")
                                             .arg(kVisitColumns, recordInfoColumns(QStringLiteral("v"))));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return visitFrom(query);
}

QList<Visit> VisitRepository::ofHousehold(const QString &householdId, int limit) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1, %2 FROM visits v WHERE v.household_id = ? AND v.deleted = 0 "
                                          "ORDER BY v.visited_on DESC, v.visited_at DESC, v.id DESC LIMIT ?")
                               .arg(kVisitColumns, recordInfoColumns(QStringLiteral("v"))));
    query.addBindValue(householdId);
    query.addBindValue(limit);
    QList<Visit> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append(visitFrom(query));
    }
    return list;
}

QList<Problem> VisitRepository::problemsOf(const QString &visitId) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT %1 FROM problems p WHERE p.visit_id = ? AND p.deleted = 0 "
                                          "ORDER BY p.created_at, p.id")
                               .arg(kProblemColumns));
    query.addBindValue(visitId);
    QList<Problem> list;
    if (m_database.exec(query)) {
        while (query.next())
            list.append(problemFrom(query));
    }
    return list;
}

int VisitRepository::lateCount(const Scope &scope, const QDate &today) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT count(*) FROM problems p JOIN households h ON h.id = p.household_id "
                                                        "WHERE p.deleted = 0 AND p.answer IS NULL AND p.found_on < :today AND %1")
                                             .arg(scopeCondition()));
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    return m_database.exec(query) && query.next() ? query.value(0).toInt() : 0;
}

QList<ProblemRow> VisitRepository::openProblems(const Scope &scope, const QDate &today, int limit) const
{
    // Unanswered problems, and those answered after their day in the last 30 days (the late ones to look at).
    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT %1, coalesce(hp.name, h.address || coalesce(' ' || h.house_number, '')) "
            "FROM problems p JOIN households h ON h.id = p.household_id LEFT JOIN persons hp ON hp.id = "
            "h.head_person_id "
            "WHERE p.deleted = 0 AND (p.answer IS NULL OR (p.answered_on > p.found_on AND p.answered_on >= :since)) "
            "AND %2 ORDER BY p.answer IS NOT NULL, p.found_on, p.id LIMIT :limit")
            .arg(kProblemColumns, scopeCondition()));
    query.bindValue(QStringLiteral(":since"), today.addDays(-30).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":scope"), scopeValue(scope));
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<ProblemRow> rows;
    if (m_database.exec(query)) {
        while (query.next()) {
            ProblemRow row{problemFrom(query), query.value(11).toString(), false};
            row.late = row.problem.isLate(today);
            rows.append(row);
        }
    }
    return rows;
}

} // namespace lianxin
