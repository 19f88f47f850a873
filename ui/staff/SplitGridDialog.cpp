#include "ui/staff/SplitGridDialog.h"

#include "core/register/HouseholdRepository.h"
#include "ui/staff/StaffRequest.h"

#include <QLineEdit>
#include <QListWidget>

namespace lianxin {

namespace {
// A grid holds a few hundred households; the list shows them all at once to be ticked.
constexpr int kMaxListed = 5000;
} // namespace

SplitGridDialog::SplitGridDialog(Database &database, StaffClient &client, const ServerRegion &grid, QWidget *parent)
    : FieldForm(parent), m_client(client), m_grid(grid), m_name(new QLineEdit), m_households(new QListWidget)
{
    setWindowTitle(tr("Split %1").arg(grid.name));
    addField(QStringLiteral("name"), tr("New grid's &name:"), m_name);
    HouseholdFilter filter;
    filter.gridId = grid.id;
    for (const HouseholdRow &row : HouseholdRepository(database).list(filter, {}, kMaxListed).rows) {
        auto *item = new QListWidgetItem(
            row.address + QLatin1Char(' ') + row.houseNumber +
                (row.headName.isEmpty() ? QString() : QStringLiteral("  (") + row.headName + QLatin1Char(')')),
            m_households);
        item->setData(Qt::UserRole, row.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_households->setMinimumHeight(220);
    addField(QStringLiteral("households"), tr("&Households that go to it:"), m_households);
    addNote(tr("The households of this grid as this computer holds them after its last sync. The county server "
               "moves those ticked, with their people and records, in one step; every computer receives the "
               "change when it next syncs."));
    connect(m_name, &QLineEdit::textEdited, this, [this] { markChanged(); });
    connect(m_households, &QListWidget::itemChanged, this, [this] { markChanged(); });
}

void SplitGridDialog::choose(const QString &householdId)
{
    for (int row = 0; row < m_households->count(); ++row) {
        if (m_households->item(row)->data(Qt::UserRole).toString() == householdId)
            m_households->item(row)->setCheckState(Qt::Checked);
    }
}

void SplitGridDialog::reject()
{
    if (!m_busy)
        FieldForm::reject();
}

QList<Error> SplitGridDialog::save()
{
    if (m_busy)
        return {{QString(), tr("Saving on the county server…")}};
    const QString name = m_name->text().trimmed();
    QStringList chosen;
    for (int row = 0; row < m_households->count(); ++row) {
        if (m_households->item(row)->checkState() == Qt::Checked)
            chosen.append(m_households->item(row)->data(Qt::UserRole).toString());
    }
    QList<Error> errors;
    if (name.isEmpty() || name.size() > 100)
        errors.append({QStringLiteral("name"), tr("Name the new grid (at most 100 characters).")});
    if (chosen.isEmpty())
        errors.append({QStringLiteral("households"), tr("Tick the households that go to the new grid.")});
    if (!errors.isEmpty())
        return errors;
    m_busy = true;
    const auto made = staff_request::wait<ServerRegion>(
        [&](StaffClient::Done<ServerRegion> done) { m_client.splitGrid(m_grid.id, name, chosen, done); });
    m_busy = false;
    if (!made)
        return {made.error()};
    m_made = *made;
    return {};
}

} // namespace lianxin
