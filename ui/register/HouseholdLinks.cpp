#include "ui/register/HouseholdLinks.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/points/PointsBoard.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/forms/ListTable.h"
#include "ui/points/PointsTab.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

HouseholdLinks::HouseholdLinks(Database &database, const Account &account, const QString &householdId, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_householdId(householdId), m_pointsLabel(new QLabel),
      m_points(list_table::make({tr("Deed on"), tr("Member"), tr("Indicator"), tr("Points"), tr("State")},
                                QStringLiteral("householdPoints")))
{
    auto *layout = new QVBoxLayout(this);
    // Cases hold private quarrels: a role that does not work with them does not see that there are any.
    if (m_account.permissions().seeDisputes) {
        m_casesLabel = new QLabel;
        m_cases = list_table::make({tr("Case number"), tr("Received"), tr("Status"), tr("Title"), tr("Parties")},
                                   QStringLiteral("householdCases"));
        layout->addWidget(m_casesLabel);
        layout->addWidget(m_cases, 1);
        connect(m_cases, &QTableWidget::itemActivated, this, [this] {
            if (const QString id = list_table::selectedId(m_cases); !id.isEmpty())
                emit caseChosen(id);
        });
    }
    layout->addWidget(m_pointsLabel);
    layout->addWidget(m_points, 2);
    auto *hint =
        new QLabel(tr("Enter or a double click opens the case, or the household's points account, in its area."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    connect(m_points, &QTableWidget::itemActivated, this, &HouseholdLinks::pointsAccountChosen);
    reload();
}

void HouseholdLinks::reload()
{
    if (m_cases) {
        DisputeFilter filter;
        filter.householdId = m_householdId;
        filter.scope = m_account.scope;
        filter.author = m_account.id;
        filter.today = chinaToday(m_database.clock());
        const Page<DisputeRow> cases = DisputeList(m_database).page(filter, {}, kCaseLimit);
        m_casesLabel->setText(tr("Dispute cases its members are parties to (%n):", nullptr, int(cases.rows.size())));
        const list_table::Refill refill(m_cases);
        m_cases->setRowCount(int(cases.rows.size()));
        for (int row = 0; row < cases.rows.size(); ++row) {
            const DisputeRow &c = cases.rows.at(row);
            list_table::setRow(m_cases, row,
                               {c.caseNumber, formatDate(c.receivedOn),
                                vocabulary::label(vocabulary::caseStatuses(), c.status), c.title, c.parties},
                               c.id);
        }
    }
    const QList<BoardEntry> entries = PointsBoard(m_database).history(m_householdId);
    m_pointsLabel->setText(tr("Moral-evaluation points: balance %1, %n entry(ies):", nullptr, int(entries.size()))
                               .arg(PointsLedger(m_database).balance(m_householdId)));
    const list_table::Refill refill(m_points);
    m_points->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const BoardEntry &e = entries.at(row);
        list_table::setRow(m_points, row,
                           {formatDate(e.entry.deedOn), e.personName, e.indicatorName, signedPoints(e.entry.points),
                            entryStateLabel(e.status.state)},
                           e.entry.id);
    }
}

} // namespace lianxin
