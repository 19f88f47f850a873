#pragma once

#include "core/auth/Account.h"
#include "core/mediation/DisputeCase.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace lianxin {

class Database;
class DisputeTableModel;
class PagedTableView;

// 纠纷调解: the cases of the signed-in person's scope, newest first, filtered by status, kind, level,
// risk, mediator, overdue and escalation, each filter value showing how many cases it would leave.
// Enter or a double click opens a case; "New case" registers one.
class DisputesPage : public QWidget
{
    Q_OBJECT

public:
    DisputesPage(Database &database, const Account &account, QWidget *parent = nullptr);
    ~DisputesPage() override;

    void reload();
    void addCase();
    void openCase(const QString &disputeId);
    DisputeTableModel *model() const { return m_model; }

private:
    void applyFilter();
    void refreshCounts(const DisputeFilter &filter);
    DisputeFilter currentFilter() const;

    Database &m_database;
    Account m_account;
    DisputeTableModel *m_model;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_level;
    QComboBox *m_risk;
    QComboBox *m_mediator;
    QCheckBox *m_overdue;
    QCheckBox *m_escalated;
    QPushButton *m_add;
    PagedTableView *m_table;
    QLabel *m_count;
};

} // namespace lianxin
