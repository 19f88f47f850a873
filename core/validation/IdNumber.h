#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace lianxin {

enum class Sex { Unknown, Male, Female };

// A resident ID number (GB 11643-1999) that passed every check, in its canonical 18-character form.
struct IdNumber
{
    QString number;
    QString addressCode;
    QDate birthDate;
    Sex sex = Sex::Unknown;
};

// Parses what a user typed or a file held: trims spaces, upper-cases a final x, converts a legacy
// 15-digit number to 18 digits, and checks length, digits, province code, birth date (real, not in the
// future, not before 1900) and the ISO 7064 MOD 11-2 check character. `today` bounds the birth date.
// Errors name the field "id_number".
[[nodiscard]] Result<IdNumber> parseIdNumber(const QString &input, const QDate &today);

// The check character for the first 17 digits of an ID number.
QChar idNumberCheckChar(QStringView first17);

// The 18-digit form of a 15-digit legacy number (which must be all digits): "19" inserted before the
// year and the check character appended.
QString upgradeLegacyIdNumber(const QString &legacy15);

} // namespace lianxin
