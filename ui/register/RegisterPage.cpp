#include "ui/register/RegisterPage.h"

#include "core/common/ChinaTime.h"
#include "core/export/ListSources.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "ui/Settings.h"
#include "ui/documents/CaseFile.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/HouseholdListDocument.h"
#include "ui/forms/Ask.h"
#include "ui/forms/ExportAction.h"
#include "ui/forms/HouseholdForm.h"
#include "ui/forms/PagedTableView.h"
#include "ui/register/HouseholdTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
      m_tag(new QComboBox), m_text(new QLineEdit), m_clear(new QPushButton(tr("C&lear filters"))),
      m_table(new PagedTableView(HouseholdTableModel::kIdRole)), m_count(new QLabel), m_empty(new QLabel)
{
    m_village->setObjectName(QStringLiteral("village"));
    m_grid->setObjectName(QStringLiteral("grid"));
    m_tag->setObjectName(QStringLiteral("tag"));
    m_tag->addItem(tr("All tags"), QString());
    for (const VocabularyEntry &tag : vocabulary::householdTags())
        m_tag->addItem(tag.label(), QString::fromUtf8(tag.code));
    m_text->setObjectName(QStringLiteral("find"));
    m_text->setPlaceholderText(tr("Address or member's name"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(150);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Show every household again: all villages, grids and tags, no search text (Alt+L)."));
    m_clear->setAutoDefault(false);

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        if (auto *box = qobject_cast<QComboBox *>(field))
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    addFilter(tr("&Village:"), m_village);
    addFilter(tr("&Grid:"), m_grid);
    addFilter(tr("&Tag:"), m_tag);
    addFilter(tr("F&ind:"), m_text);
    filters->addWidget(m_clear);
    filters->addStretch();

    // Under the list: the count, what can be done with the list, and the household actions.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    // The list leaves the program through this menu: printed, or exported as a spreadsheet.
    auto *output = new QPushButton(tr("&Print or export"));
    output->setObjectName(QStringLiteral("listOutput"));
    output->setAutoDefault(false);
    auto *outputMenu = new QMenu(output);
    outputMenu->addAction(tr("Preview and print…"), this, &RegisterPage::previewList);
    outputMenu->addAction(tr("Save as PDF…"), this, &RegisterPage::saveListAsPdf);
    outputMenu->addSeparator();
    QAction *exportHouseholds = outputMenu->addAction(tr("Export the households…"), this, [this] {
        exportListTo(this, m_database, m_account, householdListSource(m_model->filter(), m_account.permissions()),
                     tr("households"));
    });
    exportHouseholds->setObjectName(QStringLiteral("exportHouseholds"));
    QAction *exportPersons = outputMenu->addAction(tr("Export their members…"), this, [this] {
        exportListTo(this, m_database, m_account, personListSource(m_model->filter(), m_account.permissions()),
                     tr("persons"));
    });
    exportPersons->setObjectName(QStringLiteral("exportPersons"));
    output->setMenu(outputMenu);
    footer->addWidget(output);
    if (m_account.permissions().editRegister) {
        auto *add = new QPushButton(tr("&New household…"));
        add->setObjectName(QStringLiteral("addHousehold"));
        auto *remove = new QPushButton(tr("&Remove household"));
        remove->setObjectName(QStringLiteral("removeHousehold"));
        footer->addSpacing(12);
        footer->addWidget(add);
        footer->addWidget(remove);
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
    layout->addLayout(footer);

    fillVillages();
    fillGrids();
    connect(m_village, &QComboBox::currentIndexChanged, this, [this] {
        fillGrids();
        applyFilter();
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &RegisterPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &RegisterPage::clearFilters);
    connect(m_model, &HouseholdTableModel::totalCountChanged, this, &RegisterPage::showCount);
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

void RegisterPage::clearFilters()
{
    {
        // One query for the whole reset, not one per field.
        const QSignalBlocker village(m_village);
        const QSignalBlocker tag(m_tag);
        const QSignalBlocker text(m_text);
        m_village->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_text->clear();
        fillGrids();
    }
    applyFilter();
}

void RegisterPage::showCount(int total)
{
    m_count->setText(tr("%n household(s)", nullptr, total));
    // Nothing found is said in words, not by an empty table.
    m_empty->setText(filtered() ? tr("No household matches these filters. Choose another village, grid or tag.")
                                : tr("There is no household in your regions yet."));
    m_empty->setVisible(total == 0);
    m_table->setVisible(total > 0);
    m_clear->setEnabled(filtered());
}

bool RegisterPage::filtered() const
{
    const HouseholdFilter &f = m_model->filter();
    return !f.villageId.isEmpty() || !f.gridId.isEmpty() || !f.tag.isEmpty() || !f.text.trimmed().isEmpty();
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
    filter.text = m_text->text().trimmed();
    m_model->setFilter(filter);
}

QString RegisterPage::filterDescription() const
{
    // Chinese, like the rest of the printout.
    QStringList parts;
    if (m_village->currentIndex() > 0)
        parts.append(QStringLiteral("村（社区）：%1").arg(m_village->currentText()));
    if (m_grid->currentIndex() > 0)
        parts.append(QStringLiteral("网格：%1").arg(m_grid->currentText()));
    const QString tag = m_model->filter().tag;
    if (!tag.isEmpty())
        parts.append(QStringLiteral("标签：%1").arg(documents::zhLabel(vocabulary::householdTags(), tag)));
    if (!m_model->filter().text.isEmpty())
        parts.append(QStringLiteral("查找：“%1”").arg(m_model->filter().text));
    const QString count = QStringLiteral("共 %1 户").arg(m_model->totalCount());
    return parts.isEmpty()
               ? QStringLiteral("全部农户，") + count
               : QStringLiteral("筛选条件：") + parts.join(QStringLiteral("；")) + QStringLiteral("，") + count;
}

documents::PageLayout RegisterPage::listDocument() const
{
    auto layout = documents::householdListLayout(m_database, m_model->filter(), QStringLiteral("户籍清单"),
                                                 filterDescription(), chinaToday(m_database.clock()));
    if (!layout) {
        documents::PageLayout failed;
        failed.paragraph(layout.error().message, false);
        return failed;
    }
    return std::move(layout).value();
}

void RegisterPage::previewList()
{
    // Read once: the preview lays out again each time its page settings change.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const documents::PageLayout layout = listDocument();
    QApplication::restoreOverrideCursor();
    documents::preview(
        this, tr("Household list"), QPageSize::A4, [layout](QPagedPaintDevice &) { return layout; },
        QPageLayout::Landscape);
}

void RegisterPage::saveListAsPdf()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const documents::PageLayout layout = listDocument();
    QApplication::restoreOverrideCursor();
    documents::saveAsPdf(
        this, tr("Household list"), QPageSize::A4, [layout](QPagedPaintDevice &) { return layout; },
        QPageLayout::Landscape);
}

} // namespace lianxin
