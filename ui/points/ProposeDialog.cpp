#include "ui/points/ProposeDialog.h"

#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/points/ProposalsTab.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace lianxin {

ProposeDialog::ProposeDialog(Database &database, const Account &account, const QString &householdId, const QString &disputeId,
                             QWidget *parent)
    : QDialog(parent), m_tab(new ProposalsTab(database, account))
{
    setWindowTitle(tr("Propose points"));
    QSqlQuery village = database.prepare(QStringLiteral(
        "SELECT v.id, v.name FROM households h JOIN regions g ON g.id = h.grid_id JOIN regions v ON v.id = g.parent_id "
        "WHERE h.id = ? AND h.deleted = 0"));
    village.addBindValue(householdId);
    m_valid = database.exec(village) && village.next();
    if (m_valid) {
        m_tab->setVillage(village.value(0).toString(), village.value(1).toString());
        m_tab->reload();
        m_tab->proposeFor(householdId, disputeId);
    }
    connect(m_tab, &PointsTab::changed, m_tab, &PointsTab::reload);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tab, 1);
    layout->addWidget(buttons);
    resize(1100, 500);
}

} // namespace lianxin
