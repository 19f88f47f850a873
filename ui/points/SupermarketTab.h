#pragma once

#include "core/points/Supermarket.h"
#include "ui/points/PointsTab.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lianxin {

class HouseholdPicker;

// 积分超市 counter: the items with prices and stock, goods received and stock adjusted with a reason,
// redemption (household, item, quantity) that overdraws neither balance nor stock, its receipt, goods
// given back, and a warning when syncing revealed an overdraft made by two offline devices.
class SupermarketTab : public PointsTab
{
    Q_OBJECT

public:
    SupermarketTab(Database &database, const Account &account, QWidget *parent = nullptr);

    void reload() override;

private:
    void showBalance();
    void addItem();
    void saveItem();
    void moveStock();
    void redeem();
    void giveBack();
    void printReceipt();
    void showReceipt(const Receipt &receipt);

    QLabel *m_overdrafts;
    QTableWidget *m_items;
    QLineEdit *m_itemName;
    QLineEdit *m_itemUnit;
    QSpinBox *m_itemPrice;
    QCheckBox *m_itemActive;
    QSpinBox *m_stockQuantity;
    HouseholdPicker *m_household;
    QLabel *m_balance;
    QComboBox *m_item;
    QSpinBox *m_quantity;
    QLabel *m_receiptText;
    std::optional<Receipt> m_receipt;
    QString m_receiptHousehold;
    QTableWidget *m_redemptions;
    QList<QWidget *> m_editors;
};

} // namespace lianxin
