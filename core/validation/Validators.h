#pragma once

#include "core/common/Result.h"

#include <QString>

namespace lianxin {

// Checks shared by the client's forms, the server and imports. Each error names the field key it was
// given and says why in words a user understands.

// A required text: not blank after trimming and at most maxLength characters. `label` is the field's
// translated name as the user sees it.
[[nodiscard]] Status checkRequiredText(const QString &field, const QString &label, const QString &value,
                                       int maxLength);

// An optional text of at most maxLength characters.
[[nodiscard]] Status checkTextLength(const QString &field, const QString &label, const QString &value,
                                     int maxLength);

// A mainland mobile number (11 digits starting 13–19) or a landline with area code (0556-1234567).
// Spaces and dashes a user types are accepted; the result is the number as stored (mobile: 11 digits;
// landline: area code, dash, local number). An empty input gives an empty result.
[[nodiscard]] Result<QString> normalizePhone(const QString &field, const QString &input);

// Whether a normalized number is a mobile number.
bool isMobileNumber(const QString &number);

} // namespace lianxin
