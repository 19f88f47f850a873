#pragma once

#include "core/points/PointsRanking.h"
#include "ui/documents/PageLayout.h"
#include "ui/points/PointsTab.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace lianxin {

// Rankings of a grid, the village or the township for a period, and the red and black lists (红黑榜)
// printed or saved as PDF on A4 or A3 for the village's notice board.
class RankingTab : public PointsTab
{
    Q_OBJECT

public:
    RankingTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;

private:
    std::pair<QDate, QDate> period() const;
    void rank();
    documents::PageLayout listLayout() const;

    QComboBox *m_region;
    QDateEdit *m_within;
    QLabel *m_period;
    QLabel *m_shown;
    QComboBox *m_pageSize;
    QTableWidget *m_table;
    QString m_periodKind;
};

} // namespace lianxin
