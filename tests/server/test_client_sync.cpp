#include "ServerFixture.h"

#include "core/register/HouseholdRepository.h"
#include "core/storage/ChangeLog.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Wait.h"
#include "ui/MainWindow.h"
#include "ui/forms/Ask.h"
#include "ui/sync/SyncController.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::Chinese;
using lianxin::test::DemoWorkspace;
using lianxin::test::screenshot;
using lianxin::test::waitUntil;

TEST_CASE("The client syncs in the background at start and on Ctrl+S, and says so in the status bar", "[ui][sync]")
{
    ServerProcess server;
    DemoWorkspace workspace(21, 200);
    // The county starts from this township's register (same ids, same accounts).
    REQUIRE(server.admin({QStringLiteral("import-store"), workspace.store.db().filePath()}) == 0);
    REQUIRE(workspace.store.db().setMetaValue(QStringLiteral("sync_server_url"),
                                              QStringLiteral("http://127.0.0.1:%1").arg(server.port())).ok());
    Chinese chinese;
    MainWindow window(workspace.store.db(), workspace.account("admin"), workspace.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.startSync(QStringLiteral("lianxin-demo"));
    REQUIRE(window.syncController());
    QSignalSpy finished(window.syncController(), &SyncController::finished);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 60000));
    INFO(finished.first().at(1).value<Error>().message.toStdString());
    REQUIRE(finished.first().at(0).toBool());
    auto *connection = window.findChild<QLabel *>(QStringLiteral("connection"));
    REQUIRE(connection);
    CHECK(connection->text() == QStringLiteral("在线"));
    window.refreshStatus();
    CHECK(ChangeLog(workspace.store.db()).pendingRowCount() == 0);
    CHECK(window.findChild<QLabel *>(QStringLiteral("pending"))->text().startsWith(QStringLiteral("0")));

    // An edit goes up with Ctrl+S; a colleague's device then sees it.
    HouseholdRepository households(workspace.store.db());
    auto household = households.get(households.list({}, {}, 1).rows.first().id);
    REQUIRE(household.has_value());
    household->notes = QStringLiteral("同步测试");
    REQUIRE(households.update(*household).ok());
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return finished.size() >= 2; }, 60000));
    CHECK(finished.last().at(0).toBool());
    CHECK(finished.last().at(2).value<SyncReport>().accepted == 1);
    const QString token = server.signIn(QStringLiteral("officer"), QStringLiteral("lianxin-demo"));
    const HttpReply pulled = server.request("GET", QStringLiteral("/api/v1/changes?after=0&limit=5000"), {}, {}, token);
    CHECK(pulled.body.contains("同步测试") == (household->gridId == workspace.account("officer").scope.first()));
    screenshot(window, QStringLiteral("synced"));
}

TEST_CASE("Without a reachable server the client says so and keeps working", "[ui][sync]")
{
    DemoWorkspace workspace(22, 50);
    REQUIRE(workspace.store.db().setMetaValue(QStringLiteral("sync_server_url"), QStringLiteral("http://127.0.0.1:1")).ok());
    Chinese chinese;
    MainWindow window(workspace.store.db(), workspace.account("officer"), workspace.settings);
    window.show();
    window.startSync(QStringLiteral("lianxin-demo"));
    QSignalSpy finished(window.syncController(), &SyncController::finished);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 60000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).value<Error>().field == QLatin1String(sync_failure::kOffline));
    CHECK(window.findChild<QLabel *>(QStringLiteral("connection"))->text() == QStringLiteral("暂时连不上县级服务器，连心稍后会再试。"));
    screenshot(window, QStringLiteral("sync-offline"));
    // It tries again within half a minute, not at the five-minute period.
    CHECK(window.syncController()->retryIntervalMs() == SyncController::kFirstRetryMs);

    // Quitting with an edit not sent: "Sync, then quit" fails offline and asks again, and "Quit now" then
    // closes the window, the edit kept on the device.
    HouseholdRepository households(workspace.store.db());
    auto household = households.get(households.list({}, {}, 1).rows.first().id);
    REQUIRE(household.has_value());
    household->notes = QStringLiteral("离线修改");
    REQUIRE(households.update(*household).ok());
    ask::queueAnswer(QMessageBox::Yes);
    window.close();
    CHECK(window.isVisible());
    ask::queueAnswer(QMessageBox::Discard);
    REQUIRE(waitUntil([&] { return finished.size() >= 2; }, 60000));
    CHECK_FALSE(finished.last().at(0).toBool());
    REQUIRE(waitUntil([&] { return !window.isVisible(); }, 10000));
    CHECK(ChangeLog(workspace.store.db()).pendingRowCount() > 0);
}
