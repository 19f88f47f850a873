// J7, its last step (../shared/JOURNEYS.md): an officer's new PC. The first screen of an empty workspace signs
// in to the county server and downloads the officer's area with progress; the officer is then in, and a
// colleague signs in offline on the same PC afterwards.
#include "journeys/Journey.h"

#include "core/auth/AccountRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TestStore.h"
#include "ui/MainWindow.h"
#include "ui/auth/FirstSignInDialog.h"
#include "ui/auth/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::journey;

namespace {

struct FirstScreen
{
    FirstSignInDialog dialog;
    QLineEdit *server;
    QLineEdit *username;
    QLineEdit *password;
    QLabel *message;

    FirstScreen(Database &db, const QString &storePath, const QString &user = {}, const QString &knownServer = {})
        : dialog(db, storePath, user, knownServer), server(dialog.findChild<QLineEdit *>(QStringLiteral("server"))),
          username(dialog.findChild<QLineEdit *>(QStringLiteral("username"))),
          password(dialog.findChild<QLineEdit *>(QStringLiteral("password"))),
          message(dialog.findChild<QLabel *>(QStringLiteral("message")))
    {
        dialog.resize(dialog.sizeHint());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
    void fill(const QString &url, const QString &user, const QString &secret)
    {
        server->setText(url);
        username->setText(user);
        password->setText(secret);
        dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    }
};

// Live households of a grid in a store.
qint64 householdsOf(Database &db, const QString &gridId)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM households WHERE deleted = 0 AND grid_id = ?"), {gridId})
        .toLongLong();
}

} // namespace

TEST_CASE("J7 - a new PC signs in to the county server, downloads the officer's area, then colleagues sign in offline")
{
    World world;
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(world.server.port());
    test::TestStore newPc;
    REQUIRE(AccountRepository(newPc.db()).list().isEmpty());

    {
        // The settings' county server is proposed when the workspace names none.
        CHECK(FirstScreen(newPc.db(), newPc.filePath(), {}, url).server->text() == url);
        FirstScreen first(newPc.db(), newPc.filePath());
        // Each field is checked before anything is sent, and named.
        first.fill(QStringLiteral("192.168.1.10"), QStringLiteral("officer"), QStringLiteral("lianxin-demo"));
        CHECK(first.message->isVisible());
        CHECK(first.message->text().contains(QStringLiteral("县级服务器")));
        first.fill(url, QStringLiteral("officer"), QString());
        CHECK(first.message->text().contains(QStringLiteral("密码")));
        // A wrong password is the server's answer, under the fields; nothing is signed in.
        first.fill(url, QStringLiteral("officer"), QStringLiteral("wrong-password"));
        REQUIRE(test::waitUntil([&] { return first.server->isEnabled(); }, 20000));
        CHECK(first.message->isVisible());
        CHECK(first.dialog.result() != QDialog::Accepted);
        CHECK(AccountRepository(newPc.db()).list().isEmpty());

        first.fill(url, QStringLiteral("officer"), QStringLiteral("lianxin-demo"));
        REQUIRE(test::waitUntil([&] { return first.dialog.result() == QDialog::Accepted; }, 60000));
        CHECK(first.dialog.account().username == QStringLiteral("officer"));
        CHECK(first.dialog.password() == QStringLiteral("lianxin-demo"));
        // The officer's grid came down: the same households the township PC holds for that grid.
        const QString grid = first.dialog.account().scope.first();
        CHECK(householdsOf(newPc.db(), grid) > 0);
        CHECK(householdsOf(newPc.db(), grid) == householdsOf(world.db(), grid));
        CHECK(newPc.db().metaValue(QStringLiteral("sync_server_url")) == url);

        // The window opens for the officer as main() does, with nothing waiting to sync.
        auto window = std::make_unique<MainWindow>(newPc.db(), first.dialog.account(), world.workspace.settings);
        window->show();
        window->startSync(first.dialog.password());
        CHECK(world.waitForSync(*window));
    }

    // A colleague whose area is wider than the officer's (the village) is not on this PC yet: offline, the
    // sign-in says where such an account signs in, and Sign in online brings the account and its area.
    {
        SignInDialog offline(newPc.db(), SignInDialog::Mode::SignIn, QString());
        offline.show();
        REQUIRE(QTest::qWaitForWindowExposed(&offline));
        offline.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("defence"));
        auto *password = offline.findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(password, QStringLiteral("lianxin-demo"));
        QTest::keyClick(password, Qt::Key_Return);
        auto *message = offline.findChild<QLabel *>(QStringLiteral("message"));
        REQUIRE(test::waitUntil([&] { return message->isVisible(); }, 20000));
        CHECK(message->text().contains(QStringLiteral("联网登录")));
        offline.findChild<QPushButton *>(QStringLiteral("online"))->click();
        CHECK(offline.result() == SignInDialog::kOnline);
        CHECK(offline.username() == QStringLiteral("defence"));

        FirstScreen online(newPc.db(), newPc.filePath(), offline.username());
        CHECK(online.username->text() == QStringLiteral("defence"));
        CHECK(online.server->text() == url);
        online.password->setText(QStringLiteral("lianxin-demo"));
        online.dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->click();
        REQUIRE(test::waitUntil([&] { return online.dialog.result() == QDialog::Accepted; }, 60000));
        CHECK(online.dialog.account().role == QStringLiteral("defence_head"));
    }

    // A colleague of the officer's grid signs in on the same PC without the server.
    world.server.terminate();
    SignInDialog colleague(newPc.db(), SignInDialog::Mode::SignIn, QString());
    colleague.show();
    REQUIRE(QTest::qWaitForWindowExposed(&colleague));
    colleague.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("gridhead"));
    auto *password = colleague.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(password, QStringLiteral("lianxin-demo"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return colleague.result() == QDialog::Accepted; }, 20000));
    CHECK(colleague.account().role == QStringLiteral("grid_head"));
}
