#pragma once

#include "core/common/Paging.h"
#include "core/storage/RecordInfo.h"
#include "core/validation/IdNumber.h"

#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace lianxin {

struct Person
{
    QString id;
    QString householdId;
    QString name;
    Sex sex = Sex::Unknown;
    QString idNumber;
    QDate birthDate;
    QString ethnicity;
    QString phone;
    QString relation = QStringLiteral("other");               // vocabulary::relations()
    QString residenceStatus = QStringLiteral("registered");   // vocabulary::residenceStatuses()
    QString occupation;
    QStringList tags; // vocabulary::personTags()
    QString notes;
    RecordInfo info;
};

struct PersonFilter
{
    QString householdId;
    QString gridId;
    QString villageId;
    QString residenceStatus;
    QString tag;
};

// The person as the field map its table stores (PersonRepository writes it; rules and imports read it).
QVariantMap personFields(const Person &person);
QString sexCode(Sex sex);
Sex sexFromCode(const QString &code);
QString sexLabel(Sex sex);

} // namespace lianxin
