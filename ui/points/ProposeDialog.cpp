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
    const auto village = RegionRepository(database).villageOfHousehold(householdId);
    m_valid = village.has_value();
    if (m_valid) {
        m_tab->setVillage(village->id, village->name);
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
