#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lianxin {

class Database;

struct SupermarketItem
{
    QString id;
    QString villageId;
    QString name;
    QString unit;
    int price = 1; // points per unit
    bool active = true;
    int stock = 0; // received and adjusted, less redeemed (net of returns)
};

struct Receipt
{
    QString redemptionId;
    QString number; // printed on the receipt: 20261129-3F2A9C-0007
    QString householdId;
    QString itemName;
    int quantity = 0;
    int points = 0;
    int balanceAfter = 0;
};

// What two offline devices can leave behind after both synced (docs/POINTS.md): a household whose
// redemptions exceed its points, or an item given out beyond its stock.
struct Overdraft
{
    QString id; // household or item
    QString name;
    int amount = 0; // points or units short (positive)
};

// 积分超市: items priced in points, stock kept as movements, redemptions that overdraw neither the balance
// nor the stock on this device, returns, and the overdrafts sync can reveal.
class Supermarket
{
public:
    explicit Supermarket(Database &database);

    [[nodiscard]] Result<QString> addItem(SupermarketItem item);
    [[nodiscard]] Status updateItem(const SupermarketItem &item);
    QList<SupermarketItem> items(const QString &villageId) const;
    int stock(const QString &itemId) const;
    // Goods received (positive) or an adjustment (either sign) with its reason.
    [[nodiscard]] Status moveStock(const QString &itemId, int quantity, const QString &reason);
    [[nodiscard]] Result<Receipt> redeem(const QString &householdId, const QString &itemId, int quantity);
    // Goods brought back: a redemption reversed in full, with its reason.
    [[nodiscard]] Result<Receipt> giveBack(const QString &redemptionId, const QString &reason);

    QList<Overdraft> overdrawnHouseholds(const QString &villageId) const;
    QList<Overdraft> overdrawnItems(const QString &villageId) const;
    // The items of a list given out beyond their stock.
    static QList<Overdraft> overdrawn(const QList<SupermarketItem> &items);

private:
    Database &m_database;
};

} // namespace lianxin
