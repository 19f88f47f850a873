#include "ui/shell/OverviewPage.h"

#include "core/register/HouseholdRepository.h"
#include "core/register/Vocabulary.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lianxin {

OverviewPage::OverviewPage(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_figures(new QLabel)
{
    auto *greeting = new QLabel(tr("Welcome, %1 (%2).")
                                    .arg(account.displayName,
                                         vocabulary::label(vocabulary::memberRoles(), account.role)));
    QFont font = greeting->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    greeting->setFont(font);
    m_figures->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(greeting);
    layout->addWidget(m_figures);
    layout->addStretch();
    refresh();
}

void OverviewPage::refresh()
{
    HouseholdRepository households(m_database);
    HouseholdFilter inScope;
    inScope.scope = m_account.scope;
    const int total = households.count(inScope);
    QStringList lines{tr("Households in your area: %n", nullptr, total)};
    for (const char *tag : {"minimum_income", "poverty_monitoring", "elderly_alone", "left_behind"}) {
        HouseholdFilter tagged = inScope;
        tagged.tag = QString::fromLatin1(tag);
        lines.append(tr("%1: %2").arg(vocabulary::label(vocabulary::householdTags(), tagged.tag))
                         .arg(households.count(tagged)));
    }
    lines.append(tr("%n change(s) on this device not yet synced", nullptr, ChangeLog(m_database).pendingRowCount()));
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

} // namespace lianxin
