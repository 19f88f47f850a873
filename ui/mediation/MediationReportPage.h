#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"
#include "core/mediation/MediationReport.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QLabel;
class QTableWidget;

namespace lianxin {

class Database;

// 统计: the monthly, quarterly or yearly mediation report of a village, township or the county (as far as the
// account sees), on screen, and exported as CSV or PDF or printed.
class MediationReportPage : public QWidget
{
    Q_OBJECT

public:
    MediationReportPage(Database &database, const Account &account, QWidget *parent = nullptr);

    void refresh();
    const MediationReportData &report() const { return m_report; }
    // Export without asking where (the buttons ask, then call these).
    [[nodiscard]] Status exportCsv(const QString &path) const;
    [[nodiscard]] Status exportPdf(const QString &path) const;

protected:
    // Read each time the page is shown (never before): cases change while it waits behind the navigation.
    void showEvent(QShowEvent *event) override;

private:
    void fillRegions();
    void exportAs(bool pdf);
    QString regionName() const;

    Database &m_database;
    Account m_account;
    QComboBox *m_region;
    QComboBox *m_period;
    QSpinBox *m_year;
    QSpinBox *m_number;
    QTableWidget *m_categories;
    QTableWidget *m_sources;
    QLabel *m_notes; // cases with two outcomes awaiting a choice; kinds this version does not know, under Other
    MediationReportData m_report;
};

} // namespace lianxin
