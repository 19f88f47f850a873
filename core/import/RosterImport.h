#pragma once

#include "core/common/Result.h"
#include "core/import/RosterPlan.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace lianxin {
class Database;
struct Account;
}

namespace lianxin::import {

struct ImportOptions
{
    QString gridId;           // the grid the roster's households belong to
    bool skipBadRows = false; // false: a roster with any error is refused as a whole
    // Households done and their total; returning false cancels, and nothing is written.
    std::function<bool(int done, int total)> progress;
    // The person importing, whose import the audit log records with the counts (none: a terminal command).
    const Account *author = nullptr;
};

struct ImportSummary
{
    int householdsAdded = 0;
    int householdsUpdated = 0;
    int householdsUnchanged = 0;
    int personsAdded = 0;
    int personsUpdated = 0;
    int personsUnchanged = 0;
    int refusedRows = 0;

    // The counts by name, as the terminal command prints them and the audit log keeps them.
    QJsonObject toJson() const;
};

// Writes a roster's households into the register as ordinary, synced records, in one transaction: all of
// it or nothing. A household is found again by its roster key in the grid, or by the household its head
// (or another member) is registered in; a person by ID number, or without one by name within the
// household. Only the fields the roster gives are written, and a value equal to the stored one is not
// written at all, so importing the same roster again changes nothing.
class RosterImport
{
public:
    explicit RosterImport(Database &database);

    // Adds to the plan what the register says about it: persons the import would move here from another
    // household, and members a household's head in the register contradicts.
    void review(RosterPlan &plan, const QString &gridId);

    [[nodiscard]] Result<ImportSummary> apply(const RosterPlan &plan, const ImportOptions &options);

private:
    // What the register holds of the roster's ID numbers and keys, kept up to date while the import writes.
    struct Known
    {
        struct Person
        {
            QString personId;
            QString householdId; // empty when the household was removed
        };
        QHash<QString, Person> persons;     // by ID number
        QHash<QString, QString> households; // by roster key, in the grid
    };
    void learn(const RosterPlan &plan, const QString &gridId);
    QString existingHousehold(const RosterHousehold &household) const;
    QString existingPerson(const lianxin::Person &person, const QString &householdId) const;

    Database &m_database;
    Known m_known;
};

} // namespace lianxin::import
