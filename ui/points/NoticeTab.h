#pragma once

#include "core/points/PointsBoard.h"
#include "ui/points/PointsTab.h"

class QComboBox;
class QLabel;

namespace lianxin {

// The notice board (公示): entries the meeting passed, until their notice ends. Objections are recorded
// and resolved here; when the notice has ended, "Confirm ended notices" makes them count; the sheet is
// printed for the village's board.
class NoticeTab : public PointsTab
{
    Q_OBJECT

public:
    NoticeTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;

private:
    void recordObjection();
    void resolveObjection();
    void revoke();
    void confirmDue();
    void printSheet();

    QTableWidget *m_table;
    QList<BoardEntry> m_entries;
    QList<QWidget *> m_editors;
    QComboBox *m_pageSize;
    QLabel *m_status;
    QLabel *m_due;
};

} // namespace lianxin
