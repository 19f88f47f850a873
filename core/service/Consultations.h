#pragma once

#include "core/auth/Scope.h"
#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace lianxin {

class Database;

// A decision of a three-level consultation on one matter (a service request, an event or a dispute
// case), with its owner and deadline, followed until done (定人定责定时).
struct ConsultationDecision
{
    QString id;
    QString consultationId;
    QString matterTable; // service_requests | disputes
    QString matterId;
    QString matterTitle;
    QString decision;
    QString owner; // a person or a department
    QDate dueOn;
    QDate doneOn;
    QString doneNote;
    bool isOverdue(const QDate &today) const { return !doneOn.isValid() && dueOn < today; }
};

// A three-level consultation meeting (三级会商): level, date, chair, who was present, minutes.
struct Consultation
{
    QString id;
    QString regionId; // the village, township or county that held it
    QString level;    // consultationLevels(): village, township, county
    QDate heldOn;
    QString chair;
    QString present;
    QString minutes;
    QList<ConsultationDecision> decisions;
    QString regionName; // in lists
    int matters = 0;    // in lists: the matters decided on
};

class Consultations
{
public:
    explicit Consultations(Database &database) : m_database(database) {}

    // Records a meeting with its decisions in one transaction; errors name the field
    // ("decisions.N.owner" for the N-th decision).
    [[nodiscard]] Result<QString> record(Consultation consultation);
    // Marks a decision done, with what was done.
    [[nodiscard]] Status markDone(const QString &decisionId, const QString &note);

    std::optional<Consultation> get(const QString &id) const;
    // Meetings in scope, newest first (at most `limit`), without their decisions.
    QList<Consultation> list(const Scope &scope, int limit = 100) const;
    // Decisions not yet done in scope, by deadline: the next meeting reviews them, their owners see them.
    QList<ConsultationDecision> open(const Scope &scope, int limit = 200) const;

private:
    Database &m_database;
};

} // namespace lianxin
