#include "core/register/HouseholdQuery.h"

#include "core/register/Vocabulary.h"

#include <QRegularExpression>

namespace lianxin {

namespace {
// One flag a tag of the vocabulary, in its order (低保 first): '0' where the household has the tag, '1'
// where it has not. Tags are stored as a JSON array of codes, so a quoted code is found as itself.
HouseholdOrder tagOrder(const QString &address)
{
    QStringList flags;
    QVariantMap values;
    const Vocabulary &tags = vocabulary::householdTags();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString name = QStringLiteral(":tag_%1").arg(i);
        flags.append(QStringLiteral("(instr(h.tags, %1) = 0)").arg(name));
        values.insert(name, QLatin1Char('"') + QString::fromUtf8(tags.at(i).code) + QLatin1Char('"'));
    }
    return {{flags.join(QStringLiteral(" || ")), address}, values};
}
} // namespace

HouseholdWhere householdWhere(const HouseholdFilter &filter)
{
    HouseholdWhere where;
    QStringList conditions{QStringLiteral("h.deleted = 0"), scopeCondition()};
    where.values.insert(QStringLiteral(":scope"), scopeValue(filter.scope));
    if (!filter.gridId.isEmpty()) {
        conditions.append(QStringLiteral("h.grid_id = :grid"));
        where.values.insert(QStringLiteral(":grid"), filter.gridId);
    } else if (!filter.villageId.isEmpty()) {
        conditions.append(QStringLiteral("g.parent_id = :village"));
        where.values.insert(QStringLiteral(":village"), filter.villageId);
    } else if (!filter.townshipId.isEmpty()) {
        conditions.append(QStringLiteral("v.parent_id = :township"));
        where.values.insert(QStringLiteral(":township"), filter.townshipId);
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM json_each(h.tags) WHERE json_each.value = :tag)"));
        where.values.insert(QStringLiteral(":tag"), filter.tag);
    }
    // Each word of the text in the address and house number or in a live member's name: never in ID
    // numbers or phones, which the list shows masked (a search must not confirm hidden digits).
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filter.text.split(spaces, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString name = QStringLiteral(":text%1").arg(i);
        conditions.append(
            QStringLiteral("(instr(h.address || coalesce(h.house_number, ''), %1) > 0 OR EXISTS (SELECT 1 "
                           "FROM persons tp WHERE tp.household_id = h.id AND tp.deleted = 0 AND "
                           "instr(tp.name, %1) > 0))")
                .arg(name));
        where.values.insert(name, words.at(i));
    }
    where.clause = conditions.join(QStringLiteral(" AND "));
    return where;
}

HouseholdOrder householdOrder(HouseholdSort sort)
{
    // Ties fall back on the address order, as the list opens.
    const QString address = QStringLiteral("h.sort_key");
    switch (sort) {
    case HouseholdSort::Address:
        return {{address}, {}};
    case HouseholdSort::HouseNumber:
        // The number's value first (9号 before 10号), then the text (10号 before 10号之1).
        return {{QStringLiteral("printf('%010d', CAST(coalesce(h.house_number, '') AS INTEGER)) || "
                                "coalesce(h.house_number, '')"),
                 address},
                {}};
    case HouseholdSort::Head:
        // Households without a recorded head come after the named ones.
        return {{QStringLiteral("(head.name IS NULL)"), QStringLiteral("coalesce(head.name, '')"), address}, {}};
    case HouseholdSort::Members:
        return {{QStringLiteral("(SELECT count(*) FROM persons mp WHERE mp.household_id = h.id AND mp.deleted = 0)"),
                 address},
                {}};
    case HouseholdSort::Village:
        // The county's order of villages (their division codes), not the characters of their names.
        return {{QStringLiteral("coalesce(v.code, '')"), address}, {}};
    case HouseholdSort::Grid:
        // Grids by their number in the village (第1网格 of every village, then 第2网格 …).
        return {{QStringLiteral("g.sort_order"), QStringLiteral("g.code"), address}, {}};
    case HouseholdSort::Tags:
        // Households with the vocabulary's first tags first (低保 and 五保, then 低保 alone …), untagged ones last.
        return tagOrder(address);
    case HouseholdSort::UpdatedAt:
        return {{QStringLiteral("h.updated_at")}, {}};
    }
    return {{address}, {}};
}

} // namespace lianxin
