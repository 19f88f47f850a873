#include "ui/shell/OverviewPage.h"

#include "core/common/ChinaTime.h"
#include "core/register/HouseholdRepository.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/VisitPlan.h"
#include "core/service/Visits.h"
#include "core/service/WorkingCalendar.h"
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
    QStringList lines;
    if (m_account.permissions().seeRegister) {
        HouseholdRepository households(m_database);
        HouseholdFilter inScope;
        inScope.scope = m_account.scope;
        const int total = households.count(inScope);
        lines.append(tr("Households in your area: %n", nullptr, total));
        for (const char *tag : {"minimum_income", "poverty_monitoring", "elderly_alone", "left_behind"}) {
            HouseholdFilter tagged = inScope;
            tagged.tag = QString::fromLatin1(tag);
            lines.append(tr("%1: %2").arg(vocabulary::label(vocabulary::householdTags(), tagged.tag))
                             .arg(households.count(tagged)));
        }
    }
    lines += serviceLines();
    lines.append(tr("%n change(s) on this device not yet synced", nullptr, ChangeLog(m_database).pendingRowCount()));
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

// What is due in 走访/服务: the visits of the period, problems past their day, requests with red cards.
QStringList OverviewPage::serviceLines() const
{
    QStringList lines;
    const QDate today = chinaToday(m_database.clock());
    const QString township = m_account.scope.isEmpty() ? QString() : ServiceCatalogue(m_database).townshipOf(m_account.scope.first());
    if (m_account.permissions().seeRegister) {
        const VisitPlan plan(m_database, ServiceCatalogue(m_database).visitSettings(township));
        if (const auto due = plan.dueCounts(m_account.scope, today))
            lines.append(tr("Households to visit this period: %1 (overdue: %2)").arg(due->due).arg(due->overdue));
        lines.append(tr("Problems from visits not answered past their day: %1")
                         .arg(VisitRepository(m_database).lateCount(m_account.scope, today)));
    }
    if (const auto counts =
            RequestList(m_database).counts(m_account.scope, m_account.departmentId, today, WorkingCalendar::load(m_database))) {
        lines.append(tr("Requests with a yellow card: %1, with a red card: %2").arg(counts->yellow).arg(counts->red));
        // Done by a department: the officer tells the household and goes back (回头看).
        if (m_account.permissions().seeRegister)
            lines.append(tr("Requests waiting for the household to be told or revisited: %1")
                             .arg(counts->byState.value(QStringLiteral("done")) + counts->byState.value(QStringLiteral("told"))));
    }
    return lines;
}

} // namespace lianxin
