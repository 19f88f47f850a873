#pragma once

#include "core/auth/Account.h"
#include "core/mediation/DisputeCase.h"
#include "core/points/PointsBoard.h"
#include "core/register/Household.h"
#include "core/register/Person.h"
#include "core/service/ServiceRequests.h"
#include "core/service/Visits.h"
#include "ui/documents/PageLayout.h"

#include <QSet>

namespace lianxin {
class Database;
}

namespace lianxin::documents {

// Everything a household's file (一户一档) prints, read once from the store for the account printing it.
struct HouseholdFile
{
    Household household;
    QString villageName;
    QString gridName;
    QString headName;
    QList<Person> members;
    // Members whose ID number and phone print in full: those the account revealed on the screen (roles that
    // may reveal); every other one prints masked, as the screen shows it.
    QSet<QString> revealed;
    bool sensitiveTags = false; // whether special-group tags print (the account's role sees them)
    QList<Visit> visits;        // newest first
    QList<RequestRow> requests;
    bool casesShown = false; // the account's role works with dispute cases
    QList<DisputeRow> cases;
    QList<BoardEntry> points; // newest deed first
    int balance = 0;
    QString printedBy;
    QDate printedOn;
};

std::optional<HouseholdFile> loadHouseholdFile(Database &database, const Account &account, const QString &householdId,
                                               const QSet<QString> &revealed);

// One A4 page for a household as a rule: its details, every member, and the latest few visits, requests, cases
// and points entries (how many more there are is said), in Chinese in every language of the interface.
PageLayout householdFileLayout(const HouseholdFile &file);

} // namespace lianxin::documents
