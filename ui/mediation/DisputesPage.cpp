#include "ui/mediation/DisputesPage.h"

#include "core/common/ChinaTime.h"
#include "core/export/ListSources.h"
#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/register/MemberRepository.h"
#include "core/storage/Database.h"
#include "ui/forms/ExportAction.h"
#include "ui/forms/PagedTableView.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/CaseForm.h"
#include "ui/mediation/DisputeTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lianxin {

namespace {
QComboBox *facetBox(const QString &name, const QString &all, const Vocabulary &values)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->addItem(all, QString());
    for (const VocabularyEntry &entry : values)
        box->addItem(entry.label(), QLatin1String(entry.code));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Writes each value's count after its label ("调解中 (3)"), keeping the choice.
void showCounts(QComboBox *box, const Vocabulary &values, const QHash<QString, int> &counts)
{
    const QSignalBlocker blocker(box);
    int total = 0;
    for (int count : counts)
        total += count;
    box->setItemText(0, QStringLiteral("%1 (%2)").arg(box->itemText(0).section(QStringLiteral(" ("), 0, 0)).arg(total));
    for (int i = 1; i < box->count(); ++i) {
        const QString code = box->itemData(i).toString();
        box->setItemText(i, QStringLiteral("%1 (%2)").arg(vocabulary::label(values, code)).arg(counts.value(code)));
    }
}
} // namespace

DisputesPage::DisputesPage(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_model(new DisputeTableModel(database, this)),
      m_status(facetBox(QStringLiteral("status"), tr("All statuses"), vocabulary::caseStatuses())),
      m_category(facetBox(QStringLiteral("category"), tr("All kinds"), vocabulary::disputeCategories())),
      m_level(facetBox(QStringLiteral("level"), tr("All levels"), vocabulary::caseLevels())),
      m_risk(facetBox(QStringLiteral("risk"), tr("All risks"), vocabulary::riskGrades())), m_mediator(new QComboBox),
      m_overdue(new QCheckBox(tr("Overdue"))), m_escalated(new QCheckBox(tr("Escalated to the township"))),
      m_add(new QPushButton(tr("&New case…"))), m_table(new PagedTableView), m_count(new QLabel)
{
    m_mediator->setObjectName(QStringLiteral("mediator"));
    m_mediator->addItem(tr("All mediators"), QString());
    for (const Member &member : MemberRepository(database).list({{}, QStringLiteral("mediator")}, {}, 500).rows)
        m_mediator->addItem(member.name, member.id);
    m_overdue->setObjectName(QStringLiteral("overdue"));
    m_escalated->setObjectName(QStringLiteral("escalated"));
    m_add->setObjectName(QStringLiteral("newCase"));

    auto *filters = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_status, m_category, m_level, m_risk, m_mediator, m_overdue, m_escalated})
        filters->addWidget(widget);
    filters->addStretch(1);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("cases"));
    m_table->setAlternatingRowColors(false); // overdue cases have a background of their own
    m_table->setColumnWidth(DisputeTableModel::Number, 210);
    m_table->setColumnWidth(DisputeTableModel::Title, 250);
    m_table->setColumnWidth(DisputeTableModel::Status, 120);
    m_table->setColumnWidth(DisputeTableModel::Sync, 80);
    m_table->setColumnWidth(DisputeTableModel::Risk, 150);
    for (int column : {int(DisputeTableModel::Received), int(DisputeTableModel::Deadline)})
        m_table->setColumnWidth(column, 125);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    // The count and the new case's button under the list: the filters alone fill a row at 1024 pixels.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    auto *exportList = new QPushButton(tr("E&xport…"));
    exportList->setObjectName(QStringLiteral("exportCases"));
    connect(exportList, &QPushButton::clicked, this,
            [this] { exportListTo(this, m_database, m_account, caseListSource(currentFilter()), tr("cases")); });
    footer->addWidget(exportList);
    footer->addWidget(m_add);
    layout->addLayout(footer);
    m_add->setHidden(!account.permissions().editDisputes);

    for (QComboBox *box : {m_status, m_category, m_level, m_risk, m_mediator})
        connect(box, &QComboBox::currentIndexChanged, this, &DisputesPage::applyFilter);
    for (QCheckBox *box : {m_overdue, m_escalated})
        connect(box, &QCheckBox::toggled, this, &DisputesPage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &DisputesPage::addCase);
    connect(m_model, &DisputeTableModel::totalCountChanged, this,
            [this](int total) { m_count->setText(tr("%n case(s)", nullptr, total)); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openCase(m_model->disputeId(index.row())); });
    applyFilter();
}

DisputesPage::~DisputesPage() = default;

DisputeFilter DisputesPage::currentFilter() const
{
    DisputeFilter filter;
    filter.status = m_status->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.level = m_level->currentData().toString();
    filter.risk = m_risk->currentData().toString();
    filter.mediatorId = m_mediator->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    filter.escalatedOnly = m_escalated->isChecked();
    filter.scope = m_account.scope;
    filter.author = m_account.id;
    filter.today = chinaToday(m_database.clock());
    return filter;
}

void DisputesPage::applyFilter()
{
    const DisputeFilter filter = currentFilter();
    m_model->setFilter(filter);
    refreshCounts(filter);
}

void DisputesPage::refreshCounts(const DisputeFilter &filter)
{
    DisputeList list(m_database);
    showCounts(m_status, vocabulary::caseStatuses(), list.countBy(filter, DisputeFacet::Status));
    showCounts(m_category, vocabulary::disputeCategories(), list.countBy(filter, DisputeFacet::Category));
    showCounts(m_level, vocabulary::caseLevels(), list.countBy(filter, DisputeFacet::Level));
    showCounts(m_risk, vocabulary::riskGrades(), list.countBy(filter, DisputeFacet::Risk));
    DisputeFilter overdue = filter;
    overdue.overdueOnly = true;
    m_overdue->setText(tr("Overdue (%1)").arg(list.count(overdue)));
    DisputeFilter escalated = filter;
    escalated.escalatedOnly = true;
    m_escalated->setText(tr("Escalated to the township (%1)").arg(list.count(escalated)));
}

void DisputesPage::reload()
{
    applyFilter();
}

void DisputesPage::addCase()
{
    DisputeCase dispute;
    dispute.receivedOn = chinaToday(m_database.clock());
    CaseForm form(m_database, m_account, dispute, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    openCase(form.savedId());
}

void DisputesPage::openCase(const QString &disputeId)
{
    if (disputeId.isEmpty())
        return;
    CaseDialog dialog(m_database, m_account, disputeId, this);
    dialog.exec();
    reload();
}

} // namespace lianxin
