#pragma once

#include "core/common/Result.h"

#include <QStringList>

namespace lianxin::account_rules {

// The rules of the county's accounts that the county server checks and the staff screen offers: user
// names, first passwords, and which roles an administrator may give. One home for both sides.

inline constexpr int kMinimumPasswordLength = 8;

// 3 to 32 lower-case letters, digits, '.', '_' or '-', beginning with a letter or digit.
[[nodiscard]] Status checkUsername(const QString &username);
[[nodiscard]] Status checkPassword(const QString &password, const QString &field = QStringLiteral("password"));

// County administrators above township administrators above everyone else (officers, heads, mediators,
// advisers, department staff); 0 for a role that is not one of vocabulary::memberRoles().
int roleRank(const QString &role);
// Whether an administrator of `callerRole` may give `role` to an account (or a staff record): a role at
// or below the caller's own, and only by the administrators.
bool mayGrant(const QString &callerRole, const QString &role);
// The roles of vocabulary::memberRoles() that `callerRole` may give, in the vocabulary's order.
QStringList grantableRoles(const QString &callerRole);

} // namespace lianxin::account_rules
