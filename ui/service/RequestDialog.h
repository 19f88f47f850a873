#pragma once

#include <QDialog>

namespace lianxin {

class Database;

// One request or event: what was taken, where it stands, and every step with who took it and when; a
// step recorded on another device that could not follow is marked so. Prints the slip (受理单).
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    RequestDialog(Database &database, const QString &requestId, QWidget *parent = nullptr);
};

} // namespace lianxin
