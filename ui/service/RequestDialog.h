#pragma once

#include "core/auth/Account.h"

#include <QDialog>

namespace lianxin {

class Database;

// One request or event: what was taken, where it stands, and every step with who took it and when; a
// step recorded on another device that could not follow is marked so. Prints the slip (受理单). The
// department handling it sees the contact's phone in full, to call the household; each such view is audited.
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    RequestDialog(Database &database, const Account &account, const QString &requestId, QWidget *parent = nullptr);
};

} // namespace lianxin
