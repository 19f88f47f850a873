#pragma once

#include "core/common/Result.h"
#include "core/mediation/CaseNumbers.h"
#include "core/mediation/DisputeCase.h"
#include "core/register/Region.h"
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
    // "parties.N.field"). Trims text in place. With a scope, the case must lie among its places(), as the
    // county server will require of the account.
    QList<Error> validate(DisputeCase &dispute, const Scope &scope = std::nullopt) const;
    // Registers a case with its parties in one transaction: issues its number, sets the one-month
    // deadline from the day it was received, status registered, and records who registered it.
    [[nodiscard]] Result<QString> create(DisputeCase dispute);
    // Saves the registration fields and the parties (added, changed, removed); the number, status and
    // everything the steps keep are left as they are.
    [[nodiscard]] Status update(DisputeCase dispute);

    // Where an account of this scope may register a case, which is also where its case list looks: the
    // live townships, villages and grids of the scope and below it (a grid officer's grids; a village
    // mediator's village and its grids), each followed by those below it. Grids are named with their
    // village ("新安村 第1网格").
    QList<Region> places(const Scope &scope) const;

    // A live case with its parties and whether it is overdue today.
    std::optional<DisputeCase> get(const QString &id) const;
    QList<DisputeParty> parties(const QString &disputeId) const;
    // The account signed in when the case was registered (its 登记人); empty when no one was, or the
    // case was registered before Lianxin kept it.
    QString registeredBy(const QString &disputeId) const;

private:
    bool isPlaceOf(const QString &regionId, const Scope &scope) const;

    Database &m_database;
    RecordWriter m_writer;
    CaseNumbers m_numbers;
};

} // namespace lianxin
