#include "ui/register/HouseholdChanges.h"

#include "core/register/HouseholdHistory.h"
#include "ui/Format.h"
#include "ui/forms/ListTable.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
QString whatText(const HouseholdChange &change)
{
    using What = HouseholdChange::What;
    switch (change.what) {
    case What::HouseholdRecorded:
        return HouseholdChanges::tr("Household recorded");
    case What::HouseholdChanged:
        return HouseholdChanges::tr("Household changed");
    case What::MemberAdded:
        return HouseholdChanges::tr("Member %1 added").arg(change.memberName);
    case What::MemberChanged:
        return HouseholdChanges::tr("Member %1 changed").arg(change.memberName);
    case What::MemberRemoved:
        return HouseholdChanges::tr("Member %1 removed").arg(change.memberName);
    }
    return {};
}
} // namespace

QString changeAuthor(const HouseholdChange &change)
{
    if (!change.authorName.isEmpty())
        return change.authorName;
    if (!change.deviceId.isEmpty())
        return HouseholdChanges::tr("device %1").arg(change.deviceId.left(8));
    return QStringLiteral("—"); // the store does not say (the record was changed since it was made)
}

HouseholdChanges::HouseholdChanges(Database &database, const QString &householdId, QWidget *parent)
    : QWidget(parent), m_database(database), m_householdId(householdId),
      m_table(list_table::make({tr("When"), tr("By"), tr("Change")}, QStringLiteral("history")))
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Each record keeps when it was made and who changed it last."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    reload();
}

void HouseholdChanges::reload()
{
    const QList<HouseholdChange> changes = HouseholdHistory(m_database).of(m_householdId);
    const list_table::Refill refill(m_table);
    m_table->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const HouseholdChange &change = changes.at(row);
        list_table::setRow(m_table, row, {formatDateTime(change.at), changeAuthor(change), whatText(change)},
                           QString::number(row));
    }
}

} // namespace lianxin
