#include "ui/points/AccountsTab.h"

#include "ui/Format.h"
#include "ui/points/HouseholdPicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

AccountsTab::AccountsTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent), m_household(new HouseholdPicker(database, account.permissions().revealPersonalData)), m_balance(new QLabel),
      m_entries(makeTable({tr("Deed on"), tr("Indicator"), tr("Points"), tr("State"), tr("Evidence"), tr("Proposed by"),
                           tr("Note")})),
      m_spent(makeTable({tr("Date"), tr("Item"), tr("Quantity"), tr("Points"), tr("Receipt")}, 1))
{
    m_household->setObjectName(QStringLiteral("household_id"));
    m_balance->setObjectName(QStringLiteral("balance"));
    m_entries->setObjectName(QStringLiteral("history"));
    m_spent->setObjectName(QStringLiteral("spent"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_balance->setFont(big);
    connect(m_household, &HouseholdPicker::chosen, this, &AccountsTab::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Household")));
    top->addWidget(m_household, 1);
    top->addWidget(m_balance, 1);
    auto *propose = new QPushButton(tr("Propose an entry…"));
    auto *reverse = new QPushButton(tr("Correct (reversing entry)…"));
    auto *evidence = new QPushButton(tr("Evidence files…"));
    m_editors = {propose, reverse};
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(propose);
    buttons->addWidget(reverse);
    buttons->addWidget(evidence);
    buttons->addStretch();
    connect(evidence, &QPushButton::clicked, this, [this] { openEvidence(m_entries); });
    connect(propose, &QPushButton::clicked, this, [this] {
        if (!m_household->householdId().isEmpty())
            emit proposeRequested(m_household->householdId());
    });
    connect(reverse, &QPushButton::clicked, this, &AccountsTab::reverse);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_entries);
    split->addWidget(m_spent);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void AccountsTab::showHousehold(const QString &householdId)
{
    m_household->setHousehold(householdId);
    reload();
}

void AccountsTab::reload()
{
    m_household->setVillage(m_villageId);
    const QString householdId = m_household->householdId();
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(canEdit() && !householdId.isEmpty());
    if (householdId.isEmpty()) {
        m_balance->setText(tr("Choose a household to see its account."));
        fillTable(m_entries, {}, {});
        fillTable(m_spent, {}, {});
        return;
    }
    const PointsLedger ledger(m_database);
    QString balance = tr("Balance: %1 points").arg(ledger.balance(householdId));
    if (ledger.belowThreshold(householdId))
        balance += QStringLiteral("  ⚑ ") + tr("under the village's threshold");
    m_balance->setText(balance);
    QList<QStringList> rows;
    QStringList ids;
    for (const BoardEntry &row : PointsBoard(m_database).history(householdId)) {
        const QString note = row.entry.reversesId.isEmpty() ? row.lastNote : tr("Reverses an entry: %1").arg(row.entry.reason);
        rows.append({formatDate(row.entry.deedOn), row.indicatorName, signedPoints(row.entry.points),
                     entryStateLabel(row.status.state), evidenceText(row), row.entry.proposedBy, note});
        ids.append(row.entry.id);
    }
    fillTable(m_entries, rows, ids);
    rows.clear();
    ids.clear();
    for (const RedemptionLine &line : PointsBoard(m_database).redemptions(m_villageId, householdId)) {
        rows.append({formatDate(line.onDate), line.itemName, QString::number(line.quantity), signedPoints(-line.points),
                     line.receiptNo});
        ids.append(line.id);
    }
    fillTable(m_spent, rows, ids);
}

void AccountsTab::reverse()
{
    actOnSelected(m_entries, tr("Correct an entry"),
                  tr("Why is this confirmed entry corrected? A reversing entry with the opposite points is recorded; the "
                     "original stays in the ledger."),
                  [this](const QString &id, const QString &reason) {
                      return toStatus(PointsLedger(m_database).reverse(id, reason));
                  });
}

} // namespace lianxin
