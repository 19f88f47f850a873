#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"

namespace lianxin {

class Database;

// The demo workspace's accounts, one per role, all with the password kDemoPassword, scoped to the demo
// township's first village and grid (the township administrator to the whole township). Listed in the
// README.
inline constexpr auto kDemoPassword = "lianxin-demo";

struct DemoAccount
{
    const char *username;
    const char *role;
    const char *displayName; // UTF-8
};
const QList<DemoAccount> &demoAccounts();

[[nodiscard]] Result<QList<Account>> makeDemoAccounts(Database &database, const QString &townshipCode);

} // namespace lianxin
