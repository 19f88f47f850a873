// J2 (its visit) and J6 — a township sub-centre's day (../shared/JOURNEYS.md): a problem found on a visit is
// handed on as a request, the sub-centre accepts and routes it, the department claims and completes it,
// and the officer's revisit closes it; four people on one PC, each change on the server under its author.
#include "journeys/Journey.h"

#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/auth/SignInDialog.h"
#include "ui/forms/Ask.h"
#include "ui/service/ServicePage.h"
#include "ui/service/VisitDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::journey;

namespace {

// The lock screen's Switch user: the window closes, as main() does, before the next person signs in.
void switchUser(std::unique_ptr<MainWindow> &window)
{
    QSignalSpy switched(window.get(), &MainWindow::switchUserRequested);
    onNextModal<SignInDialog>(
        [](SignInDialog *lock) { lock->findChild<QPushButton *>(QStringLiteral("switchUser"))->click(); });
    window->lock();
    REQUIRE(switched.size() == 1);
    window.reset();
}

ServicePage *servicePage(MainWindow &window, int tab)
{
    window.showArea(MainWindow::Visits);
    auto *page = window.findChild<ServicePage *>();
    REQUIRE(page);
    page->findChild<QTabWidget *>()->setCurrentIndex(tab);
    page->reload();
    return page;
}

// Selects the request in the list under `filter` (an index of the 显示 box) and clicks a step's button.
void step(ServicePage *page, int filter, const QString &number, const char *action)
{
    page->findChild<QComboBox *>(QStringLiteral("requestFilter"))->setCurrentIndex(filter);
    auto *requests = page->findChild<QTableWidget *>(QStringLiteral("requests"));
    int row = -1;
    for (int r = 0; r < requests->rowCount(); ++r) {
        if (requests->item(r, 0)->text() == number)
            row = r;
    }
    INFO("request " << number.toStdString() << " under filter " << filter << ", step " << action);
    REQUIRE(row >= 0);
    requests->selectRow(row);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("action_") + QLatin1String(action));
    REQUIRE(button);
    button->click();
}

enum Filter { Open, ToAccept, ToAssign, WithDepartments, Revisits, Closed };

} // namespace

TEST_CASE("J6 - a problem found on a visit goes to the sub-centre, to a department and back to the household",
          "[journey]")
{
    World world;
    Database &db = world.db();

    // The grid officer visits the first household due and finds a problem he cannot solve on the spot.
    const World::SignedIn officer = world.signIn(QStringLiteral("officer"));
    auto window = world.openWindow(officer);
    ServicePage *page = servicePage(*window, 0);
    auto *due = page->findChild<QTableWidget *>(QStringLiteral("dueVisits"));
    REQUIRE(due->rowCount() > 0);
    due->selectRow(0);
    onNextModal<VisitDialog>([](VisitDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("met"))->setText(QStringLiteral("户主"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("situation"))->setPlainText(QStringLiteral("老人住院，家中只有老伴"));
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("problemKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("livelihood")));
        dialog->findChild<QLineEdit *>(QStringLiteral("problem"))->setText(QStringLiteral("老人住院，家庭生活困难"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveNext"))->setDefault(false);
        dialog->accept(); // Save (not next)
    });
    page->findChild<QPushButton *>(QStringLiteral("recordVisit"))->click();
    const QString visit = scalar(db, QStringLiteral("SELECT v.id FROM visits v JOIN problems p ON p.visit_id = v.id "
                                                    "WHERE p.description = '老人住院，家庭生活困难'"));
    REQUIRE_FALSE(visit.isEmpty());

    // He hands the problem on as a request for temporary assistance (S04).
    page = servicePage(*window, 1);
    auto *problems = page->findChild<QTableWidget *>(QStringLiteral("problems"));
    int problemRow = -1;
    for (int r = 0; r < problems->rowCount(); ++r) {
        if (problems->item(r, 3)->text() == QStringLiteral("老人住院，家庭生活困难"))
            problemRow = r;
    }
    REQUIRE(problemRow >= 0);
    problems->selectRow(problemRow);
    const QString township = ServiceCatalogue(db).townshipOf(officer.account.scope.first());
    const QList<ServiceKind> kinds = ServiceCatalogue(db).kinds(township, false, QStringLiteral("request"));
    int assistance = -1;
    for (int i = 0; i < kinds.size(); ++i) {
        if (kinds.at(i).code == QLatin1String("S04"))
            assistance = i;
    }
    ask::queueChoice(assistance);
    page->findChild<QPushButton *>(QStringLiteral("handOn"))->click();
    const QString request =
        scalar(db,
               QStringLiteral("SELECT r.id FROM service_requests r JOIN problems p ON p.id = r.problem_id "
                              "WHERE p.visit_id = ?"),
               {visit});
    REQUIRE_FALSE(request.isEmpty());
    const QString number = ServiceRequests(db).get(request)->number;
    CHECK(scalar(db, QStringLiteral("SELECT answer FROM problems WHERE visit_id = ?"), {visit}) ==
          QStringLiteral("handed_on"));
    REQUIRE(world.waitForSync(*window));
    // The status bar says what the sync took up.
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("已同步")));
    switchUser(window);

    // The sub-centre accepts it from its inbox and routes it to 民政办.
    const World::SignedIn admin = world.signIn(QStringLiteral("admin"));
    window = world.openWindow(admin);
    page = servicePage(*window, 2);
    step(page, ToAccept, number, "accept");
    const QList<Department> departments = ServiceCatalogue(db).departments(township);
    int civil = -1;
    for (int i = 0; i < departments.size(); ++i) {
        if (departments.at(i).name == QStringLiteral("民政办"))
            civil = i;
    }
    ask::queueChoice(civil);
    step(page, ToAssign, number, "assign");
    REQUIRE(world.waitForSync(*window));
    switchUser(window);

    // 民政办's staff claims it and reports the result.
    const World::SignedIn department = world.signIn(QStringLiteral("civil"));
    window = world.openWindow(department);
    page = servicePage(*window, 0);
    step(page, WithDepartments, number, "claim");
    ask::queueText(QStringLiteral("已批准临时救助 1000 元"));
    step(page, WithDepartments, number, "done");
    REQUIRE(world.waitForSync(*window));
    switchUser(window);

    // The officer tells the household and comes back: settled, satisfied.
    const World::SignedIn again = world.signIn(QStringLiteral("officer"));
    window = world.openWindow(again);
    page = servicePage(*window, 2);
    ask::queueText(QStringLiteral("电话告知户主"));
    step(page, Revisits, number, "tell");
    ask::queueChoice(0); // 满意
    ask::queueAnswer(QMessageBox::Yes);
    step(page, Revisits, number, "revisit");
    CHECK(ServiceRequests(db).get(request)->state == QStringLiteral("settled"));
    REQUIRE(world.waitForSync(*window));

    // Every step on the server under the account that took it.
    const QList<ServiceStep> steps = ServiceRequests(db).steps(request);
    REQUIRE(steps.size() == 7);
    const QStringList authors{officer.account.id,    admin.account.id,   admin.account.id,  department.account.id,
                              department.account.id, officer.account.id, officer.account.id};
    for (int i = 0; i < steps.size(); ++i) {
        INFO("step " << steps.at(i).action.toStdString());
        CHECK(steps.at(i).applied);
        CHECK(world.serverAuthor(QStringLiteral("service_steps"), steps.at(i).id) == authors.at(i));
    }
    CHECK(world.serverAuthor(QStringLiteral("visits"), visit) == officer.account.id);
    window.reset();
    world.checkEnd();
}
