#pragma once

#include "core/import/RosterColumns.h"
#include "core/register/Household.h"
#include "core/register/Person.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace lianxin::import {

// A problem of one row (and column) of the roster, in the sheet's own numbering. Errors keep the row's
// household out of the import; warnings say what was corrected or left out; notes say which rows were
// not data (blank, a repeated header, a totals line).
struct RosterProblem
{
    enum class Severity { Note, Warning, Error };
    int row = 0;       // 1-based, as Excel shows it
    int column = -1;   // 0-based; -1: the row as a whole
    Severity severity = Severity::Error;
    QString reason;
};

QString severityKey(RosterProblem::Severity severity); // "note", "warning", "error"

struct RosterMember
{
    int row = 0; // 1-based
    Person person;
    // The fields the roster gives for this person (PersonRepository's field names); an import writes only
    // these, so that what the register knows beyond the roster is kept. A short list of literals: a roster
    // holds tens of thousands of members.
    QStringList given;
    void give(const QString &field)
    {
        if (!given.contains(field))
            given.append(field);
    }
};

// One household of the roster: its members in roster order, and its key (the 户编号, or else the head's
// ID number) by which a later import of the same roster finds it.
struct RosterHousehold
{
    QString key;
    Household household; // address and house number; no id or grid yet
    QList<RosterMember> members;
    QList<int> rows; // 1-based, every row of the household
    bool refused = false; // one of its rows has an error
};

struct RosterPlan
{
    QList<RosterHousehold> households;
    QList<RosterProblem> problems; // by row, then column
    QSet<int> errorRows;     // 1-based rows with an error (in a household or not)
    // Rows of refused households, 1-based, in sheet order.
    QList<int> refusedRows() const;
    int personCount() const;
    int errorCount() const;
    // Orders the problems by row, then column (a row's own problem, column -1, first).
    void sortProblems();
};

// Reads the roster's rows below the header into households. A household's rows share a household number
// when the roster has that column; otherwise a head's row (与户主关系 户主) starts one and the rows below
// it belong to it. Blank cells of the household number, address and head's name continue the row above
// (merged cells leave only the first cell filled). `today` (China) bounds birth dates.
RosterPlan planRoster(const Sheet &sheet, const ColumnMapping &mapping, const QDate &today);

} // namespace lianxin::import
