#pragma once

#include "core/common/Result.h"
#include "core/mediation/CaseNumbers.h"
#include "core/mediation/DisputeCase.h"
#include "core/storage/RecordWriter.h"

#include <optional>

namespace lianxin {

class Database;

// Registers dispute cases and edits what was registered; the steps that move a case along are
// CaseSteps' (CaseSteps.h), the lists DisputeList's.
class DisputeRepository
{
public:
    explicit DisputeRepository(Database &database);

    // Every problem with the case as registered, each naming its field (parties' fields as
    // "parties.N.field"). Trims text in place.
    QList<Error> validate(DisputeCase &dispute) const;
    // Registers a case with its parties in one transaction: issues its number, sets the one-month
    // deadline from the day it was received, status registered, and records who registered it.
    [[nodiscard]] Result<QString> create(DisputeCase dispute);
    // Saves the registration fields and the parties (added, changed, removed); the number, status and
    // everything the steps keep are left as they are.
    [[nodiscard]] Status update(DisputeCase dispute);

    // A live case with its parties and whether it is overdue today.
    std::optional<DisputeCase> get(const QString &id) const;
    QList<DisputeParty> parties(const QString &disputeId) const;
    // The account signed in when the case was registered (its 登记人); empty when no one was, or the
    // case was registered before Lianxin kept it.
    QString registeredBy(const QString &disputeId) const;

private:
    Database &m_database;
    RecordWriter m_writer;
    CaseNumbers m_numbers;
};

} // namespace lianxin
