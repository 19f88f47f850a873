#include "ui/service/HouseholdVisits.h"

#include "core/common/ChinaTime.h"
#include "core/register/HouseholdRepository.h"
#include "core/service/ServiceRequests.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/Visits.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/ServiceDocuments.h"
#include "ui/forms/ListTable.h"
#include "ui/service/RequestDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace lianxin {

HouseholdVisits::HouseholdVisits(Database &database, const Account &account, const QString &householdId,
                                 QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_householdId(householdId),
      m_visits(list_table::make({tr("Visited on"), tr("Kind"), tr("Visited by"), tr("Problems"), tr("Situation")},
                                QStringLiteral("visits"))),
      m_requests(list_table::make({tr("Number"), tr("Taken on"), tr("State"), tr("Description")},
                                  QStringLiteral("householdRequests")))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Visits")));
    layout->addWidget(m_visits, 2);
    layout->addWidget(new QLabel(tr("Service requests")));
    layout->addWidget(m_requests, 1);
    auto *buttons = new QHBoxLayout;
    auto *print = new QPushButton(tr("Print the visit &record…"));
    print->setObjectName(QStringLiteral("printVisit"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, &HouseholdVisits::printRecord);
    buttons->addWidget(print);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_visits, &QTableWidget::itemActivated, this, &HouseholdVisits::printRecord);
    connect(m_requests, &QTableWidget::itemActivated, this, &HouseholdVisits::openRequest);
    reload();
}

void HouseholdVisits::reload()
{
    VisitRepository visits(m_database);
    const QList<Visit> list = visits.ofHousehold(m_householdId);
    std::optional<list_table::Refill> refill(std::in_place, m_visits);
    m_visits->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Visit &v = list.at(row);
        QStringList problems;
        for (const Problem &p : visits.problemsOf(v.id))
            problems.append(p.description);
        list_table::setRow(m_visits, row,
                           {formatDate(v.visitedOn), vocabulary::label(vocabulary::visitKinds(), v.kind),
                            v.workers.join(QStringLiteral("、")), problems.join(QStringLiteral("；")), v.situation},
                           v.id);
    }
    const QList<RequestRow> requests =
        RequestList(m_database)
            .ofHousehold(m_householdId, chinaToday(m_database.clock()), WorkingCalendar::load(m_database));
    refill.emplace(m_requests);
    m_requests->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const ServiceRequest &r = requests.at(row).request;
        list_table::setRow(
            m_requests, row,
            {r.number, formatDate(r.takenOn), vocabulary::label(vocabulary::requestStates(), r.state), r.description},
            r.id);
    }
}

void HouseholdVisits::openRequest()
{
    const QString id = list_table::selectedId(m_requests);
    if (id.isEmpty())
        return;
    RequestDialog dialog(m_database, m_account, id, this);
    dialog.exec();
    reload();
}

void HouseholdVisits::printRecord()
{
    const int row = m_visits->currentRow();
    if (row < 0)
        return;
    VisitRepository visits(m_database);
    const auto visit = visits.get(m_visits->item(row, 0)->data(Qt::UserRole).toString());
    if (!visit)
        return;
    const QList<Problem> problems = visits.problemsOf(visit->id);
    const auto heading = HouseholdRepository(m_database).heading(m_householdId);
    const QString address = heading ? heading->address : QString();
    const QString head = heading ? heading->headName : QString();
    const Visit record = *visit;
    documents::preview(this, tr("Visit record"), QPageSize::A4, [head, address, record, problems](QPagedPaintDevice &) {
        return documents::visitRecordLayout(head, address, record, problems);
    });
}

} // namespace lianxin
