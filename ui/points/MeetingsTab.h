#pragma once

#include "ui/points/PointsTab.h"

class QLabel;

namespace lianxin {

// The village's evaluation meetings (评议会) as recorded: date, attendees, minutes, and each entry the
// meeting decided with its votes and where it stands now.
class MeetingsTab : public PointsTab
{
    Q_OBJECT

public:
    MeetingsTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;

private:
    void showMeeting();

    QTableWidget *m_meetings;
    QLabel *m_minutes;
    QTableWidget *m_decided;
};

} // namespace lianxin
