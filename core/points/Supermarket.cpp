#include "core/points/Supermarket.h"

#include "core/mediation/Deadlines.h"
#include "core/points/PointsLedger.h"
#include "core/points/PointsSql.h"
#include "core/storage/Database.h"
#include "core/storage/RecordWriter.h"
#include "core/storage/Transaction.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Supermarket)
};

// An item `i`'s stock as an SQL expression (no values).
const QString kColumnStock = QStringLiteral(
    "((SELECT coalesce(sum(s.quantity), 0) FROM points_stock s WHERE s.item_id = i.id AND s.deleted = 0)"
    " - (SELECT coalesce(sum(r.quantity), 0) FROM points_redemptions r WHERE r.item_id = i.id AND r.deleted = 0))");
} // namespace

Supermarket::Supermarket(Database &database) : m_database(database) {}

Result<QString> Supermarket::addItem(SupermarketItem item)
{
    if (Status status = checkRequiredText(QStringLiteral("name"), Tr::tr("Item"), item.name.trimmed(), 50); !status)
        return status.error();
    if (item.price < 1 || item.price > 100000)
        return Error{QStringLiteral("price"), Tr::tr("The price is 1 to 100,000 points.")};
    return RecordWriter(m_database).insert(tables::pointsItems(), {{QStringLiteral("village_id"), item.villageId},
                                                                   {QStringLiteral("name"), item.name},
                                                                   {QStringLiteral("unit"), item.unit},
                                                                   {QStringLiteral("price"), item.price},
                                                                   {QStringLiteral("active"), item.active ? 1 : 0}});
}

Status Supermarket::updateItem(const SupermarketItem &item)
{
    if (Status status = checkRequiredText(QStringLiteral("name"), Tr::tr("Item"), item.name.trimmed(), 50); !status)
        return status;
    if (item.price < 1 || item.price > 100000)
        return Error{QStringLiteral("price"), Tr::tr("The price is 1 to 100,000 points.")};
    return toStatus(RecordWriter(m_database).update(tables::pointsItems(), item.id,
                                                    {{QStringLiteral("name"), item.name}, {QStringLiteral("unit"), item.unit},
                                                     {QStringLiteral("price"), item.price},
                                                     {QStringLiteral("active"), item.active ? 1 : 0}}));
}

QList<SupermarketItem> Supermarket::items(const QString &villageId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT i.id, i.village_id, i.name, i.unit, i.price, i.active, %1 "
                                                    "FROM points_items i WHERE i.village_id = ? AND i.deleted = 0 ORDER BY i.name")
                                         .arg(kColumnStock));
    q.addBindValue(villageId);
    QList<SupermarketItem> list;
    if (!m_database.exec(q))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toInt(), q.value(5).toInt() != 0, q.value(6).toInt()});
    return list;
}

int Supermarket::stock(const QString &itemId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT %1 FROM points_items i WHERE i.id = ?").arg(kColumnStock));
    q.addBindValue(itemId);
    if (!m_database.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Supermarket::moveStock(const QString &itemId, int quantity, const QString &reason)
{
    if (quantity == 0)
        return Error{QStringLiteral("quantity"), Tr::tr("Enter how many units came in or went out.")};
    if (Status status = checkRequiredText(QStringLiteral("reason"), Tr::tr("Reason"), reason.trimmed(), 200); !status)
        return status;
    if (quantity < 0 && stock(itemId) + quantity < 0)
        return Error{QStringLiteral("quantity"), Tr::tr("Only %1 in stock.").arg(stock(itemId))};
    return toStatus(RecordWriter(m_database).insert(tables::pointsStock(), {{QStringLiteral("item_id"), itemId},
                                                                            {QStringLiteral("quantity"), quantity},
                                                                            {QStringLiteral("reason"), reason.trimmed()},
                                                                            {QStringLiteral("on_date"), deadlines::today(m_database.clock())}}));
}

Result<Receipt> Supermarket::redeem(const QString &householdId, const QString &itemId, int quantity)
{
    if (quantity < 1)
        return Error{QStringLiteral("quantity"), Tr::tr("Redeem at least one.")};
    QSqlQuery item = m_database.prepare(
        QStringLiteral("SELECT i.name, i.price, i.village_id, i.active FROM points_items i WHERE i.id = ? AND i.deleted = 0"));
    item.addBindValue(itemId);
    if (!m_database.exec(item) || !item.next() || item.value(3).toInt() == 0)
        return Error{QStringLiteral("item_id"), Tr::tr("Choose an item on sale.")};
    const QString name = item.value(0).toString();
    const int points = item.value(1).toInt() * quantity;
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return status.error();
    const int inStock = stock(itemId);
    if (quantity > inStock)
        return Error{QStringLiteral("quantity"), Tr::tr("Only %1 of %2 in stock.").arg(inStock).arg(name)};
    const int balance = PointsLedger(m_database).balance(householdId);
    if (points > balance)
        return Error{QStringLiteral("quantity"), Tr::tr("%1 × %2 costs %3 points; the household has %4.").arg(name).arg(quantity).arg(points).arg(balance)};
    const QDate today = deadlines::today(m_database.clock());
    // A receipt number no other device can issue: the day, this device, and this device's count.
    const int count = m_database.metaValue(QStringLiteral("points_receipt_seq")).toInt() + 1;
    if (Status status = m_database.setMetaValue(QStringLiteral("points_receipt_seq"), QString::number(count)); !status)
        return status.error();
    const QString number = QStringLiteral("%1-%2-%3")
                               .arg(today.toString(QStringLiteral("yyyyMMdd")),
                                    m_database.deviceTag())
                               .arg(count, 4, 10, QLatin1Char('0'));
    const auto id = RecordWriter(m_database).insert(
        tables::pointsRedemptions(), {{QStringLiteral("village_id"), item.value(2).toString()},
                                      {QStringLiteral("household_id"), householdId},
                                      {QStringLiteral("item_id"), itemId},
                                      {QStringLiteral("quantity"), quantity},
                                      {QStringLiteral("points"), points},
                                      {QStringLiteral("on_date"), today},
                                      {QStringLiteral("receipt_no"), number}});
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return Receipt{*id, number, householdId, name, quantity, points, balance - points};
}

Result<Receipt> Supermarket::giveBack(const QString &redemptionId, const QString &reason)
{
    QSqlQuery r = m_database.prepare(QStringLiteral(
        "SELECT r.village_id, r.household_id, r.item_id, r.quantity, r.points, i.name FROM points_redemptions r "
        "JOIN points_items i ON i.id = r.item_id WHERE r.id = ? AND r.deleted = 0 AND r.reverses_id IS NULL"));
    r.addBindValue(redemptionId);
    if (!m_database.exec(r) || !r.next())
        return Error{QStringLiteral("redemption_id"), Tr::tr("No such redemption.")};
    if (Status status = checkRequiredText(QStringLiteral("reason"), Tr::tr("Reason"), reason.trimmed(), 200); !status)
        return status.error();
    QSqlQuery already = m_database.prepare(QStringLiteral("SELECT 1 FROM points_redemptions WHERE reverses_id = ? AND deleted = 0"));
    already.addBindValue(redemptionId);
    if (m_database.exec(already) && already.next())
        return Error{QStringLiteral("redemption_id"), Tr::tr("These goods have already been given back.")};
    const QString household = r.value(1).toString();
    const auto id = RecordWriter(m_database).insert(
        tables::pointsRedemptions(), {{QStringLiteral("village_id"), r.value(0)},
                                      {QStringLiteral("household_id"), household},
                                      {QStringLiteral("item_id"), r.value(2)},
                                      {QStringLiteral("quantity"), -r.value(3).toInt()},
                                      {QStringLiteral("points"), -r.value(4).toInt()},
                                      {QStringLiteral("on_date"), deadlines::today(m_database.clock())},
                                      {QStringLiteral("receipt_no"), QStringLiteral("R-") + redemptionId.right(12)},
                                      {QStringLiteral("reverses_id"), redemptionId},
                                      {QStringLiteral("reason"), reason.trimmed()}});
    if (!id)
        return id.error();
    return Receipt{*id, QStringLiteral("R-") + redemptionId.right(12), household, r.value(5).toString(), -r.value(3).toInt(),
                   -r.value(4).toInt(), PointsLedger(m_database).balance(household)};
}

QList<Overdraft> Supermarket::overdrawnHouseholds(const QString &villageId) const
{
    // The balances (PointsLedger::balance) of every household that redeemed here, in one statement: the
    // counter asks on every reload.
    QSqlQuery q = m_database.prepare(
        QStringLiteral("WITH spenders AS (SELECT DISTINCT household_id FROM points_redemptions WHERE village_id = ? AND deleted = 0), "
                       "spent AS (SELECT r.household_id, sum(r.points) AS points FROM points_redemptions r "
                       "  JOIN spenders c ON c.household_id = r.household_id WHERE r.deleted = 0 GROUP BY r.household_id), "
                       "earned AS (SELECT e.household_id, sum(e.points) AS points FROM points_entries e "
                       "  JOIN spenders c ON c.household_id = e.household_id WHERE e.deleted = 0 AND ") +
        pointsSql::columnConfirmed() +
        QStringLiteral(" GROUP BY e.household_id) "
                       "SELECT s.household_id, coalesce(head.name, h.address), s.points - coalesce(n.points, 0) FROM spent s "
                       "LEFT JOIN earned n ON n.household_id = s.household_id JOIN households h ON h.id = s.household_id "
                       "LEFT JOIN persons head ON head.id = h.head_person_id WHERE s.points - coalesce(n.points, 0) > 0 ORDER BY 2"));
    q.addBindValue(villageId);
    QList<Overdraft> list;
    if (!m_database.exec(q))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

QList<Overdraft> Supermarket::overdrawnItems(const QString &villageId) const
{
    return overdrawn(items(villageId));
}

QList<Overdraft> Supermarket::overdrawn(const QList<SupermarketItem> &items)
{
    QList<Overdraft> list;
    for (const SupermarketItem &item : items) {
        if (item.stock < 0)
            list.append({item.id, item.name, -item.stock});
    }
    return list;
}

} // namespace lianxin
