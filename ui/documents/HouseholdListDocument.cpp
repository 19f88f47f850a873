#include "ui/documents/HouseholdListDocument.h"

#include "core/common/ChinaTime.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/documents/CaseFile.h"

namespace lianxin::documents {

namespace {
// Each column's share of the page's width (about its millimetres across an A4 page), after the number's.
constexpr int kNumberWeight = 14;
constexpr int kWeights[] = {48, 20, 22, 14, 26, 24, 44, 28};
} // namespace

QStringList householdListHeaders()
{
    return {QStringLiteral("地址"),       QStringLiteral("门牌"), QStringLiteral("户主"), QStringLiteral("人数"),
            QStringLiteral("村（社区）"), QStringLiteral("网格"), QStringLiteral("标签"), QStringLiteral("最后修改")};
}

QStringList householdListCells(const HouseholdRow &row)
{
    // Tags in the vocabulary's order, as the list shows and sorts them.
    QStringList tags;
    for (const VocabularyEntry &entry : vocabulary::householdTags()) {
        if (row.tags.contains(QLatin1String(entry.code)))
            tags.append(zhLabel(vocabulary::householdTags(), QString::fromLatin1(entry.code)));
    }
    return {row.address,
            row.houseNumber,
            row.headName,
            QString::number(row.memberCount),
            row.villageName,
            row.gridName,
            tags.join(QStringLiteral("、")),
            row.updatedAt.isValid() ? row.updatedAt.toOffsetFromUtc(kChinaUtcOffsetSeconds).date().toString(Qt::ISODate)
                                    : QString()};
}

Result<PageLayout> householdListLayout(Database &database, const HouseholdFilter &filter, const QString &title,
                                       const QString &filterLine, const QDate &printedOn)
{
    PageLayout page;
    page.title(title);
    page.centered(filterLine);
    page.rightAligned(QStringLiteral("打印日期：%1").arg(chineseDate(printedOn)));
    QList<Cell> header{{QStringLiteral("序号"), true, kNumberWeight}};
    const QStringList headers = householdListHeaders();
    for (qsizetype i = 0; i < headers.size(); ++i)
        header.append({headers.at(i), true, kWeights[i]});
    page.headerRow(header);
    int number = 0;
    const Status read = HouseholdRepository(database).forEach(filter, [&](const HouseholdRow &row) {
        QList<Cell> cells{{QString::number(++number), false, kNumberWeight}};
        const QStringList texts = householdListCells(row);
        for (qsizetype i = 0; i < texts.size(); ++i)
            cells.append({texts.at(i), false, kWeights[i]});
        page.row(cells);
        return true;
    });
    if (!read)
        return read.error();
    if (number == 0)
        page.row({{QStringLiteral("无符合条件的农户"), false, 1}});
    return page;
}

} // namespace lianxin::documents
