// J1 — Two people, one township PC (../shared/JOURNEYS.md).
#include "journeys/Journey.h"

#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/auth/SignInDialog.h"
#include "ui/forms/Ask.h"
#include "ui/forms/HouseholdForm.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/DisputesPage.h"
#include "ui/mediation/StepForm.h"
#include "ui/register/HouseholdDialog.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::journey;

TEST_CASE("J1 - the grid officer and the mediator share a PC, and each change reaches the server under its author",
          "[journey]")
{
    World world;
    Database &db = world.db();

    // The grid officer signs in and notes something on a household of his grid, from its file.
    const World::SignedIn officer = world.signIn(QStringLiteral("officer"));
    auto window = world.openWindow(officer);
    const QString household = scalar(db,
                                     QStringLiteral("SELECT id FROM households WHERE grid_id = ? AND deleted = 0 "
                                                    "ORDER BY sort_key LIMIT 1"),
                                     {officer.account.scope.first()});
    REQUIRE_FALSE(household.isEmpty());
    onNextModal<HouseholdDialog>([](HouseholdDialog *file) {
        onNextModal<HouseholdForm>([](HouseholdForm *form) {
            form->findChild<QPlainTextEdit *>(QStringLiteral("notes"))
                ->setPlainText(QStringLiteral("两人一机：网格员走访后补记"));
            form->accept();
        });
        file->findChild<QPushButton *>(QStringLiteral("editHousehold"))->click();
        file->reject();
    });
    window->openHousehold(household);
    CHECK(scalar(db, QStringLiteral("SELECT notes FROM households WHERE id = ?"), {household}) ==
          QStringLiteral("两人一机：网格员走访后补记"));

    // He locks the screen; the mediator chooses Switch user on the lock screen.
    QSignalSpy switched(window.get(), &MainWindow::switchUserRequested);
    onNextModal<SignInDialog>(
        [](SignInDialog *lock) { lock->findChild<QPushButton *>(QStringLiteral("switchUser"))->click(); });
    window->lock();
    REQUIRE(switched.size() == 1);
    window.reset(); // main() closes his window before the next person signs in

    // The mediator signs in and records the rights notice on a case of her village waiting for it.
    const World::SignedIn mediator = world.signIn(QStringLiteral("mediator"));
    window = world.openWindow(mediator);
    const QString dispute =
        scalar(db, QStringLiteral("SELECT id FROM disputes WHERE status = 'registered' AND deleted = 0 "
                                  "ORDER BY received_on DESC LIMIT 1"));
    REQUIRE_FALSE(dispute.isEmpty());
    onNextModal<CaseDialog>([](CaseDialog *page) {
        onNextModal<StepForm>([](StepForm *form) {
            form->setValue(QStringLiteral("method"), QStringLiteral("oral"));
            form->accept();
        });
        QMenu *steps = page->findChild<QToolButton *>(QStringLiteral("recordStep"))->menu();
        steps->findChild<QAction *>(QStringLiteral("rights_notice"))->trigger();
        page->reject();
    });
    window->showArea(MainWindow::Disputes);
    window->findChild<DisputesPage *>()->openCase(dispute);
    const QString step = scalar(
        db, QStringLiteral("SELECT id FROM dispute_steps WHERE dispute_id = ? AND kind = 'rights_notice'"), {dispute});
    REQUIRE_FALSE(step.isEmpty());

    // She quits: Lianxin warns that her change is not on the server yet; she syncs, then quits.
    ask::queueAnswer(QMessageBox::Yes);
    window->close();
    REQUIRE(test::waitUntil([&] { return !window->isVisible(); }, 60000));

    // The server shows each change under its own author; neither was refused.
    CHECK(world.serverAuthor(QStringLiteral("households"), household) == officer.account.id);
    CHECK(world.serverAuthor(QStringLiteral("dispute_steps"), step) == mediator.account.id);
    world.checkEnd();
}
