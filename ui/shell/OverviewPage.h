#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QLabel;

namespace lianxin {

class Database;

// 工作台: the signed-in person's scope at a glance.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(Database &database, const Account &account, QWidget *parent = nullptr);

    void refresh();

private:
    QStringList serviceLines() const;

    Database &m_database;
    Account m_account;
    QLabel *m_figures;
};

} // namespace lianxin
