#include "ui/documents/CaseFile.h"

#include "core/auth/Account.h"
#include "core/auth/AccountRepository.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/DisputeRepository.h"
#include "core/register/MemberRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"

#include <QTranslator>

namespace lianxin::documents {

QList<DisputeStep> CaseFile::stepsOf(const QString &kind) const
{
    QList<DisputeStep> found;
    for (const DisputeStep &step : steps) {
        if (step.kind == kind)
            found.append(step);
    }
    return found;
}

const DisputeStep *CaseFile::lastOf(const QString &kind) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->kind == kind)
            return &*it;
    }
    return nullptr;
}

namespace {
QString regionName(Database &database, const QString &id)
{
    const auto region = RegionRepository(database).get(id);
    return region ? region->name : QString();
}

QString memberName(Database &database, const QString &id)
{
    const auto member = MemberRepository(database).get(id);
    return member ? member->name : QString();
}
} // namespace

std::optional<CaseFile> loadCaseFile(Database &database, const QString &disputeId)
{
    auto dispute = DisputeRepository(database).get(disputeId);
    if (!dispute)
        return std::nullopt;
    CaseFile file;
    file.dispute = *dispute;
    file.steps = CaseSteps(database).list(disputeId);
    file.committeeName = regionName(database, dispute->committeeId) + QStringLiteral("人民调解委员会");
    file.regionName = regionName(database, dispute->regionId);
    for (const QString &member : dispute->mediatorIds)
        file.mediatorNames.append(memberName(database, member));
    file.mediatorNames.removeAll(QString());
    if (!dispute->legalAdviserId.isEmpty())
        file.legalAdviserName = memberName(database, dispute->legalAdviserId);
    // Accounts by the names they sign with; steps are append-only, so a step's last writer recorded it.
    const AccountRepository accounts(database);
    QHash<QString, QString> names;
    const auto nameOfAccount = [&](const QString &id) {
        if (id.isEmpty())
            return QString();
        if (!names.contains(id)) {
            const auto account = accounts.get(id);
            names.insert(id, account ? account->displayName : QString());
        }
        return names.value(id);
    };
    file.registrarName = nameOfAccount(DisputeRepository(database).registeredBy(disputeId));
    for (const DisputeStep &step : std::as_const(file.steps))
        file.recordedBy.insert(step.id, nameOfAccount(step.info.updatedBy));
    return file;
}

QString zh(const char *context, const char *source)
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator(QCoreApplication::instance());
        (void)t->load(QStringLiteral(":/i18n/lianxin_zh_CN.qm"));
        return t;
    }();
    const QString text = translator->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString zhLabel(const Vocabulary &vocabulary, const QString &code)
{
    for (const VocabularyEntry &entry : vocabulary) {
        if (code == QLatin1String(entry.code))
            return zh("Vocabulary", entry.source);
    }
    return code;
}

void maskPersonalData(CaseFile &file)
{
    for (DisputeParty &party : file.dispute.parties) {
        party.idNumber = maskIdNumber(party.idNumber);
        party.phone = maskPhone(party.phone);
    }
}

} // namespace lianxin::documents
