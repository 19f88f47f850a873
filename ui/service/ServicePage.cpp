#include "ui/service/ServicePage.h"

#include "core/auth/AuditLog.h"
#include "core/common/ChinaTime.h"
#include "core/export/ListSources.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/service/Consultations.h"
#include "core/service/RequestLifecycle.h"
#include "core/service/ServiceRequests.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/VisitPlan.h"
#include "core/service/Visits.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/ServiceDocuments.h"
#include "ui/forms/Ask.h"
#include "ui/forms/ExportAction.h"
#include "ui/forms/ListTable.h"
#include "ui/service/ConsultationDialog.h"
#include "ui/service/RequestDialog.h"
#include "ui/service/ServiceSettingsTab.h"
#include "ui/service/TakeRequestDialog.h"
#include "ui/service/VisitDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace lianxin {

namespace {
using list_table::selectedId;
using list_table::setRow;
constexpr int kListLimit = 200;
} // namespace

ServicePage::ServicePage(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_tabs(new QTabWidget), m_coverage(new QLabel),
      m_due(list_table::make({tr("Grid"), tr("Address"), tr("Head of household"), tr("Phone"), tr("Last visit"),
                              tr("Open problems"), tr("Due")},
                             QStringLiteral("dueVisits"))),
      m_problems(
          list_table::make({tr("Found on"), tr("Household"), tr("Kind"), tr("Problem"), tr("Answerable"), tr("Answer")},
                           QStringLiteral("problems"))),
      m_filter(new QComboBox), m_counts(new QLabel),
      m_requests(list_table::make(
          {tr("Number"), tr("Kind"), tr("State"), tr("Department"), tr("Due"), tr("Contact"), tr("Description")},
          QStringLiteral("requests"))),
      m_actions(new QWidget)
{
    m_township =
        m_account.scope.isEmpty() ? QString() : ServiceCatalogue(m_database).townshipOf(m_account.scope.first());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    const bool department = m_account.role == QLatin1String("department");

    if (!department) {
        auto *visits = new QWidget;
        auto *visitsLayout = new QVBoxLayout(visits);
        m_coverage->setObjectName(QStringLiteral("coverage"));
        m_coverage->setWordWrap(true);
        visitsLayout->addWidget(m_coverage);
        visitsLayout->addWidget(m_due, 1);
        auto *buttons = new QHBoxLayout;
        auto *record = new QPushButton(tr("&Record a visit…"));
        record->setObjectName(QStringLiteral("recordVisit"));
        record->setEnabled(m_account.permissions().editRegister);
        connect(record, &QPushButton::clicked, this, &ServicePage::recordVisit);
        connect(m_due, &QTableWidget::cellActivated, this, [this, record] {
            if (record->isEnabled())
                recordVisit();
        });
        buttons->addWidget(record);
        auto *take = new QPushButton(tr("&Take a request…"));
        take->setObjectName(QStringLiteral("takeRequest"));
        take->setEnabled(request_lifecycle::actorOf(m_account.role) != request_lifecycle::Actor::Nobody);
        connect(take, &QPushButton::clicked, this, [this] { takeNew(QStringLiteral("request"), selectedId(m_due)); });
        buttons->addWidget(take);
        auto *print = new QPushButton(tr("&Print the list…"));
        print->setObjectName(QStringLiteral("printList"));
        connect(print, &QPushButton::clicked, this, &ServicePage::printVisitList);
        buttons->addWidget(print);
        auto *exportVisits = new QPushButton(tr("E&xport this period's visits…"));
        exportVisits->setObjectName(QStringLiteral("exportVisits"));
        connect(exportVisits, &QPushButton::clicked, this, [this] {
            const VisitPlan plan(m_database, ServiceCatalogue(m_database).visitSettings(m_township));
            const VisitPeriod period = plan.period(chinaToday(m_database.clock()));
            exportListTo(this, m_database, m_account, visitListSource(m_account.scope, period.first, period.last),
                         tr("visits"));
        });
        buttons->addWidget(exportVisits);
        buttons->addStretch();
        visitsLayout->addLayout(buttons);
        m_tabs->addTab(visits, tr("Visits due"));

        auto *problems = new QWidget;
        auto *problemsLayout = new QVBoxLayout(problems);
        problemsLayout->addWidget(
            new QLabel(tr("Problems found on visits get an answer the same day (不过夜). Red rows are late.")));
        problemsLayout->addWidget(m_problems, 1);
        auto *answers = new QHBoxLayout;
        for (const char *answer : {"solved", "explained"}) {
            auto *button = new QPushButton(vocabulary::label(vocabulary::problemAnswers(), QLatin1String(answer)));
            button->setObjectName(QStringLiteral("answer_") + QLatin1String(answer));
            button->setEnabled(m_account.permissions().editRegister);
            connect(button, &QPushButton::clicked, this, [this, answer] { answerProblem(QLatin1String(answer)); });
            answers->addWidget(button);
        }
        auto *handOn = new QPushButton(tr("Hand on as a request…"));
        handOn->setObjectName(QStringLiteral("handOn"));
        handOn->setEnabled(request_lifecycle::actorOf(m_account.role) != request_lifecycle::Actor::Nobody);
        connect(handOn, &QPushButton::clicked, this, &ServicePage::takeRequest);
        answers->addWidget(handOn);
        answers->addStretch();
        problemsLayout->addLayout(answers);
        m_tabs->addTab(problems, tr("Problems"));
    }

    auto *requests = new QWidget;
    auto *requestsLayout = new QVBoxLayout(requests);
    auto *top = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("requestFilter"));
    const QList<std::pair<QString, RequestList::Filter>> filters{
        {tr("Open"), RequestList::Filter::Open},
        {tr("To accept"), RequestList::Filter::Inbox},
        {tr("To assign"), RequestList::Filter::ToAssign},
        {tr("With departments"), RequestList::Filter::Department},
        {tr("Revisits due"), RequestList::Filter::Revisits},
        {tr("Closed"), RequestList::Filter::Closed},
        {tr("All"), RequestList::Filter::All}};
    for (const auto &[label, filter] : filters)
        m_filter->addItem(label, int(filter));
    if (department)
        m_filter->setCurrentIndex(3);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ServicePage::reloadRequests);
    top->addWidget(new QLabel(tr("Show:")));
    top->addWidget(m_filter);
    m_counts->setObjectName(QStringLiteral("requestCounts"));
    top->addWidget(m_counts, 1);
    auto *exportRequests = new QPushButton(tr("E&xport…"));
    exportRequests->setObjectName(QStringLiteral("exportRequests"));
    connect(exportRequests, &QPushButton::clicked, this, [this] {
        exportListTo(this, m_database, m_account,
                     requestListSource(m_account.scope, RequestList::Filter(m_filter->currentData().toInt()),
                                       m_account.departmentId, chinaToday(m_database.clock())),
                     tr("requests"));
    });
    top->addWidget(exportRequests);
    if (!department) {
        auto *event = new QPushButton(tr("Report an &event…"));
        event->setObjectName(QStringLiteral("reportEvent"));
        event->setEnabled(request_lifecycle::actorOf(m_account.role) != request_lifecycle::Actor::Nobody);
        connect(event, &QPushButton::clicked, this, [this] { takeNew(QStringLiteral("event"), QString()); });
        top->addWidget(event);
    }
    requestsLayout->addLayout(top);
    requestsLayout->addWidget(m_requests, 1);
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    auto *open = new QPushButton(tr("&Open…"));
    open->setObjectName(QStringLiteral("openRequest"));
    connect(open, &QPushButton::clicked, this, &ServicePage::openRequest);
    actions->addWidget(open);
    actions->addStretch();
    requestsLayout->addWidget(m_actions);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &ServicePage::updateActions);
    connect(m_requests, &QTableWidget::cellActivated, this, &ServicePage::openRequest);
    m_tabs->addTab(requests, department ? tr("Requests routed to my department") : tr("Service requests and events"));

    if (!department) {
        auto *consultations = new QWidget;
        auto *consultationsLayout = new QVBoxLayout(consultations);
        m_meetings =
            list_table::make({tr("Held on"), tr("Level"), tr("Held by"), tr("Chair"), tr("Matters"), tr("Present")}, QStringLiteral("meetings"));
        m_decisions = list_table::make({tr("Deadline"), tr("Matter"), tr("Decision"), tr("Owner")},
                                       QStringLiteral("openDecisions"));
        consultationsLayout->addWidget(new QLabel(tr("Meetings")));
        consultationsLayout->addWidget(m_meetings, 1);
        consultationsLayout->addWidget(new QLabel(tr("Decisions still open (red: past their deadline)")));
        consultationsLayout->addWidget(m_decisions, 1);
        auto *buttons = new QHBoxLayout;
        const bool subCentre = request_lifecycle::actorOf(m_account.role) == request_lifecycle::Actor::SubCentre;
        auto *record = new QPushButton(tr("Record a &consultation…"));
        record->setObjectName(QStringLiteral("recordConsultation"));
        record->setEnabled(subCentre);
        connect(record, &QPushButton::clicked, this, &ServicePage::recordConsultation);
        auto *done = new QPushButton(tr("Decision &done…"));
        done->setObjectName(QStringLiteral("decisionDone"));
        done->setEnabled(subCentre);
        connect(done, &QPushButton::clicked, this, &ServicePage::markDecisionDone);
        auto *minutes = new QPushButton(tr("Print the &minutes…"));
        minutes->setObjectName(QStringLiteral("printMinutes"));
        connect(minutes, &QPushButton::clicked, this, &ServicePage::printMinutes);
        for (QPushButton *button : {record, done, minutes})
            buttons->addWidget(button);
        buttons->addStretch();
        consultationsLayout->addLayout(buttons);
        m_tabs->addTab(consultations, tr("Consultations"));
        if (subCentre)
            m_tabs->addTab(new ServiceSettingsTab(m_database, m_account), tr("Township settings"));
    }
}

void ServicePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ServicePage::reload()
{
    if (m_account.role != QLatin1String("department")) {
        reloadDue();
        reloadProblems();
        reloadConsultations();
    }
    reloadRequests();
}

void ServicePage::reloadConsultations()
{
    Consultations consultations(m_database);
    const QList<Consultation> meetings = consultations.list(m_account.scope, kListLimit);
    std::optional<list_table::Refill> refill(std::in_place, m_meetings);
    m_meetings->setRowCount(int(meetings.size()));
    for (int row = 0; row < meetings.size(); ++row) {
        const Consultation &c = meetings.at(row);
        setRow(m_meetings, row,
               {formatDate(c.heldOn), vocabulary::label(vocabulary::consultationLevels(), c.level), c.regionName, c.chair,
                QString::number(c.matters), c.present},
               c.id);
    }
    refill.reset();
    const QDate today = chinaToday(m_database.clock());
    const QList<ConsultationDecision> open = consultations.open(m_account.scope, kListLimit);
    const list_table::Refill decisions(m_decisions);
    m_decisions->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const ConsultationDecision &d = open.at(row);
        setRow(m_decisions, row, {formatDate(d.dueOn), d.matterTitle, d.decision, d.owner}, d.id,
               d.isOverdue(today) ? QColor(255, 224, 224) : QColor());
    }
}

void ServicePage::recordConsultation()
{
    ConsultationDialog dialog(m_database, m_account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ServicePage::markDecisionDone()
{
    const QString id = selectedId(m_decisions);
    if (id.isEmpty())
        return;
    const auto note = ask::text(this, tr("Decision done"), tr("What was done:"));
    if (!note)
        return;
    if (Status status = Consultations(m_database).markDone(id, *note); !status) {
        QMessageBox::warning(this, tr("Decision done"), status.error().message);
        return;
    }
    reloadConsultations();
}

void ServicePage::printMinutes()
{
    const QString id = selectedId(m_meetings);
    const auto consultation = id.isEmpty() ? std::nullopt : Consultations(m_database).get(id);
    if (!consultation)
        return;
    const auto region = RegionRepository(m_database).get(consultation->regionId);
    const QString regionName = region ? region->name : QString();
    const Consultation meeting = *consultation;
    documents::preview(this, tr("Consultation minutes"), QPageSize::A4, [regionName, meeting](QPagedPaintDevice &) {
        return documents::consultationMinutesLayout(regionName, meeting);
    });
}

void ServicePage::printVisitList()
{
    const QDate today = chinaToday(m_database.clock());
    VisitPlan plan(m_database, ServiceCatalogue(m_database).visitSettings(m_township));
    const auto due = plan.due(m_account.scope, today, kListLimit);
    if (!due)
        return;
    // The officer takes the phones along; printing them is a reveal like showing them, and is recorded so.
    const bool reveal = m_account.permissions().revealPersonalData;
    if (reveal) {
        AuditLog audit(m_database);
        for (const DueHousehold &h : *due) {
            if (!h.headPersonId.isEmpty() && !h.headPhone.isEmpty())
                (void)audit.recordReveal(m_account, QStringLiteral("persons"), h.headPersonId, QStringLiteral("phone"));
        }
    }
    const auto region = RegionRepository(m_database).get(m_account.scope.value(0));
    const QString regionName = region ? region->name : QString();
    const QList<DueHousehold> households = *due;
    documents::preview(this, tr("Visit list"), QPageSize::A4,
                       [regionName, today, households, reveal](QPagedPaintDevice &) {
                           return documents::visitListLayout(regionName, today, households, reveal);
                       });
}

void ServicePage::takeNew(const QString &type, const QString &householdId)
{
    TakeRequestDialog dialog(m_database, m_account, type, householdId, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ServicePage::openRequest()
{
    const QString id = selectedId(m_requests);
    if (id.isEmpty())
        return;
    RequestDialog dialog(m_database, m_account, id, this);
    dialog.exec();
}

void ServicePage::reloadDue()
{
    const QDate today = chinaToday(m_database.clock());
    VisitPlan plan(m_database, ServiceCatalogue(m_database).visitSettings(m_township));
    const auto coverage = plan.coverage(m_account.scope, today);
    const auto due = plan.due(m_account.scope, today, kListLimit);
    if (!coverage || !due) {
        m_coverage->setText(
            tr("The visit plan could not be read: %1").arg((!coverage ? coverage.error() : due.error()).message));
        return;
    }
    int households = 0;
    int visited = 0;
    int keyOverdue = 0;
    for (const GridCoverage &grid : *coverage) {
        households += grid.households;
        visited += grid.visited;
        keyOverdue += grid.keyOverdue;
    }
    const VisitPeriod period = plan.period(today);
    m_coverage->setText(
        tr("Visits %1 – %2: %3 of %4 households visited (%5%). Key households past their %6-day interval: %7.")
            .arg(formatDate(period.first), formatDate(period.last))
            .arg(visited)
            .arg(households)
            .arg(households == 0 ? 0.0 : 100.0 * visited / households, 0, 'f', 1)
            .arg(plan.settings().keyDays)
            .arg(keyOverdue));
    const bool reveal = false; // lists always mask (docs/ARCHITECTURE.md, "Who sees what")
    const list_table::Refill refill(m_due);
    m_due->setRowCount(int(due->size()));
    for (int row = 0; row < due->size(); ++row) {
        const DueHousehold &h = due->at(row);
        setRow(m_due, row,
               {h.gridName, h.address, h.headName, reveal ? h.headPhone : maskPhone(h.headPhone),
                h.lastVisit.isValid() ? formatDate(h.lastVisit) : tr("Never"), QString::number(h.openProblems),
                h.overdue ? tr("Overdue")
                : h.key   ? tr("Key household")
                          : tr("This period")},
               h.householdId, h.overdue ? QColor(255, 224, 224) : QColor());
    }
}

void ServicePage::reloadProblems()
{
    const QDate today = chinaToday(m_database.clock());
    const QList<ProblemRow> rows = VisitRepository(m_database).openProblems(m_account.scope, today, kListLimit);
    const list_table::Refill refill(m_problems);
    m_problems->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ProblemRow &p = rows.at(row);
        const QString answer = p.problem.answer.isEmpty()
                                   ? tr("Not answered")
                                   : vocabulary::label(vocabulary::problemAnswers(), p.problem.answer);
        setRow(m_problems, row,
               {formatDate(p.problem.foundOn), p.householdName,
                vocabulary::label(vocabulary::problemCategories(), p.problem.category), p.problem.description,
                p.problem.owner, answer},
               p.problem.id, p.late ? QColor(255, 224, 224) : QColor());
    }
}

void ServicePage::reloadRequests()
{
    const QDate today = chinaToday(m_database.clock());
    const WorkingCalendar calendar = WorkingCalendar::load(m_database);
    RequestList list(m_database);
    const auto counts = list.counts(m_account.scope, m_account.departmentId, today, calendar);
    if (counts) {
        int open = 0;
        for (auto it = counts->byState.cbegin(); it != counts->byState.cend(); ++it) {
            if (request_lifecycle::isOpen(it.key()))
                open += it.value();
        }
        m_counts->setText(tr("Open: %1 · to accept: %2 · yellow cards: %3 · red cards: %4")
                              .arg(open)
                              .arg(counts->byState.value(QStringLiteral("taken")))
                              .arg(counts->yellow)
                              .arg(counts->red));
    }
    const auto page = list.page(m_account.scope, RequestList::Filter(m_filter->currentData().toInt()),
                                m_account.departmentId, today, calendar, {}, kListLimit);
    std::optional<list_table::Refill> refill(std::in_place, m_requests);
    m_requests->setRowCount(0);
    if (!page)
        return;
    m_requests->setRowCount(int(page->rows.size()));
    for (int row = 0; row < page->rows.size(); ++row) {
        const RequestRow &r = page->rows.at(row);
        const QColor card = r.card == Card::Red      ? QColor(255, 210, 210)
                            : r.card == Card::Yellow ? QColor(255, 243, 190)
                                                     : QColor();
        QString state = vocabulary::label(vocabulary::requestStates(), r.request.state);
        if (r.card != Card::None)
            state += r.card == Card::Red ? tr(" (red card)") : tr(" (yellow card)");
        setRow(m_requests, row,
               {r.request.number, r.kindName, state, r.departmentName, formatDate(r.request.dueOn),
                r.request.contactName, r.request.description},
               r.request.id, card);
        m_requests->item(row, 2)->setData(Qt::UserRole + 1, r.request.state);
    }
    refill.reset();
    updateActions();
}

void ServicePage::updateActions()
{
    // The step buttons follow the selected request's state; "Open…" stays.
    const auto old = m_actions->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly);
    for (QPushButton *button : old) {
        if (button->objectName() != QLatin1String("openRequest"))
            delete button;
    }
    const int row = m_requests->currentRow();
    if (row < 0 || !m_requests->item(row, 2))
        return;
    const QString state = m_requests->item(row, 2)->data(Qt::UserRole + 1).toString();
    for (const QString &action : request_lifecycle::actions(state, request_lifecycle::actorOf(m_account.role))) {
        auto *button = new QPushButton(vocabulary::label(vocabulary::requestActions(), action), m_actions);
        button->setObjectName(QStringLiteral("action_") + action);
        connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
        auto *layout = static_cast<QHBoxLayout *>(m_actions->layout());
        layout->insertWidget(layout->count() - 1, button);
    }
}

void ServicePage::act(const QString &action)
{
    const QString id = selectedId(m_requests);
    if (id.isEmpty())
        return;
    QVariantMap data;
    const QString title = vocabulary::label(vocabulary::requestActions(), action);
    if (action == QLatin1String("return") || action == QLatin1String("cancel") || action == QLatin1String("escalate")) {
        const auto reason = ask::text(this, title, tr("Reason:"));
        if (!reason)
            return;
        data.insert(QStringLiteral("reason"), *reason);
    } else if (action == QLatin1String("done")) {
        const auto result = ask::text(this, title, tr("What was done:"));
        if (!result)
            return;
        data.insert(QStringLiteral("result"), *result);
    } else if (action == QLatin1String("tell")) {
        const auto how = ask::text(this, title, tr("How the household was told (may be left empty):"));
        if (!how)
            return;
        data.insert(QStringLiteral("note"), *how);
    } else if (action == QLatin1String("assign")) {
        const QList<Department> departments = ServiceCatalogue(m_database).departments(m_township);
        // The department the request's kind names comes first.
        const auto request = ServiceRequests(m_database).get(id);
        const auto kind = request ? ServiceCatalogue(m_database).kind(request->kindId) : std::nullopt;
        QStringList names;
        int current = 0;
        for (const Department &d : departments) {
            if (kind && d.id == kind->departmentId)
                current = int(names.size());
            names.append(d.name);
        }
        const auto chosen = ask::choice(this, title, tr("Department:"), names, current);
        if (!chosen)
            return;
        data.insert(QStringLiteral("department_id"), departments.value(*chosen).id);
    } else if (action == QLatin1String("revisit")) {
        QStringList levels;
        for (const auto &entry : vocabulary::satisfactionLevels())
            levels.append(entry.label());
        const auto level = ask::choice(this, title, tr("The household's satisfaction:"), levels);
        if (!level)
            return;
        data.insert(QStringLiteral("satisfaction"), QLatin1String(vocabulary::satisfactionLevels().value(*level).code));
        data.insert(QStringLiteral("settled"),
                    ask::question(this, title, tr("Is the matter settled?"), QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::Yes) == QMessageBox::Yes);
    }
    const auto done = ServiceRequests(m_database).act(id, action, data, m_account.role);
    if (!done) {
        QMessageBox::warning(this, title, done.error().message);
        return;
    }
    reloadRequests();
}

void ServicePage::recordVisit()
{
    // Save and next: the following household of the list, until the list ends or the user stops.
    for (int row = m_due->currentRow(); row >= 0 && row < m_due->rowCount(); ++row) {
        m_due->selectRow(row);
        VisitDialog dialog(m_database, m_account, selectedId(m_due), this);
        const bool saved = dialog.exec() == QDialog::Accepted;
        if (!saved || !dialog.wantsNext())
            break;
    }
    reload();
}

void ServicePage::answerProblem(const QString &answer)
{
    const QString id = selectedId(m_problems);
    if (id.isEmpty())
        return;
    QString note;
    if (answer == QLatin1String("explained")) {
        const auto text = ask::text(this, tr("Explained"), tr("What was explained:"));
        if (!text)
            return;
        note = *text;
    }
    if (Status status = VisitRepository(m_database).answer(id, answer, note); !status) {
        QMessageBox::warning(this, tr("Answer"), status.error().message);
        return;
    }
    reloadProblems();
}

void ServicePage::takeRequest()
{
    const QString problemId = selectedId(m_problems);
    if (problemId.isEmpty())
        return;
    const QList<ServiceKind> kinds = ServiceCatalogue(m_database).kinds(m_township, false, QStringLiteral("request"));
    QStringList names;
    for (const ServiceKind &k : kinds)
        names.append(k.code + QLatin1Char(' ') + k.name);
    const auto chosen = ask::choice(this, tr("Hand on as a request"), tr("Kind of request:"), names);
    if (!chosen)
        return;
    auto request = ServiceRequests(m_database).draftForProblem(problemId);
    if (!request)
        return;
    request->kindId = kinds.value(*chosen).id;
    request->takenBy = m_account.displayName;
    Transaction transaction = m_database.transaction();
    const auto taken = ServiceRequests(m_database).take(*request, m_account.role);
    Status answered = taken ? VisitRepository(m_database).answer(problemId, QStringLiteral("handed_on"), QString())
                            : Status(taken.error());
    if (answered)
        answered = transaction.commit();
    if (!answered) {
        QMessageBox::warning(this, tr("Hand on as a request"), answered.error().message);
        return;
    }
    reload();
}

} // namespace lianxin
