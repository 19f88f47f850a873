#include "ui/register/RegisterPage.h"

#include "core/register/HouseholdRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/Settings.h"
#include "ui/forms/Ask.h"
#include "ui/forms/HouseholdForm.h"
#include "ui/forms/PagedTableView.h"
#include "ui/register/HouseholdTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lianxin {

namespace {
const QString kTableName = QStringLiteral("households");
} // namespace

RegisterPage::RegisterPage(Database &database, const Account &account, Settings &settings, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_settings(settings),
      m_model(new HouseholdTableModel(database, this)), m_village(new QComboBox), m_grid(new QComboBox),
      m_tag(new QComboBox), m_table(new PagedTableView(HouseholdTableModel::kIdRole)), m_count(new QLabel), m_empty(new QLabel)
{
    m_village->setObjectName(QStringLiteral("village"));
    m_grid->setObjectName(QStringLiteral("grid"));
    m_tag->setObjectName(QStringLiteral("tag"));
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
    if (m_account.permissions().editRegister) {
        auto *add = new QPushButton(tr("&New household…"));
        add->setObjectName(QStringLiteral("addHousehold"));
        auto *remove = new QPushButton(tr("&Remove household"));
        remove->setObjectName(QStringLiteral("removeHousehold"));
        filters->addSpacing(12);
        filters->addWidget(add);
        filters->addWidget(remove);
        connect(add, &QPushButton::clicked, this, &RegisterPage::addHousehold);
        connect(remove, &QPushButton::clicked, this, &RegisterPage::removeSelected);
        auto *removeKey = new QShortcut(QKeySequence::Delete, m_table);
        connect(removeKey, &QShortcut::activated, this, &RegisterPage::removeSelected);
    }

    m_table->setObjectName(QStringLiteral("households"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.tableState(kTableName))) {
        // The header shows the sort it was left with; the model sorts so too.
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else {
        header->resizeSection(HouseholdTableModel::Address, 260);
        m_table->sortByColumn(HouseholdTableModel::Address, Qt::AscendingOrder);
    }

    m_empty->setObjectName(QStringLiteral("noHouseholds"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_empty, 1);

    fillVillages();
    fillGrids();
    connect(m_village, &QComboBox::currentIndexChanged, this, [this] {
        fillGrids();
        applyFilter();
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_model, &HouseholdTableModel::totalCountChanged, this, [this](int total) {
        m_count->setText(tr("%n household(s)", nullptr, total));
        // Nothing found is said in words, not by an empty table.
        const HouseholdFilter &f = m_model->filter();
        const bool filtered = !f.villageId.isEmpty() || !f.gridId.isEmpty() || !f.tag.isEmpty();
        m_empty->setText(filtered ? tr("No household matches these filters. Choose another village, grid or tag.")
                                  : tr("There is no household in your regions yet."));
        m_empty->setVisible(total == 0);
        m_table->setVisible(total > 0);
    });
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

void RegisterPage::addHousehold()
{
    Household household;
    household.gridId = m_grid->currentData().toString();
    HouseholdForm form(m_database, m_account, household, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    // The new household is the one to look at (when the list shows it).
    m_table->selectId(form.household().id, m_model->rowCount());
    emit householdActivated(form.household().id);
}

void RegisterPage::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QString id = m_model->householdId(current.row());
    if (id.isEmpty())
        return;
    const QString address = m_model->index(current.row(), HouseholdTableModel::Address).data().toString();
    if (ask::question(this, tr("Remove household"),
                      tr("Remove the household at %1 and its members from the register?").arg(address),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status status = HouseholdRepository(m_database).remove(id); !status) {
        QMessageBox::warning(this, tr("Remove household"), status.error().message);
        return;
    }
    reload();
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
