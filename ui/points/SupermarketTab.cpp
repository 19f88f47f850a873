#include "ui/points/SupermarketTab.h"

#include "core/mediation/Deadlines.h"
#include "core/points/PointsBoard.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/ReceiptDocument.h"
#include "ui/forms/Ask.h"
#include "ui/points/HouseholdPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

SupermarketTab::SupermarketTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent), m_overdrafts(new QLabel),
      m_items(makeTable({tr("Item"), tr("Unit"), tr("Price (points)"), tr("In stock"), tr("On offer")}, 0)),
      m_itemName(new QLineEdit), m_itemUnit(new QLineEdit), m_itemPrice(new QSpinBox), m_itemActive(new QCheckBox(tr("On offer"))), m_stockQuantity(new QSpinBox),
      m_household(new HouseholdPicker(database, account.permissions().revealPersonalData)), m_balance(new QLabel), m_item(new QComboBox), m_quantity(new QSpinBox),
      m_receiptText(new QLabel),
      m_redemptions(makeTable({tr("Date"), tr("Household"), tr("Item"), tr("Quantity"), tr("Points"), tr("Receipt"), tr("Note")}))
{
    m_overdrafts->setObjectName(QStringLiteral("overdrafts"));
    m_overdrafts->setWordWrap(true);
    m_overdrafts->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; padding: 6px"));
    m_items->setObjectName(QStringLiteral("items"));
    m_itemName->setObjectName(QStringLiteral("name"));
    m_itemPrice->setObjectName(QStringLiteral("price"));
    m_stockQuantity->setObjectName(QStringLiteral("stockQuantity"));
    m_household->setObjectName(QStringLiteral("household_id"));
    m_item->setObjectName(QStringLiteral("item_id"));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_receiptText->setObjectName(QStringLiteral("receipt"));
    m_balance->setObjectName(QStringLiteral("balance"));
    m_redemptions->setObjectName(QStringLiteral("redemptions"));
    m_itemName->setPlaceholderText(tr("Name"));
    m_itemUnit->setPlaceholderText(tr("Unit (bag, bottle…)"));
    m_itemPrice->setRange(1, 100000);
    m_itemPrice->setSuffix(tr(" points"));
    m_stockQuantity->setRange(-10000, 10000);
    m_quantity->setRange(1, 999);

    // Items and stock.
    auto *addItem = new QPushButton(tr("Add item"));
    auto *saveItem = new QPushButton(tr("Save changes to the item"));
    auto *moveStock = new QPushButton(tr("Receive or adjust stock…"));
    auto *itemRow = new QHBoxLayout;
    m_itemActive->setChecked(true);
    m_itemActive->setObjectName(QStringLiteral("active"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_itemName, m_itemUnit, m_itemPrice, m_itemActive, addItem, saveItem})
        itemRow->addWidget(w);
    itemRow->addStretch();
    itemRow->addWidget(new QLabel(tr("Quantity (− to write off)")));
    itemRow->addWidget(m_stockQuantity);
    itemRow->addWidget(moveStock);
    connect(addItem, &QPushButton::clicked, this, &SupermarketTab::addItem);
    connect(saveItem, &QPushButton::clicked, this, &SupermarketTab::saveItem);
    connect(moveStock, &QPushButton::clicked, this, &SupermarketTab::moveStock);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_items->item(row, 0))
            return;
        m_itemName->setText(m_items->item(row, 0)->text());
        m_itemUnit->setText(m_items->item(row, 1)->text());
        m_itemPrice->setValue(m_items->item(row, 2)->text().toInt());
        m_itemActive->setChecked(m_items->item(row, 4)->text() == tr("Yes"));
    });
    auto *itemsBox = new QGroupBox(tr("Items"));
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->addWidget(m_items, 1);
    itemsLayout->addLayout(itemRow);

    // The counter.
    auto *redeem = new QPushButton(tr("Redeem"));
    redeem->setObjectName(QStringLiteral("redeem"));
    auto *printReceipt = new QPushButton(tr("Print receipt…"));
    auto *counter = new QGridLayout;
    counter->addWidget(new QLabel(tr("Household")), 0, 0);
    counter->addWidget(m_household, 0, 1);
    counter->addWidget(m_balance, 0, 2, 1, 3);
    counter->addWidget(new QLabel(tr("Item")), 1, 0);
    counter->addWidget(m_item, 1, 1);
    counter->addWidget(new QLabel(tr("Quantity")), 1, 2);
    counter->addWidget(m_quantity, 1, 3);
    counter->addWidget(redeem, 1, 4);
    counter->addWidget(m_receiptText, 2, 0, 1, 4);
    counter->addWidget(printReceipt, 2, 4);
    counter->setColumnStretch(1, 1);
    connect(m_household, &HouseholdPicker::chosen, this, [this] {
        showBalance();
        m_item->setFocus();
    });
    connect(m_quantity, &QSpinBox::editingFinished, this, [this] {
        if (m_quantity->hasFocus())
            SupermarketTab::redeem();
    });
    connect(redeem, &QPushButton::clicked, this, &SupermarketTab::redeem);
    connect(printReceipt, &QPushButton::clicked, this, &SupermarketTab::printReceipt);
    auto *counterBox = new QGroupBox(tr("Counter"));
    counterBox->setLayout(counter);

    auto *giveBack = new QPushButton(tr("Goods given back…"));
    auto *redemptionsBox = new QGroupBox(tr("Latest redemptions"));
    auto *redemptionsLayout = new QVBoxLayout(redemptionsBox);
    redemptionsLayout->addWidget(m_redemptions, 1);
    redemptionsLayout->addWidget(giveBack, 0, Qt::AlignLeft);
    connect(giveBack, &QPushButton::clicked, this, &SupermarketTab::giveBack);

    m_editors = {addItem, saveItem, moveStock, redeem, giveBack, m_household, m_item, m_quantity};
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overdrafts);
    layout->addWidget(counterBox);
    layout->addWidget(itemsBox, 1);
    layout->addWidget(redemptionsBox, 1);
}

void SupermarketTab::reload()
{
    if (m_household->setVillage(m_villageId)) {
        m_receipt.reset();
        m_receiptText->clear();
    }
    const Supermarket market(m_database);
    QStringList warnings;
    for (const Overdraft &o : market.overdrawnHouseholds(m_villageId))
        warnings.append(tr("%1 has spent %n point(s) more than it has: it cannot redeem until goods are given back or new "
                           "points are confirmed.", nullptr, o.amount).arg(o.name));
    const QList<SupermarketItem> items = market.items(m_villageId);
    for (const Overdraft &o : Supermarket::overdrawn(items))
        warnings.append(tr("%1: %n more given out than was in stock; record the goods received or write the shortfall "
                           "off with a reason.", nullptr, o.amount).arg(o.name));
    m_overdrafts->setText(tr("Two devices redeemed offline at the same time:") + QStringLiteral("\n• ") +
                          warnings.join(QStringLiteral("\n• ")));
    m_overdrafts->setVisible(!warnings.isEmpty());

    const QString chosenItem = m_item->currentData().toString();
    m_item->clear();
    QList<QStringList> rows;
    QStringList ids;
    for (const SupermarketItem &item : items) {
        rows.append({item.name, item.unit, QString::number(item.price), QString::number(item.stock),
                     item.active ? tr("Yes") : tr("No")});
        ids.append(item.id);
        if (item.active)
            m_item->addItem(tr("%1 — %2 points, %3 in stock").arg(item.name).arg(item.price).arg(item.stock), item.id);
    }
    fillTable(m_items, rows, ids);
    m_item->setCurrentIndex(qMax(0, m_item->findData(chosenItem)));

    rows.clear();
    ids.clear();
    for (const RedemptionLine &line : PointsBoard(m_database).redemptions(m_villageId)) {
        rows.append({formatDate(line.onDate), line.householdName, line.itemName, QString::number(line.quantity),
                     signedPoints(-line.points), line.receiptNo,
                     !line.reversesId.isEmpty() ? tr("Given back: %1").arg(line.reason) : line.givenBack ? tr("Given back") : QString()});
        ids.append(line.id);
    }
    fillTable(m_redemptions, rows, ids);
    showBalance();
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(canEdit() && !m_villageId.isEmpty());
}

void SupermarketTab::showBalance()
{
    const QString householdId = m_household->householdId();
    m_balance->setText(householdId.isEmpty()
                           ? QString()
                           : tr("Balance: %1 points").arg(PointsLedger(m_database).balance(householdId)));
}

void SupermarketTab::addItem()
{
    SupermarketItem item;
    item.villageId = m_villageId;
    item.name = m_itemName->text();
    item.unit = m_itemUnit->text();
    item.price = m_itemPrice->value();
    if (report(toStatus(Supermarket(m_database).addItem(item)), tr("Add item")))
        emit changed();
}

void SupermarketTab::saveItem()
{
    const QString id = selectedId(m_items);
    if (id.isEmpty())
        return;
    for (SupermarketItem item : Supermarket(m_database).items(m_villageId)) {
        if (item.id != id)
            continue;
        item.name = m_itemName->text();
        item.unit = m_itemUnit->text();
        item.price = m_itemPrice->value();
        item.active = m_itemActive->isChecked();
        if (report(Supermarket(m_database).updateItem(item), tr("Save changes to the item")))
            emit changed();
    }
}

void SupermarketTab::moveStock()
{
    const QString id = selectedId(m_items);
    if (id.isEmpty() || m_stockQuantity->value() == 0)
        return;
    const auto reason = ask::text(this, tr("Receive or adjust stock"),
                                  tr("Reason (goods received from whom, or why stock is written off):"));
    if (reason && report(Supermarket(m_database).moveStock(id, m_stockQuantity->value(), *reason), tr("Receive or adjust stock"))) {
        m_stockQuantity->setValue(0);
        emit changed();
    }
}

void SupermarketTab::redeem()
{
    const auto receipt = Supermarket(m_database).redeem(m_household->householdId(), m_item->currentData().toString(),
                                                        m_quantity->value());
    if (!receipt) {
        m_receipt.reset();
        m_receiptText->setStyleSheet(QStringLiteral("color: #b00020"));
        m_receiptText->setText(receipt.error().message);
        return;
    }
    m_receiptHousehold = m_household->text();
    showReceipt(*receipt);
    m_quantity->setValue(1);
    emit changed();
    m_household->setFocus();
    m_household->selectAll();
}

void SupermarketTab::showReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    m_receiptText->setStyleSheet({});
    m_receiptText->setText(tr("Receipt %1: %2 × %3, %4 points; balance now %5.")
                               .arg(receipt.number, receipt.itemName)
                               .arg(receipt.quantity)
                               .arg(receipt.points)
                               .arg(receipt.balanceAfter));
}

void SupermarketTab::giveBack()
{
    const QString id = selectedId(m_redemptions);
    if (id.isEmpty())
        return;
    const auto reason = ask::text(this, tr("Goods given back"), tr("Why are the goods given back?"));
    if (!reason)
        return;
    const auto receipt = Supermarket(m_database).giveBack(id, *reason);
    if (!report(toStatus(receipt), tr("Goods given back")))
        return;
    m_receiptHousehold = m_redemptions->item(m_redemptions->currentRow(), 1)->text();
    showReceipt(*receipt);
    emit changed();
}

void SupermarketTab::printReceipt()
{
    if (!m_receipt)
        return;
    const QDate today = deadlines::today(m_database.clock());
    documents::preview(this, tr("Receipt %1").arg(m_receipt->number), QPageSize::A5, [this, today](QPagedPaintDevice &) {
        return documents::receiptLayout(m_villageName, m_receiptHousehold, today, *m_receipt);
    });
}

} // namespace lianxin
