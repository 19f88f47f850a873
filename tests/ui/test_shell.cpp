#include "core/auth/AuditLog.h"
#include "core/auth/Authenticator.h"
#include "core/backup/DeviceBackup.h"
#include "core/common/ChinaTime.h"
#include "core/demo/DemoAccounts.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Modal.h"
#include "tests/support/Wait.h"
#include "ui/Format.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/auth/SignInDialog.h"
#include "ui/register/HouseholdDialog.h"
#include "ui/register/RegisterPage.h"
#include "ui/search/GlobalSearchDialog.h"
#include "ui/shell/AutomaticBackup.h"
#include "ui/shell/BackupDialog.h"
#include "ui/shell/SettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::DemoWorkspace;
using lianxin::test::Chinese;
using lianxin::test::screenshot;
using lianxin::test::waitUntil;

TEST_CASE("Signing in with a wrong, then the right password", "[ui][auth]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    SignInDialog dialog(workspace.store.db(), SignInDialog::Mode::SignIn, QString());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE(username);
    REQUIRE(password);

    // Return in the user name moves on to the password; Return there signs in.
    QTest::keyClicks(username, QStringLiteral("officer"));
    QTest::keyClick(username, Qt::Key_Return);
    CHECK(password->hasFocus());
    // Return on an empty password asks for it and counts no failed attempt.
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(message->text() == QStringLiteral("请输入密码。"));
    CHECK(Authenticator(workspace.store.db()).waitSeconds(QStringLiteral("officer")) == 0);
    QTest::keyClicks(password, QStringLiteral("not the password"));
    QTest::keyClick(password, Qt::Key_Return);
    // The password is checked off the UI thread; the answer comes back as an event.
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("用户名或密码错误。")); }));
    CHECK(message->text().contains(QStringLiteral("联网登录")));
    CHECK(message->isVisible());
    CHECK(accepted.isEmpty());
    screenshot(dialog, QStringLiteral("sign-in"));

    password->clear();
    QTest::keyClicks(password, QString::fromLatin1(kDemoPassword));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return accepted.count() == 1; }));
    CHECK(dialog.account().username == QStringLiteral("officer"));
}

TEST_CASE("The main window shows the register of the account's scope and every area of work", "[ui]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    MainWindow window(workspace.store.db(), workspace.account("gridhead"), workspace.settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The day starts on the overview (工作台).
    CHECK(window.currentArea() == MainWindow::Overview);
    window.showArea(MainWindow::Register);
    // The grid head covers one grid: 100 of the 300 households.
    CHECK(window.findChild<QLabel *>(QString(), Qt::FindChildrenRecursively) != nullptr);
    bool countShown = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        countShown = countShown || label->text() == QStringLiteral("共 100 户");
    CHECK(countShown);
    screenshot(window, QStringLiteral("register"));

    window.showArea(MainWindow::Disputes);
    bool listsCases = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        listsCases = listsCases || (label->isVisible() && label->text() == QStringLiteral("共 0 件"));
    CHECK(listsCases);
    window.showArea(MainWindow::Points);
    auto *pointsTabs = window.findChild<QTabWidget *>(QStringLiteral("pointsTabs"));
    REQUIRE(pointsTabs);
    CHECK(pointsTabs->isVisible());
    CHECK(pointsTabs->tabText(0) == QStringLiteral("评议提名"));
    window.showArea(MainWindow::Visits);
    // Every household of the grid is due a visit in a workspace without visits.
    auto *due = window.findChild<QTableWidget *>(QStringLiteral("dueVisits"));
    REQUIRE(due);
    CHECK(due->isVisible());
    CHECK(due->rowCount() == 100);
    auto *coverage = window.findChild<QLabel *>(QStringLiteral("coverage"));
    CHECK(coverage->text().contains(QStringLiteral("已走访 0 户 / 共 100 户")));
    screenshot(window, QStringLiteral("visits"));
    window.showArea(MainWindow::Overview);
    screenshot(window, QStringLiteral("overview"));
}

TEST_CASE("Global search finds a person by two Chinese characters, masked", "[ui][search]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    PersonRepository persons(workspace.store.db());
    const Account officer = workspace.account("officer");
    HouseholdFilter scoped;
    scoped.scope = officer.scope;
    const QString householdId = HouseholdRepository(workspace.store.db()).list(scoped, {}, 1).rows.first().id;
    const Person member = persons.members(householdId).first();

    GlobalSearchDialog dialog(workspace.store.db(), officer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *query = dialog.findChild<QLineEdit *>(QStringLiteral("query"));
    auto *results = dialog.findChild<QListWidget *>(QStringLiteral("results"));
    // Chinese text arrives from the input method as a commit string.
    QInputMethodEvent typed;
    typed.setCommitString(member.name.left(2));
    QCoreApplication::sendEvent(query, &typed);
    REQUIRE(waitUntil([&] { return results->count() > 0; }));
    QString shown;
    for (int row = 0; row < results->count(); ++row) {
        if (results->item(row)->text().startsWith(member.name))
            shown = results->item(row)->text();
    }
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.contains(maskIdNumber(member.idNumber)));
    CHECK_FALSE(shown.contains(member.idNumber));
    if (!member.phone.isEmpty()) {
        CHECK(shown.contains(maskPhone(member.phone)));
        CHECK_FALSE(shown.contains(member.phone));
    }
    screenshot(dialog, QStringLiteral("search"));
    QTest::keyClick(query, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.chosenHouseholdId().isEmpty());
}

TEST_CASE("A search or a filter that finds nothing says so", "[ui][search]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    const Account officer = workspace.account("officer");
    GlobalSearchDialog dialog(workspace.store.db(), officer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *query = dialog.findChild<QLineEdit *>(QStringLiteral("query"));
    auto *results = dialog.findChild<QListWidget *>(QStringLiteral("results"));
    auto *nothing = dialog.findChild<QLabel *>(QStringLiteral("noResults"));
    REQUIRE(nothing);
    CHECK(nothing->isHidden());
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("查无此人"));
    QCoreApplication::sendEvent(query, &typed);
    REQUIRE(waitUntil([&] { return !nothing->isHidden(); }));
    CHECK(nothing->text().startsWith(QStringLiteral("没有找到“查无此人”")));
    CHECK(results->isHidden());
    CHECK(results->count() == 0);
    screenshot(dialog, QStringLiteral("search-nothing"));
    // Enter on nothing found chooses nothing; a query that matches shows the list again.
    QTest::keyClick(query, Qt::Key_Return);
    CHECK(dialog.isVisible());
    query->clear();
    HouseholdFilter scoped;
    scoped.scope = officer.scope;
    const Person member = PersonRepository(workspace.store.db())
                              .members(HouseholdRepository(workspace.store.db()).list(scoped, {}, 1).rows.first().id)
                              .first();
    typed.setCommitString(member.name);
    QCoreApplication::sendEvent(query, &typed);
    REQUIRE(waitUntil([&] { return results->count() > 0; }));
    CHECK(nothing->isHidden());
    CHECK_FALSE(results->isHidden());

    // The register's filters: a tag no household of the grid has gives a sentence, not an empty table.
    RegisterPage page(workspace.store.db(), officer, workspace.settings);
    page.resize(1200, 600);
    page.show();
    auto *village = page.findChild<QComboBox *>(QStringLiteral("village"));
    auto *tag = page.findChild<QComboBox *>(QStringLiteral("tag"));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("noHouseholds"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("households"));
    REQUIRE((village && tag && empty && table));
    CHECK(empty->isHidden());
    village->setCurrentIndex(1);
    int unused = -1;
    for (int i = 1; i < tag->count() && unused < 0; ++i) {
        HouseholdFilter tagged = scoped;
        tagged.villageId = village->currentData().toString();
        tagged.tag = tag->itemData(i).toString();
        if (HouseholdRepository(workspace.store.db()).count(tagged) == 0)
            unused = i;
    }
    REQUIRE(unused > 0);
    tag->setCurrentIndex(unused);
    CHECK_FALSE(empty->isHidden());
    CHECK(empty->text().startsWith(QStringLiteral("没有找到符合筛选条件的户")));
    CHECK(table->isHidden());
    tag->setCurrentIndex(0);
    CHECK(empty->isHidden());
    CHECK_FALSE(table->isHidden());
}

TEST_CASE("ID numbers stay masked for a role without the right - a reveal is audited", "[ui][privacy]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    const Account adviser = workspace.account("adviser");
    const Account officer = workspace.account("officer");
    HouseholdFilter scoped;
    scoped.scope = officer.scope;
    const QString householdId = HouseholdRepository(workspace.store.db()).list(scoped, {}, 1).rows.first().id;
    const Person head = PersonRepository(workspace.store.db()).members(householdId).first();
    const int idColumn = 4;

    HouseholdDialog forAdviser(workspace.store.db(), adviser, householdId);
    auto *members = forAdviser.findChild<QTableWidget *>(QStringLiteral("members"));
    REQUIRE(members);
    CHECK(members->item(0, idColumn)->text() == maskIdNumber(head.idNumber));
    CHECK(forAdviser.findChild<QPushButton *>(QStringLiteral("reveal"))->isHidden());

    HouseholdDialog forOfficer(workspace.store.db(), officer, householdId);
    forOfficer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&forOfficer));
    auto *table = forOfficer.findChild<QTableWidget *>(QStringLiteral("members"));
    auto *reveal = forOfficer.findChild<QPushButton *>(QStringLiteral("reveal"));
    CHECK(table->item(0, idColumn)->text() == maskIdNumber(head.idNumber));
    table->selectRow(0);
    REQUIRE(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(table->item(0, idColumn)->text() == head.idNumber);
    CHECK(AuditLog(workspace.store.db()).revealCount(QStringLiteral("persons"), head.id) == 2);
    screenshot(forOfficer, QStringLiteral("household"));
}

TEST_CASE("Locking hides the work until the same person's password is given", "[ui][auth]")
{
    DemoWorkspace workspace(11, 120);
    const Account officer = workspace.account("officer");
    MainWindow window(workspace.store.db(), officer, workspace.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // A household file left open is covered while locked, and still open afterwards.
    HouseholdFilter inScope;
    inScope.scope = officer.scope;
    HouseholdDialog file(workspace.store.db(), officer, HouseholdRepository(workspace.store.db()).list(inScope, {}, 1).rows.first().id);
    file.show();
    bool sawLocked = false;
    bool fileCovered = false;
    QTimer::singleShot(0, [&] {
        auto *unlock = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        REQUIRE(unlock);
        sawLocked =
            !window.centralWidget()->isVisible() && !window.menuBar()->isEnabled() && !window.statusBar()->isEnabled();
        const auto *cover = file.findChild<QWidget *>(QStringLiteral("lockCover"));
        fileCovered = cover && cover->isVisible() && cover->geometry() == file.rect();
        // Esc leaves the screen locked: only 退出连心 quits.
        QTest::keyClick(unlock, Qt::Key_Escape);
        CHECK(unlock->isVisible());
        CHECK(QApplication::activeModalWidget() == unlock);
        auto *username = unlock->findChild<QLineEdit *>(QStringLiteral("username"));
        CHECK(username->isReadOnly());
        CHECK(username->text() == QStringLiteral("officer"));
        auto *password = unlock->findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(password, QString::fromLatin1(kDemoPassword));
        QTest::keyClick(password, Qt::Key_Return);
    });
    window.lock();
    CHECK(sawLocked);
    CHECK(fileCovered);
    CHECK(window.centralWidget()->isVisible());
    CHECK(window.menuBar()->isEnabled());
    CHECK(file.isVisible());
    CHECK(file.findChild<QWidget *>(QStringLiteral("lockCover")) == nullptr);
}

TEST_CASE("Ctrl+L locks from a household file open over the window, modal or not", "[ui][auth]")
{
    DemoWorkspace workspace(11, 120);
    const Account officer = workspace.account("officer");
    MainWindow window(workspace.store.db(), officer, workspace.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HouseholdFilter inScope;
    inScope.scope = officer.scope;
    HouseholdDialog file(workspace.store.db(), officer, HouseholdRepository(workspace.store.db()).list(inScope, {}, 1).rows.first().id);
    file.setWindowModality(Qt::ApplicationModal);
    file.show();
    REQUIRE(QTest::qWaitForWindowExposed(&file));
    bool sawLocked = false;
    QTimer::singleShot(0, [&] {
        auto *unlock = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        REQUIRE(unlock);
        sawLocked = !window.centralWidget()->isVisible() && file.findChild<QWidget *>(QStringLiteral("lockCover"));
        auto *password = unlock->findChild<QLineEdit *>(QStringLiteral("password"));
        QTest::keyClicks(password, QString::fromLatin1(kDemoPassword));
        QTest::keyClick(password, Qt::Key_Return);
    });
    QTest::keyClick(file.focusWidget() ? file.focusWidget() : &file, Qt::Key_L, Qt::ControlModifier);
    CHECK(sawLocked);
    CHECK(window.centralWidget()->isVisible());
    CHECK(file.isVisible());
}

TEST_CASE("A masked ID number's holder shows a birth year, not the date that would give the digits back", "[ui][privacy]")
{
    DemoWorkspace workspace(11, 300);
    Chinese chinese;
    const Account officer = workspace.account("officer");
    HouseholdFilter scoped;
    scoped.scope = officer.scope;
    const QString householdId = HouseholdRepository(workspace.store.db()).list(scoped, {}, 1).rows.first().id;
    const Person head = PersonRepository(workspace.store.db()).members(householdId).first();
    REQUIRE(head.birthDate.isValid());
    const int bornColumn = 3;
    HouseholdDialog forAdviser(workspace.store.db(), workspace.account("adviser"), householdId);
    auto *members = forAdviser.findChild<QTableWidget *>(QStringLiteral("members"));
    CHECK(members->item(0, bornColumn)->text() == QStringLiteral("%1年").arg(head.birthDate.year()));
    // Revealed, the whole date shows with the whole number.
    HouseholdDialog forOfficer(workspace.store.db(), officer, householdId);
    forOfficer.show();
    auto *table = forOfficer.findChild<QTableWidget *>(QStringLiteral("members"));
    table->selectRow(0);
    QTest::mouseClick(forOfficer.findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    CHECK(table->item(0, bornColumn)->text() == formatDate(head.birthDate));
}

TEST_CASE("A read-only role is told why disputes and statistics are closed to it, not that they are unbuilt", "[ui]")
{
    DemoWorkspace workspace(11, 120);
    Chinese chinese;
    MainWindow window(workspace.store.db(), workspace.account("unithead"), workspace.settings);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const MainWindow::Area area : {MainWindow::Disputes, MainWindow::Statistics}) {
        window.showArea(area);
        QString why;
        for (const QLabel *label : window.findChildren<QLabel *>(QStringLiteral("why")))
            why += label->isVisible() ? label->text() : QString();
        INFO(why.toStdString());
        CHECK(why.contains(QStringLiteral("角色")));
        CHECK_FALSE(why.contains(QStringLiteral("尚未建成")));
    }
    screenshot(window, QStringLiteral("unit-head-statistics"));
}

TEST_CASE("Back up this computer: the passphrase is asked twice, the file opens with it", "[ui][backup]")
{
    DemoWorkspace workspace(9, 30);
    test::Chinese chinese;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("备份.lxbackup"));
    BackupDialog dialog(workspace.store.db().filePath(), workspace.settings.fileName());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.width() <= 1366);
    CHECK(dialog.height() <= 768);
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
    auto *passphrase = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeat"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("start"));
    path->setText(file);

    // Too short, then two different passphrases: each named, nothing written.
    passphrase->setText(QStringLiteral("short"));
    start->click();
    CHECK(message->text().contains(QStringLiteral("口令")));
    passphrase->setText(QStringLiteral("岳西县天堂镇备份"));
    repeat->setText(QStringLiteral("岳西县天堂镇备分"));
    start->click();
    CHECK(message->text().contains(QStringLiteral("不一致")));
    CHECK_FALSE(QFile::exists(file));

    repeat->setText(passphrase->text());
    test::onNextModal<QMessageBox>([](QMessageBox *done) { done->accept(); });
    start->click();
    REQUIRE(test::waitUntil([&] { return dialog.result() == QDialog::Accepted; }, 60000));
    QTemporaryDir restored;
    REQUIRE(
        device_backup::unpack(file, QStringLiteral("岳西县天堂镇备份"), restored.filePath(QStringLiteral("x"))).ok());
}

TEST_CASE("The daily backup goes into the settings' folder once a day, keeps the last few, and says when the "
          "folder is missing",
          "[ui][backup]")
{
    DemoWorkspace workspace(9, 30);
    QTemporaryDir usb;
    const QString folder = usb.filePath(QStringLiteral("lianxin"));
    workspace.settings.setBackupFolder(folder);
    workspace.settings.setBackupKeep(3);
    const auto recipient = device_backup::recipientFor(QStringLiteral("岳西县天堂镇备份"));
    REQUIRE(recipient.ok());
    workspace.settings.setBackupRecipient(*recipient);
    AutomaticBackup backup(workspace.store.db().filePath(), workspace.settings);
    QSignalSpy noted(&backup, &AutomaticBackup::noted);

    // The stick is not in: said, nothing made, tried again later.
    backup.checkNow();
    REQUIRE(noted.size() == 1);
    CHECK(noted.first().first().toString().contains(QDir::toNativeSeparators(folder)));
    CHECK_FALSE(workspace.settings.lastAutomaticBackup().isValid());

    // It is in, with older automatic backups and one made by hand.
    REQUIRE(QDir().mkpath(folder));
    for (const char *name :
         {"lianxin-auto-20261101.lxbackup", "lianxin-auto-20261102.lxbackup", "lianxin-auto-20261103.lxbackup",
          "lianxin-auto-20261104.lxbackup", "lianxin-by-hand.lxbackup"}) {
        QFile old(QDir(folder).filePath(QString::fromLatin1(name)));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }
    backup.checkNow();
    REQUIRE(test::waitUntil([&] { return noted.size() == 2; }, 60000));
    const QString today = device_backup::automaticName(chinaToday(SystemClock()));
    CHECK(QDir(folder).entryList(QDir::Files, QDir::Name) ==
          QStringList{QStringLiteral("lianxin-auto-20261103.lxbackup"),
                      QStringLiteral("lianxin-auto-20261104.lxbackup"), today,
                      QStringLiteral("lianxin-by-hand.lxbackup")});
    QTemporaryDir opened;
    CHECK(device_backup::unpack(QDir(folder).filePath(today), QStringLiteral("岳西县天堂镇备份"),
                                opened.filePath(QStringLiteral("x")))
              .ok());

    // Once a day.
    backup.checkNow();
    CHECK_FALSE(backup.isRunning());
    CHECK(noted.size() == 2);
}

TEST_CASE("Saving the settings keeps the county server the workspace syncs with", "[ui][settings]")
{
    // Named with --server (the workspace's), not in the settings file; an officer may not change it.
    DemoWorkspace workspace(9, 30);
    REQUIRE(workspace.store.db()
                .setMetaValue(QStringLiteral("sync_server_url"), QStringLiteral("http://127.0.0.1:1"))
                .ok());
    MainWindow window(workspace.store.db(), workspace.account("officer"), workspace.settings);
    window.show();
    test::onNextModal<SettingsDialog>([](SettingsDialog *dialog) { dialog->accept(); });
    window.showSettings();
    CHECK(workspace.store.db().metaValue(QStringLiteral("sync_server_url")) == QStringLiteral("http://127.0.0.1:1"));

    // An administrator who types a new one moves the workspace to it.
    MainWindow admin(workspace.store.db(), workspace.account("admin"), workspace.settings);
    admin.show();
    test::onNextModal<SettingsDialog>([](SettingsDialog *dialog) {
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("server_url"));
        server->setText(QStringLiteral("http://127.0.0.1:2"));
        dialog->accept();
    });
    admin.showSettings();
    CHECK(workspace.store.db().metaValue(QStringLiteral("sync_server_url")) == QStringLiteral("http://127.0.0.1:2"));
}
