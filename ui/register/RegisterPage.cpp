#include "ui/register/RegisterPage.h"

#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/Settings.h"
#include "ui/register/HouseholdTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lianxin {

namespace {
const QString kTableName = QStringLiteral("households");
} // namespace

RegisterPage::RegisterPage(Database &database, const Account &account, Settings &settings, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_settings(settings),
      m_model(new HouseholdTableModel(database, this)), m_village(new QComboBox), m_grid(new QComboBox),
      m_tag(new QComboBox), m_table(new QTableView), m_count(new QLabel)
{
    m_tag->addItem(tr("All tags"), QString());
    for (const VocabularyEntry &tag : vocabulary::householdTags())
        m_tag->addItem(tag.label(), QString::fromUtf8(tag.code));

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text);
        label->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(label);
        filters->addWidget(box);
        filters->addSpacing(12);
    };
    addFilter(tr("&Village:"), m_village);
    addFilter(tr("&Grid:"), m_grid);
    addFilter(tr("&Tag:"), m_tag);
    filters->addStretch();
    filters->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("households"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!m_table->horizontalHeader()->restoreState(m_settings.tableState(kTableName))) {
        m_table->horizontalHeader()->resizeSection(HouseholdTableModel::Address, 260);
        m_table->sortByColumn(HouseholdTableModel::Address, Qt::AscendingOrder);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    fillVillages();
    fillGrids();
    connect(m_village, &QComboBox::currentIndexChanged, this, [this] {
        fillGrids();
        applyFilter();
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_model, &HouseholdTableModel::totalCountChanged, this,
            [this](int total) { m_count->setText(tr("%n household(s)", nullptr, total)); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit householdActivated(m_model->householdId(index.row())); });
    applyFilter();
}

RegisterPage::~RegisterPage()
{
    m_settings.setTableState(kTableName, m_table->horizontalHeader()->saveState());
}

void RegisterPage::reload()
{
    m_model->setFilter(m_model->filter());
}

void RegisterPage::fillVillages()
{
    // The villages the account sees: those in its scope, under its township, or holding its grids.
    RegionRepository regions(m_database);
    m_village->addItem(tr("All villages"), QString());
    for (const Region &village : regions.listByLevel(RegionLevel::Village)) {
        bool visible = m_account.scope.contains(village.id) || m_account.scope.contains(village.parentId);
        for (const Region &grid : visible ? QList<Region>() : regions.children(village.id))
            visible = visible || m_account.scope.contains(grid.id);
        if (visible)
            m_village->addItem(village.name, village.id);
    }
}

void RegisterPage::fillGrids()
{
    const QSignalBlocker blocker(m_grid);
    m_grid->clear();
    m_grid->addItem(tr("All grids"), QString());
    const QString village = m_village->currentData().toString();
    m_grid->setEnabled(!village.isEmpty());
    if (village.isEmpty())
        return;
    for (const Region &grid : RegionRepository(m_database).children(village))
        m_grid->addItem(grid.name, grid.id);
}

void RegisterPage::applyFilter()
{
    HouseholdFilter filter = m_model->filter();
    filter.scope = m_account.scope;
    filter.villageId = m_village->currentData().toString();
    filter.gridId = m_grid->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    m_model->setFilter(filter);
}

} // namespace lianxin
