// The staff screen (人员与账号) and the choice of one's own password, through the real widgets against the
// real county server process.
#include "ServerFixture.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/Authenticator.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/Modal.h"
#include "tests/support/TestStore.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/auth/ChangePasswordDialog.h"
#include "ui/auth/FirstSignInDialog.h"
#include "ui/auth/SignInDialog.h"
#include "ui/forms/Ask.h"
#include "ui/staff/AccountForm.h"
#include "ui/staff/MemberForm.h"
#include "ui/staff/StaffDialog.h"
#include "ui/staff/StaffRegions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

QString url(const ServerProcess &server)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(server.port());
}

// The texts of a table's first column.
QStringList firstColumn(const QTableWidget *table)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, 0)->text());
    return texts;
}

bool selectRow(QTableWidget *table, const QString &firstCell)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == firstCell) {
            table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void waitForLists(StaffDialog &dialog)
{
    REQUIRE(test::waitUntil([&] { return !dialog.isLoading(); }, 30000));
}

// Whether a window and its buttons fit 1366×768.
void checkFits(QWidget *window)
{
    CHECK(window->frameGeometry().width() <= 1366);
    CHECK(window->frameGeometry().height() <= 768);
    for (QPushButton *button : window->findChildren<QPushButton *>()) {
        if (!button->isVisible())
            continue;
        const QPoint bottom = button->mapTo(window, QPoint(0, button->height()));
        CHECK(bottom.y() <= window->height());
    }
}

// A township administrator's computer, signed in to the county server and synced.
struct AdminPc
{
    SyncDevice device;
    Account admin;

    AdminPc(const ServerProcess &server, const QString &username) : device(server, username)
    {
        device.sync();
        const auto found = AccountRepository(*device.database).findByUsername(username);
        REQUIRE(found);
        admin = *found;
    }
};

} // namespace

TEST_CASE("The staff screen lists the area's accounts and makes one on the county server", "[ui][staff]")
{
    ServerProcess server;
    seedCounty(server);
    AdminPc pc(server, QStringLiteral("town_a"));
    StaffDialog dialog(*pc.device.database, pc.admin, url(server));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    waitForLists(dialog);
    REQUIRE(dialog.isOnline());
    checkFits(&dialog);
    auto *accounts = dialog.findChild<QTableWidget *>(QStringLiteral("accounts"));
    QStringList names = firstColumn(accounts);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("mediator_a"), QStringLiteral("officer_a"), QStringLiteral("town_a")});
    CHECK(firstColumn(dialog.findChild<QTableWidget *>(QStringLiteral("grids"))) ==
          QStringList{QStringLiteral("甲村第1网格")});

    // A user name the county has already is refused under its field; the form stays open.
    test::onNextModal<AccountForm>([&](AccountForm *form) {
        checkFits(form);
        form->findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("officer_a"));
        form->findChild<QLineEdit *>(QStringLiteral("display_name"))->setText(QStringLiteral("周立"));
        auto *role = form->findChild<QComboBox *>(QStringLiteral("role"));
        CHECK(role->findData(QStringLiteral("county_admin")) < 0); // above a township administrator
        role->setCurrentIndex(role->findData(QStringLiteral("grid_officer")));
        auto *scope = form->findChild<RegionChecklist *>(QStringLiteral("scope"));
        CHECK(scope->count() == 3); // the township, its village and grid, and nothing of the other township
        scope->check(regionId(server, server.signIn(QStringLiteral("town_a")), QStringLiteral("34082810120101")));
        form->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("first-pass-1"));
        form->findChild<QPushButton *>(QStringLiteral("save"))->click();
        CHECK(form->isVisible());
        CHECK_FALSE(form->errorOf(QStringLiteral("username")).isEmpty());
        // Then the new officer's own name.
        form->findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("zhou.li"));
        form->findChild<QPushButton *>(QStringLiteral("save"))->click();
    });
    dialog.newAccount();
    waitForLists(dialog);
    CHECK(dialog.isOnline());
    CHECK(firstColumn(accounts).contains(QStringLiteral("zhou.li")));
    // On the server: the first password signs in and must be changed.
    const HttpReply first =
        server.request("POST", QStringLiteral("/api/v1/session"),
                       QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("zhou.li")},
                                                 {QStringLiteral("password"), QStringLiteral("first-pass-1")}})
                           .toJson());
    REQUIRE(first.status == 201);
    CHECK(first.json()
              .value(QStringLiteral("account"))
              .toObject()
              .value(QStringLiteral("must_change_password"))
              .toBool());

    // A mediator on the staff, full-time, serving the village.
    test::onNextModal<MemberForm>([&](MemberForm *form) {
        checkFits(form);
        form->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("程秀兰"));
        form->findChild<QCheckBox *>(QStringLiteral("role_mediator"))->setChecked(true);
        auto *employment = form->findChild<QComboBox *>(QStringLiteral("employment"));
        employment->setCurrentIndex(employment->findData(QStringLiteral("full_time")));
        form->findChild<RegionChecklist *>(QStringLiteral("regions"))
            ->check(regionId(server, server.signIn(QStringLiteral("town_a")), QStringLiteral("340828101201")));
        form->findChild<QPushButton *>(QStringLiteral("save"))->click();
    });
    dialog.newMember();
    waitForLists(dialog);
    CHECK(firstColumn(dialog.findChild<QTableWidget *>(QStringLiteral("staff"))) ==
          QStringList{QStringLiteral("程秀兰")});

    // Disabling asks first, then takes effect on the server.
    REQUIRE(selectRow(accounts, QStringLiteral("zhou.li")));
    ask::queueAnswer(QMessageBox::Yes);
    dialog.toggleAccount();
    REQUIRE(test::waitUntil(
        [&] {
            return dialog.isOnline() && !dialog.isLoading() && selectRow(accounts, QStringLiteral("zhou.li")) &&
                   accounts->item(accounts->currentRow(), 4)->text() == QStringLiteral("Disabled");
        },
        30000));
}

TEST_CASE("Without the county server the staff screen says so and offers nothing", "[ui][staff]")
{
    std::unique_ptr<AdminPc> pc;
    QString address;
    {
        ServerProcess server;
        seedCounty(server);
        pc = std::make_unique<AdminPc>(server, QStringLiteral("town_a"));
        address = url(server);
    } // the server is gone
    StaffDialog dialog(*pc->device.database, pc->admin, address);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    waitForLists(dialog);
    CHECK_FALSE(dialog.isOnline());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("cannot be reached")));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("newAccount"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("splitGrid"))->isEnabled());
    CHECK(dialog.findChild<QTableWidget *>(QStringLiteral("accounts"))->rowCount() == 0);

    // No county server set at all.
    StaffDialog unset(*pc->device.database, pc->admin, QString());
    CHECK_FALSE(unset.isOnline());
    CHECK(unset.findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("Settings")));
}

TEST_CASE("Only administrators find Staff and accounts in the menu", "[ui][staff]")
{
    ServerProcess server;
    seedCounty(server);
    QTemporaryDir settingsDir;
    Settings settings(
        std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    for (const auto &[username, sees] : {std::pair{"town_a", true}, std::pair{"county", true},
                                         std::pair{"officer_a", false}, std::pair{"mediator_a", false}}) {
        INFO(username);
        AdminPc pc(server, QLatin1String(username));
        MainWindow window(*pc.device.database, pc.admin, settings);
        CHECK((window.findChild<QAction *>(QStringLiteral("staffAction")) != nullptr) == sees);
    }
}

TEST_CASE("A person signing in with a first password chooses a new one before going on", "[ui][staff]")
{
    ServerProcess server;
    seedCounty(server);
    const QString townA = server.signIn(QStringLiteral("town_a"));
    const HttpReply made = server.request(
        "POST", QStringLiteral("/api/v1/accounts"),
        QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("zhou.li")},
                                  {QStringLiteral("display_name"), QStringLiteral("周立")},
                                  {QStringLiteral("role"), QStringLiteral("grid_officer")},
                                  {QStringLiteral("scope"),
                                   QJsonArray{regionId(server, townA, QStringLiteral("34082810120101"))}},
                                  {QStringLiteral("password"), QStringLiteral("first-pass-1")}})
            .toJson(),
        {}, townA);
    REQUIRE(made.status == 201);

    test::TestStore newPc;
    FirstSignInDialog first(newPc.db(), newPc.filePath());
    first.show();
    REQUIRE(QTest::qWaitForWindowExposed(&first));
    first.findChild<QLineEdit *>(QStringLiteral("server"))->setText(url(server));
    first.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("zhou.li"));
    first.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("first-pass-1"));
    test::onNextModal<ChangePasswordDialog>(
        [&](ChangePasswordDialog *change) {
            checkFits(change);
            auto *chosen = change->findChild<QLineEdit *>(QStringLiteral("newPassword"));
            auto *again = change->findChild<QLineEdit *>(QStringLiteral("repeatPassword"));
            auto *button = change->findChild<QPushButton *>(QStringLiteral("change"));
            // The administrator's password again, or two that differ, are refused here.
            chosen->setText(QStringLiteral("first-pass-1"));
            again->setText(QStringLiteral("first-pass-1"));
            button->click();
            CHECK(change->findChild<QLabel *>(QStringLiteral("message"))->isVisible());
            chosen->setText(QStringLiteral("my-own-pass-9"));
            again->setText(QStringLiteral("my-own-pass-8"));
            button->click();
            CHECK(change->isVisible());
            again->setText(QStringLiteral("my-own-pass-9"));
            button->click();
        },
        60000);
    first.findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    REQUIRE(test::waitUntil([&] { return first.result() == QDialog::Accepted; }, 60000));
    CHECK(first.account().username == QStringLiteral("zhou.li"));
    CHECK_FALSE(first.account().mustChangePassword);
    CHECK(first.password() == QStringLiteral("my-own-pass-9"));
    // The computer now holds the new password's verifier; the administrator's no longer signs in.
    CHECK(Authenticator(newPc.db()).signIn(QStringLiteral("zhou.li"), QStringLiteral("my-own-pass-9")).ok());
    CHECK(server
              .request("POST", QStringLiteral("/api/v1/session"),
                       QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("zhou.li")},
                                                 {QStringLiteral("password"), QStringLiteral("first-pass-1")}})
                           .toJson())
              .status == 401);

    // An account whose password is reset while it is on a computer: the offline sign-in with the new first
    // password goes no further than the choice of a new one.
    const QString id = first.account().id;
    REQUIRE(
        server
            .request("POST", QStringLiteral("/api/v1/accounts/%1/password-reset").arg(id),
                     QJsonDocument(QJsonObject{{QStringLiteral("password"), QStringLiteral("reset-pass-1")}}).toJson(),
                     {}, townA)
            .status == 200);
    SyncEngine engine(newPc.db(), url(server));
    REQUIRE(engine.signIn(QStringLiteral("town_a"), QStringLiteral("password-1")).ok()); // another person syncs here
    engine.setAccount(QStringLiteral("town_a"));
    REQUIRE(engine.run().ok());
    SignInDialog offline(newPc.db(), SignInDialog::Mode::SignIn, QStringLiteral("zhou.li"));
    offline.show();
    REQUIRE(QTest::qWaitForWindowExposed(&offline));
    auto *password = offline.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(password, QStringLiteral("reset-pass-1"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return offline.result() != 0; }, 20000));
    CHECK(offline.result() == SignInDialog::kPasswordChange);
    CHECK(offline.password() == QStringLiteral("reset-pass-1"));
}
