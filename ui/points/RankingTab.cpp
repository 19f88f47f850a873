#include "ui/points/RankingTab.h"

#include "core/export/ListSources.h"
#include "core/mediation/Deadlines.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/PointsListDocument.h"
#include "ui/forms/ExportAction.h"
#include "ui/points/PaperSize.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kListDepth = 10;
constexpr int kShown = 1000; // a township's whole ranking is for the lists, not for scrolling
} // namespace

RankingTab::RankingTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent), m_region(new QComboBox), m_within(new QDateEdit), m_period(new QLabel), m_shown(new QLabel),
      m_pageSize(makePaperSizeBox()), m_table(makeTable({tr("Rank"), tr("Household"), tr("Grid"), tr("Points")}, 1))
{
    m_region->setObjectName(QStringLiteral("region"));
    m_within->setObjectName(QStringLiteral("within"));
    m_table->setObjectName(QStringLiteral("ranking"));
    m_within->setCalendarPopup(true);
    m_within->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_within->setDate(deadlines::today(database.clock()));
    connect(m_region, &QComboBox::activated, this, &RankingTab::rank);
    connect(m_within, &QDateEdit::dateChanged, this, &RankingTab::rank);

    auto *preview = new QPushButton(tr("Red and black lists…"));
    auto *save = new QPushButton(tr("Save as PDF…"));
    connect(preview, &QPushButton::clicked, this, [this] {
        documents::preview(this, tr("%1 red and black lists").arg(m_villageName), paperSize(m_pageSize),
                           [this](QPagedPaintDevice &) { return listLayout(); });
    });
    connect(save, &QPushButton::clicked, this, [this] {
        documents::saveAsPdf(this, tr("%1 red and black lists").arg(m_villageName), paperSize(m_pageSize),
                             [this](QPagedPaintDevice &) { return listLayout(); });
    });
    auto *exportRanking = new QPushButton(tr("E&xport…"));
    exportRanking->setObjectName(QStringLiteral("exportRanking"));
    connect(exportRanking, &QPushButton::clicked, this, [this] {
        const auto [from, to] = period();
        exportListTo(this, m_database, m_account, rankingListSource(m_region->currentData().toString(), from, to),
                     tr("points"));
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Rank")));
    top->addWidget(m_region);
    top->addWidget(new QLabel(tr("Period holding")));
    top->addWidget(m_within);
    top->addWidget(m_period);
    top->addStretch();
    top->addWidget(m_pageSize);
    top->addWidget(preview);
    top->addWidget(save);
    top->addWidget(exportRanking);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_shown);
    layout->addWidget(new QLabel(tr("Confirmed points of deeds in the period; equal points share a rank. The lists name the "
                                    "best %1 ranks with points above zero and the worst %1 that lost points.")
                                     .arg(kListDepth)));
}

void RankingTab::reload()
{
    m_periodKind = PointsLedger(m_database).settings(m_villageId).period;
    const QString chosen = m_region->currentData().toString();
    m_region->clear();
    m_region->addItem(tr("The village: %1").arg(m_villageName), m_villageId);
    RegionRepository regions(m_database);
    for (const Region &grid : regions.children(m_villageId))
        if (grid.kind == RegionKind::Grid)
            m_region->addItem(tr("Grid: %1").arg(grid.name), grid.id);
    // Township staff compare the villages of their township.
    if (const auto village = regions.get(m_villageId); village && m_account.scope.contains(village->parentId))
        if (const auto township = regions.get(village->parentId))
            m_region->addItem(tr("The township: %1").arg(township->name), township->id);
    m_region->setCurrentIndex(qMax(0, m_region->findData(chosen)));
    rank();
}

std::pair<QDate, QDate> RankingTab::period() const
{
    return PointsLedger::periodOf(m_within->date(), m_periodKind.isEmpty() ? QStringLiteral("month") : m_periodKind);
}

void RankingTab::rank()
{
    const auto [from, to] = period();
    m_period->setText(tr("%1 to %2").arg(formatDate(from), formatDate(to)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<RankedHousehold> ranked = PointsRanking(m_database).rank(m_region->currentData().toString(), from, to);
    QApplication::restoreOverrideCursor();
    QList<QStringList> rows;
    QStringList ids;
    for (const RankedHousehold &row : ranked) {
        if (rows.size() == kShown)
            break;
        rows.append({QString::number(row.rank), row.name, row.gridName, signedPoints(row.points)});
        ids.append(row.householdId);
    }
    fillTable(m_table, rows, ids);
    m_shown->setText(ranked.size() > kShown ? tr("The first %1 of %2 households.").arg(kShown).arg(ranked.size())
                                            : tr("%n household(s).", nullptr, int(ranked.size())));
}

documents::PageLayout RankingTab::listLayout() const
{
    const auto [from, to] = period();
    const QString region = m_region->currentData().toString();
    const PointsRanking ranking(m_database);
    return documents::pointsListLayout(m_villageName, from, to, ranking.redList(region, from, to, kListDepth),
                                       ranking.blackList(region, from, to, kListDepth),
                                       PointsLedger(m_database).settings(m_villageId).noticeDays);
}

} // namespace lianxin
