#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace lianxin {

class Database;

// 走访/服务 (docs/SERVICE.md): the households due a visit with the grid's coverage and fast visit entry,
// the problems still unanswered or answered late, and the service requests by state with their cards and
// the steps the user's role takes. A department account sees only its requests.
class ServicePage : public QWidget
{
    Q_OBJECT

public:
    ServicePage(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadDue();
    void reloadProblems();
    void reloadRequests();
    void recordVisit();
    void answerProblem(const QString &answer);
    void takeRequest();
    void act(const QString &action);
    void updateActions();
    void reloadConsultations();
    void recordConsultation();
    void markDecisionDone();
    void printMinutes();
    void printVisitList();
    void openRequest();
    void takeNew(const QString &type, const QString &householdId);

    Database &m_database;
    Account m_account;
    QString m_township;
    QTabWidget *m_tabs;
    QLabel *m_coverage;
    QTableWidget *m_due;
    QTableWidget *m_problems;
    QComboBox *m_filter;
    QLabel *m_counts;
    QTableWidget *m_requests;
    QWidget *m_actions;
    QTableWidget *m_meetings = nullptr;
    QTableWidget *m_decisions = nullptr;
};

} // namespace lianxin
