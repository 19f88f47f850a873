#include "ui/points/PointsPage.h"

#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/points/AccountsTab.h"
#include "ui/points/CatalogueTab.h"
#include "ui/points/MeetingsTab.h"
#include "ui/points/NoticeTab.h"
#include "ui/points/ProposalsTab.h"
#include "ui/points/RankingTab.h"
#include "ui/points/SupermarketTab.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kTemplateRole = Qt::UserRole + 1;
} // namespace

PointsPage::PointsPage(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_village(new QComboBox), m_tabs(new QTabWidget),
      m_proposals(new ProposalsTab(database, account)), m_accounts(new AccountsTab(database, account)),
      m_catalogue(new CatalogueTab(database, account))
{
    m_village->setObjectName(QStringLiteral("village"));
    m_tabs->setObjectName(QStringLiteral("pointsTabs"));
    auto *notice = new NoticeTab(database, account);
    auto *ranking = new RankingTab(database, account);
    auto *market = new SupermarketTab(database, account);
    auto *meetings = new MeetingsTab(database, account);
    m_tabs->addTab(m_proposals, tr("Proposals"));
    m_tabs->addTab(notice, tr("Public notice"));
    m_tabs->addTab(meetings, tr("Meetings"));
    m_tabs->addTab(m_accounts, tr("Household accounts"));
    m_tabs->addTab(ranking, tr("Rankings and lists"));
    m_tabs->addTab(market, tr("Points supermarket"));
    m_tabs->addTab(m_catalogue, tr("Catalogue and settings"));
    m_villageTabs = {m_proposals, notice, meetings, m_accounts, ranking, market, m_catalogue};
    for (PointsTab *tab : std::as_const(m_villageTabs))
        connect(tab, &PointsTab::changed, this, &PointsPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PointsPage::reloadIfStale);
    connect(m_accounts, &AccountsTab::proposeRequested, this, [this](const QString &householdId) {
        m_tabs->setCurrentWidget(m_proposals);
        m_proposals->proposeFor(householdId, {});
    });

    RegionRepository regions(database);
    for (const Region &village : regions.villagesWithin(account.scope))
        m_village->addItem(village.name, village.id);
    // Township staff keep the township's template catalogue that villages copy.
    for (const QString &id : account.scope)
        if (const auto township = regions.get(id); township && levelOf(township->kind) == RegionLevel::Township) {
            m_village->addItem(tr("%1 — template catalogue").arg(township->name), township->id);
            m_village->setItemData(m_village->count() - 1, true, kTemplateRole);
        }
    connect(m_village, &QComboBox::currentIndexChanged, this, &PointsPage::chooseVillage);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Village")));
    top->addWidget(m_village);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    chooseVillage();
}

void PointsPage::chooseVillage()
{
    const QString id = m_village->currentData().toString();
    const QString name = m_village->currentText();
    const bool isTemplate = m_village->currentData(kTemplateRole).toBool();
    for (PointsTab *tab : std::as_const(m_villageTabs)) {
        m_tabs->setTabEnabled(m_tabs->indexOf(tab), !isTemplate || tab == m_catalogue);
        tab->setVillage(id, name);
    }
    if (isTemplate)
        m_tabs->setCurrentWidget(m_catalogue);
    reload();
}

void PointsPage::reload()
{
    // Only the tab in view reads now; the others read when they are shown (a village's lists and ranking
    // take tens of milliseconds each with a year of a large village's entries).
    m_stale = m_villageTabs;
    reloadIfStale();
}

void PointsPage::reloadIfStale()
{
    auto *tab = static_cast<PointsTab *>(m_tabs->currentWidget());
    if (m_stale.removeOne(tab))
        tab->reload();
}

void PointsPage::showHousehold(const QString &householdId)
{
    const auto village = RegionRepository(m_database).villageOfHousehold(householdId);
    if (!village)
        return;
    const int index = m_village->findData(village->id);
    if (index < 0)
        return;
    m_village->setCurrentIndex(index);
    m_tabs->setCurrentWidget(m_accounts);
    m_accounts->showHousehold(householdId);
}

} // namespace lianxin
