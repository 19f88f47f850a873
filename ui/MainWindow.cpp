#include "ui/MainWindow.h"

#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "ui/register/HouseholdTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace lianxin {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent), m_model(new HouseholdTableModel(database, this)),
      m_village(new QComboBox), m_tag(new QComboBox), m_table(new QTableView), m_count(new QLabel)
{
    setWindowTitle(tr("Lianxin — Household register"));

    m_village->addItem(tr("All villages"), QString());
    for (const Region &village : RegionRepository(database).listByLevel(RegionLevel::Village))
        m_village->addItem(village.name, village.id);
    m_tag->addItem(tr("All tags"), QString());
    for (const VocabularyEntry &tag : vocabulary::householdTags())
        m_tag->addItem(tag.label(), QString::fromUtf8(tag.code));

    auto *filters = new QHBoxLayout;
    auto *villageLabel = new QLabel(tr("&Village:"));
    villageLabel->setBuddy(m_village);
    auto *tagLabel = new QLabel(tr("&Tag:"));
    tagLabel->setBuddy(m_tag);
    filters->addWidget(villageLabel);
    filters->addWidget(m_village);
    filters->addSpacing(12);
    filters->addWidget(tagLabel);
    filters->addWidget(m_tag);
    filters->addStretch();
    filters->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HouseholdTableModel::Address, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdTableModel::Address, QHeaderView::Stretch);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    setCentralWidget(central);

    connect(m_village, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_model, &HouseholdTableModel::totalCountChanged, this, &MainWindow::updateCount);
    updateCount(m_model->totalCount());

    const int pending = ChangeLog(database).pendingRowCount();
    statusBar()->showMessage(tr("%n change(s) not yet synced", nullptr, pending));
    resize(1200, 720);
}

void MainWindow::applyFilter()
{
    HouseholdFilter filter = m_model->filter();
    filter.villageId = m_village->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    m_model->setFilter(filter);
}

void MainWindow::updateCount(int total)
{
    m_count->setText(tr("%n household(s)", nullptr, total));
}

} // namespace lianxin
