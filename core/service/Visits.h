#pragma once

#include "core/auth/Scope.h"
#include "core/common/Result.h"
#include "core/storage/RecordInfo.h"

#include <QDate>
#include <QStringList>
#include <QTime>

namespace lianxin {

class Database;

// A problem found on a visit (事事清) and its answer the same day (问题解, 不过夜).
struct Problem
{
    QString id;
    QString visitId;
    QString householdId;
    QDate foundOn;
    QString category;
    QString description;
    QString owner;  // the person answerable for it (定人定责)
    QString answer; // solved | explained | handed_on; empty while unanswered
    QDate answeredOn;
    QString answerNote;
    QString requestId; // the request it was handed on as (the request names the problem)

    // Not answered by the end of the day it was found (or answered on a later day): 不过夜 broken.
    bool isLate(const QDate &today) const { return answer.isEmpty() ? foundOn < today : answeredOn > foundOn; }
};

// A household visit (户户到).
struct Visit
{
    QString id;
    QString householdId;
    QDate visitedOn;
    QTime visitedAt;
    QString kind = QStringLiteral("routine");
    QStringList workers; // one or two
    QString met;         // the persons met
    QString situation;
    QString latitude;
    QString longitude;
    RecordInfo info;
};

// A problem as the lists show it, with its household.
struct ProblemRow
{
    Problem problem;
    QString householdName;
    bool late = false;
};

class VisitRepository
{
public:
    explicit VisitRepository(Database &database) : m_database(database) {}

    // Validates and records a visit with the problems found, in one transaction. Errors name the field
    // ("problems.N.description" for the N-th problem).
    [[nodiscard]] Result<QString> record(Visit visit, QList<Problem> problems);
    // Answers a problem (on the day it is answered, China's date).
    // Handed on: a request naming the problem must have been taken (ServiceRequest::problemId).
    [[nodiscard]] Status answer(const QString &problemId, const QString &answer, const QString &note);

    // A photo of the visit, or the household's signature slip (`signature`): content stored once by hash
    // (FileStore), the record naming it synced. Errors name "file" or "visit_id".
    [[nodiscard]] Result<QString> addPhoto(const QString &visitId, const QString &path, bool signature = false);
    struct Photo
    {
        QString id;
        QString sha256;
        QString fileName;
        bool signature = false;
        bool present = false; // the content is on this device
    };
    QList<Photo> photos(const QString &visitId) const;

    std::optional<Visit> get(const QString &id) const;
    // A household's visits, newest first.
    QList<Visit> ofHousehold(const QString &householdId, int limit = 100) const;
    QList<Problem> problemsOf(const QString &visitId) const;
    // Problems still unanswered or answered late, within a scope, oldest first (at most `limit`).
    QList<ProblemRow> openProblems(const Scope &scope, const QDate &today, int limit = 200) const;
    // How many problems in scope are still unanswered after their day.
    int lateCount(const Scope &scope, const QDate &today) const;

private:
    Database &m_database;
};

} // namespace lianxin
