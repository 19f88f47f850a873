#pragma once

#include "core/mediation/DisputeCase.h"
#include "core/register/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace lianxin {
class Database;
}

namespace lianxin::documents {

// Everything a case's documents print, read once from the store.
struct CaseFile
{
    DisputeCase dispute;
    QList<DisputeStep> steps;
    QString committeeName; // 菖蒲村人民调解委员会
    QString regionName;
    QStringList mediatorNames;
    QString legalAdviserName;
    QString registrarName;              // 登记人: the account that registered the case (empty when not known)
    QHash<QString, QString> recordedBy; // step id → the account that recorded the step

    QList<DisputeStep> stepsOf(const QString &kind) const;
    const DisputeStep *lastOf(const QString &kind) const;
};

std::optional<CaseFile> loadCaseFile(Database &database, const QString &disputeId);
// The parties' ID numbers and phones masked, for a role that may not reveal them (a legal adviser reads
// cases): what it prints or saves shows what its screens show.
void maskPersonalData(CaseFile &file);

// The forms are the Ministry of Justice's Chinese formats in every language of the interface: their
// coded values are printed with their zh_CN labels.
QString zh(const char *context, const char *source);
QString zhLabel(const Vocabulary &vocabulary, const QString &code);

} // namespace lianxin::documents
