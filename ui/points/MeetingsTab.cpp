#include "ui/points/MeetingsTab.h"

#include "core/points/PointsBoard.h"
#include "ui/Format.h"

#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

MeetingsTab::MeetingsTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent),
      m_meetings(makeTable({tr("Held on"), tr("Attendees"), tr("Entries decided"), tr("Passed")}, 1)), m_minutes(new QLabel),
      m_decided(makeTable({tr("Household"), tr("Indicator"), tr("Points"), tr("For"), tr("Against"), tr("Now"), tr("Evidence")}, 1))
{
    m_meetings->setObjectName(QStringLiteral("meetings"));
    m_decided->setObjectName(QStringLiteral("decided"));
    m_minutes->setWordWrap(true);
    m_minutes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_meetings, &QTableWidget::itemSelectionChanged, this, &MeetingsTab::showMeeting);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_minutes);
    lowerLayout->addWidget(m_decided, 1);
    auto *evidence = new QPushButton(tr("Evidence files…"));
    connect(evidence, &QPushButton::clicked, this, [this] { openEvidence(m_decided); });
    lowerLayout->addWidget(evidence, 0, Qt::AlignLeft);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_meetings);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Meetings are held from the Proposals tab (\"Evaluation meeting…\").")));
    layout->addWidget(split, 1);
}

void MeetingsTab::reload()
{
    QList<QStringList> rows;
    QStringList ids;
    QStringList minutes;
    for (const MeetingSummary &m : PointsBoard(m_database).meetings(m_villageId)) {
        rows.append({formatDate(m.heldOn), m.attendees, QString::number(m.decided), QString::number(m.approved)});
        ids.append(m.id);
        minutes.append(m.minutes);
    }
    fillTable(m_meetings, rows, ids);
    for (int row = 0; row < minutes.size(); ++row)
        m_meetings->item(row, 0)->setData(Qt::UserRole + 1, minutes.at(row));
    showMeeting();
}

void MeetingsTab::showMeeting()
{
    const QString id = selectedId(m_meetings);
    const int row = m_meetings->currentRow();
    m_minutes->setText(id.isEmpty() ? tr("Choose a meeting to see its minutes and decisions.")
                                    : tr("Minutes: %1").arg(m_meetings->item(row, 0)->data(Qt::UserRole + 1).toString()));
    QList<QStringList> rows;
    QStringList ids;
    if (!id.isEmpty())
        for (const BoardEntry &e : PointsBoard(m_database).decidedAt(id)) {
            rows.append({entryWho(e), e.indicatorName, signedPoints(e.entry.points), QString::number(e.votesFor),
                         QString::number(e.votesAgainst), entryStateLabel(e.status.state), evidenceText(e)});
            ids.append(e.entry.id);
        }
    fillTable(m_decided, rows, ids);
}

} // namespace lianxin
