#pragma once

#include "core/import/Workbook.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lianxin::import {

// What a roster column holds. Rosters name their columns freely (姓名 / 户主姓名, 身份证号 / 公民身份号码,
// 联系电话 / 手机号码 …); guessColumns() maps the words to these, and the user can change the mapping.
enum class RosterField {
    HouseholdKey, // 户编号: the rows of one household share it
    HeadName,     // 户主姓名 on every member's row
    Name,
    IdNumber,
    Relation,
    Sex,
    Ethnicity,
    BirthDate,
    Phone,
    Address,
    HouseNumber,
    ResidenceStatus,
    Occupation,
    Notes,
};

const QList<RosterField> &rosterFields();
// The stable key of a field ("id_number"), as the command line and the JSON output name it.
QString fieldKey(RosterField field);
std::optional<RosterField> fieldFromKey(const QString &key);
// The field's translated name.
QString fieldLabel(RosterField field);

// Which sheet row is the header and which column holds each field (0-based, as Sheet::rows).
struct ColumnMapping
{
    int headerRow = -1; // none found
    QHash<RosterField, int> columns;

    int column(RosterField field) const { return columns.value(field, -1); }
    bool has(RosterField field) const { return columns.contains(field); }
};

// The header among the sheet's first rows (the one naming the most known columns, at least a name and one
// other) and each field's column in it; headerRow -1 when no row looks like a header.
ColumnMapping guessColumns(const Sheet &sheet);
// The field a header's words name, if any.
std::optional<RosterField> fieldOfHeader(const QString &header);

// Excel's column letters: 0 → "A", 26 → "AA".
QString columnLetter(int column);
// Text as rosters should have been typed: full-width letters, digits and spaces made half-width, runs of
// blanks one space, trimmed.
QString halfWidth(const QString &text);

} // namespace lianxin::import
