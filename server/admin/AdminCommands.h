#pragma once

#include <QStringList>

namespace lianxin::server {

// `lianxin-server admin COMMAND …`: set up and look after the county's database without a database
// administrator. Returns the process exit code (0 done, 1 refused or failed, 2 wrong usage).
int runAdmin(const QStringList &arguments);

} // namespace lianxin::server
