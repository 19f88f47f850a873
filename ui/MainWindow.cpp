#include "ui/MainWindow.h"
#include "ui/shell/AutomaticBackup.h"
#include "ui/shell/BackupDialog.h"

#include "core/register/Vocabulary.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "core/sync/SyncProblems.h"
#include "ui/Format.h"
#include "ui/Settings.h"
#include "ui/auth/IdleWatcher.h"
#include "ui/auth/LockShortcut.h"
#include "ui/auth/SignInDialog.h"
#include "ui/forms/Ask.h"
#include "ui/import/RosterImportDialog.h"
#include "ui/mediation/DisputesPage.h"
#include "ui/mediation/MediationReportPage.h"
#include "ui/points/PointsPage.h"
#include "ui/register/HouseholdDialog.h"
#include "ui/register/RegisterPage.h"
#include "ui/search/GlobalSearchDialog.h"
#include "ui/service/ServicePage.h"
#include "ui/shell/AreaNoticePage.h"
#include "ui/shell/OverviewPage.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/staff/StaffDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncProblemsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace lianxin {

namespace {
} // namespace

MainWindow::MainWindow(Database &database, const Account &account, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_account(account), m_settings(settings),
      m_navigation(new QListWidget), m_pages(new QStackedWidget), m_overview(new OverviewPage(database, account)),
      m_register(new RegisterPage(database, account, settings)), m_user(new QLabel), m_connection(new QLabel),
      m_lastSync(new QLabel), m_pending(new QLabel), m_idle(new IdleWatcher(std::chrono::minutes(settings.idleLockMinutes()), this))
{
    setWindowTitle(tr("Lianxin"));
    addArea(tr("Overview"), m_overview);
    // A department's device holds only the requests routed to it (docs/SERVICE.md): no register, no points.
    const bool register_ = account.permissions().seeRegister;
    const QString departmentOnly =
        tr("Your role works with the requests routed to its department (Visits and service); "
           "the register is not on this device.");
    if (register_) {
        addArea(tr("Household register"), m_register);
    } else {
        addArea(tr("Household register"), new AreaNoticePage(tr("Household register"), departmentOnly));
        m_register->setParent(this);
        m_register->hide();
    }
    if (account.permissions().seeDisputes)
        addArea(tr("Disputes"), m_disputes = new DisputesPage(database, account));
    else
        addArea(tr("Disputes"), new AreaNoticePage(tr("Disputes"), tr("Your role does not work with dispute cases, so they are not shown to it.")));
    m_points = new PointsPage(database, account);
    if (register_) {
        addArea(tr("Moral-evaluation points"), m_points);
    } else {
        addArea(tr("Moral-evaluation points"), new AreaNoticePage(tr("Moral-evaluation points"), departmentOnly));
        m_points->setParent(this);
        m_points->hide();
    }
    addArea(tr("Visits and service"), new ServicePage(database, account));
    if (account.permissions().seeDisputes)
        addArea(tr("Statistics"), new MediationReportPage(database, account));
    else
        addArea(tr("Statistics"), new AreaNoticePage(tr("Statistics"), tr("The statistics count dispute cases, which your role does not work with.")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row == Overview)
            m_overview->refresh();
    });
    connect(m_register, &RegisterPage::householdActivated, this, &MainWindow::openHousehold);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu *menu = menuBar()->addMenu(tr("&Lianxin"));
    QAction *search = menu->addAction(tr("&Search the register…"), this, &MainWindow::showSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *sync = menu->addAction(tr("S&ync now"), this, &MainWindow::syncNow);
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    menu->addAction(tr("Sync &problems…"), this, &MainWindow::showSyncProblems);
    if (account.permissions().editRegister && account.permissions().seeRegister) {
        menu->addAction(tr("&Import a roster…"), this, [this] {
            RosterImportDialog dialog(m_database, m_account, this);
            connect(&dialog, &RosterImportDialog::imported, this, [this] {
                m_register->reload();
                refreshStatus();
            });
            dialog.exec();
        });
    }
    if (account.permissions().administerStaff) {
        QAction *staff = menu->addAction(tr("Staff and &accounts…"), this, &MainWindow::showStaff);
        staff->setObjectName(QStringLiteral("staffAction"));
    }
    menu->addAction(tr("&Back up this computer…"), this,
                    [this] { BackupDialog(m_database.filePath(), m_settings.fileName(), this).exec(); });
    QAction *lockAction = menu->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    menu->addAction(tr("S&witch user…"), this, &MainWindow::switchUser);
    QAction *preferences = menu->addAction(tr("S&ettings…"), this, &MainWindow::showSettings);
    preferences->setMenuRole(QAction::PreferencesRole);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int area = Overview; area <= Statistics; ++area) {
        QAction *action = go->addAction(m_navigation->item(area)->text(), this, [this, area] { showArea(Area(area)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
    }

    m_user->setText(tr("Signed in: %1 (%2)")
                        .arg(account.displayName, vocabulary::label(vocabulary::memberRoles(), account.role)));
    m_connection->setObjectName(QStringLiteral("connection"));
    m_pending->setObjectName(QStringLiteral("pending"));
    for (QLabel *label : {m_user, m_connection, m_lastSync, m_pending})
        statusBar()->addPermanentWidget(label);
    auto *syncButton = new QToolButton;
    syncButton->setObjectName(QStringLiteral("syncNow"));
    syncButton->setDefaultAction(sync);
    syncButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(syncButton);
    // The daily backup to the settings' folder, a minute after start (not in the way of signing in) and hourly.
    m_backup = new AutomaticBackup(m_database.filePath(), m_settings, this);
    connect(m_backup, &AutomaticBackup::noted, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    QTimer::singleShot(60 * 1000, m_backup, &AutomaticBackup::checkNow);
    // The status bar follows the store: every change logged here (and every sync's end) refreshes it once
    // the work at hand is done, instead of a timer reading the store every few seconds.
    m_database.setChangeObserver([this] {
        if (!std::exchange(m_statusDue, true))
            QMetaObject::invokeMethod(
                this, [this] { refreshStatus(); }, Qt::QueuedConnection);
    });
    refreshStatus();

    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    // The menu's Ctrl+L reaches only this window; these keys lock from a household file or form as well.
    connect(new LockShortcut(lockAction->shortcut(), this), &LockShortcut::triggered, this, &MainWindow::lock);
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 720);
    showArea(Overview);
}

MainWindow::~MainWindow()
{
    m_database.setChangeObserver({});
    m_settings.setWindowGeometry(saveGeometry());
}

void MainWindow::addArea(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::showArea(Area area)
{
    if (area == Overview && currentArea() == Overview)
        m_overview->refresh();
    m_navigation->setCurrentRow(area);
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_navigation->currentRow());
}

void MainWindow::openHousehold(const QString &householdId)
{
    // A department account works with what its requests carry, never the register (even on a shared PC).
    if (householdId.isEmpty() || !m_account.permissions().seeRegister)
        return;
    HouseholdDialog dialog(m_database, m_account, householdId, this);
    if (dialog.isValid())
        dialog.exec();
    if (dialog.changedRegister())
        m_register->reload();
    if (dialog.wantsPointsAccount()) {
        showArea(Points);
        m_points->showHousehold(householdId);
    } else if (!dialog.caseToOpen().isEmpty() && m_disputes) {
        showArea(Disputes);
        m_disputes->openCase(dialog.caseToOpen());
    }
    refreshStatus();
}

void MainWindow::showSearch()
{
    if (!m_account.permissions().seeRegister)
        return;
    GlobalSearchDialog dialog(m_database, m_account, this);
    if (dialog.exec() == QDialog::Accepted) {
        showArea(Register);
        openHousehold(dialog.chosenHouseholdId());
    }
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->pause();
    centralWidget()->hide();
    // Greyed, so that nothing looks usable behind the unlock dialog.
    menuBar()->setEnabled(false);
    statusBar()->setEnabled(false);
    // Other open windows (a household file, a form) are covered, not closed: their work is kept.
    QList<QPointer<QWidget>> covers;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        auto *cover = new QWidget(window);
        cover->setObjectName(QStringLiteral("lockCover"));
        cover->setAutoFillBackground(true);
        cover->setGeometry(window->rect());
        cover->show();
        cover->raise();
        covers.append(cover);
    }
    SignInDialog unlock(m_database, SignInDialog::Mode::Unlock, m_account.username, this);
    const int answer = unlock.exec();
    // A password an administrator reset meanwhile is replaced at the sign-in that follows.
    if (answer == SignInDialog::kSwitchUser || answer == SignInDialog::kPasswordChange)
        return switchUser();
    if (answer != QDialog::Accepted) {
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    for (const QPointer<QWidget> &cover : std::as_const(covers))
        delete cover.data();
    centralWidget()->show();
    menuBar()->setEnabled(true);
    statusBar()->setEnabled(true);
    m_locked = false;
    m_idle->resume();
}

void MainWindow::showSyncProblems()
{
    SyncProblemsDialog dialog(m_database, m_account, this);
    const int answer = dialog.exec();
    m_register->reload();
    refreshStatus();
    if (answer != SyncProblemsDialog::kOpenRecord)
        return;
    if (!dialog.disputeToOpen().isEmpty() && m_disputes) {
        showArea(Disputes);
        m_disputes->openCase(dialog.disputeToOpen());
    } else if (!dialog.householdToOpen().isEmpty()) {
        showArea(Register);
        openHousehold(dialog.householdToOpen());
    }
}

void MainWindow::switchUser()
{
    m_mayClose = true;
    emit switchUserRequested();
}

bool MainWindow::mayQuit(const QString &syncFailure)
{
    refreshStatus();
    const int problems = SyncProblems(m_database).count();
    if (m_pendingCount == 0 && problems == 0)
        return true;
    QStringList what;
    if (!syncFailure.isEmpty())
        what.append(syncFailure);
    if (m_pendingCount > 0)
        what.append(tr("%n change(s) made on this device are not on the county server yet.", nullptr, m_pendingCount));
    if (problems > 0)
        what.append(tr("%n sync problem(s) wait for review in Lianxin → Sync problems.", nullptr, problems));
    what.append(m_sync ? tr("They are kept on this device and go up at the next sync. Sync now, then quit?")
                       : tr("They are kept on this device and go up when a county server is set and reachable."));
    const auto buttons = m_sync ? QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel
                                : QMessageBox::Discard | QMessageBox::Cancel;
    const auto answer = ask::question(this, tr("Quit with changes not synced?"), what.join(QLatin1Char('\n')), buttons,
                                      QMessageBox::Cancel,
                                      {{QMessageBox::Yes, tr("&Sync, then quit")}, {QMessageBox::Discard, tr("&Quit now")}});
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Yes) {
        m_quitAfterSync = true;
        m_sync->syncNow();
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_mayClose || mayQuit()) {
        event->accept();
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    event->ignore();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, serverUrl(), m_account.permissions().administerDevice,
                          QFileInfo(m_database.filePath()).absolutePath(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idle->setTimeout(std::chrono::minutes(m_settings.idleLockMinutes()));
    // The workspace follows a server changed here (the field as saved, not the settings file, which lacks
    // a server named with --server); sync starts again against it.
    const QString server = dialog.server();
    if (server != serverUrl()) {
        (void)m_database.setMetaValue(QStringLiteral("sync_server_url"), server);
        delete m_sync;
        m_sync = nullptr;
        startSync({});
    }
    refreshStatus();
}

void MainWindow::showStaff()
{
    if (!m_account.permissions().administerStaff)
        return;
    StaffDialog dialog(m_database, m_account, serverUrl(), this);
    // What the server took reaches this computer at the sync that follows.
    connect(&dialog, &StaffDialog::changedOnServer, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    dialog.exec();
}

QString MainWindow::serverUrl() const
{
    const QString workspace = m_database.metaValue(QStringLiteral("sync_server_url"));
    return workspace.isEmpty() ? m_settings.serverUrl().toString() : workspace;
}

void MainWindow::startSync(const QString &password)
{
    const QString server = serverUrl();
    if (server.isEmpty() || m_sync)
        return;
    m_sync = new SyncController(m_database.filePath(), server, this);
    m_sync->setCredentials(m_account.username, password);
    connect(m_sync, &SyncController::started, this, [this] {
        m_syncState = tr("Syncing…");
        refreshStatus();
    });
    connect(m_sync, &SyncController::progressed, this, &MainWindow::showSyncProgress);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    m_sync->syncNow();
}

void MainWindow::syncNow()
{
    if (!m_sync) {
        m_syncState = tr("No county server is set: enter its address in Settings.");
        refreshStatus();
        return;
    }
    m_sync->syncNow();
}

void MainWindow::showSyncProgress(const SyncProgress &progress)
{
    const QString kind = progress.table.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(dataKindLabel(progress.table));
    m_syncState = progress.phase == SyncProgress::Phase::Pushing
                      ? tr("Sending changes: %n row(s)", nullptr, int(progress.rows)) + kind
                      : tr("Receiving: %1 rows, page %2", nullptr).arg(QLocale().toString(progress.rows)).arg(progress.pages) + kind;
    m_connection->setText(m_syncState);
}

void MainWindow::syncFinished(bool ok, const Error &error, const SyncReport &report)
{
    if (ok) {
        m_syncState = report.rejected > 0 ? tr("Online: the server refused %n change(s)", nullptr, report.rejected)
                                          : tr("Online");
        if (qAbs(report.clockSkewSeconds) > 300)
            m_syncState += QLatin1Char(' ') + tr("(this computer's clock is %n minute(s) off)", nullptr,
                                                 int(qAbs(report.clockSkewSeconds) / 60));
        // What the sync brought, for a while: a person waiting for a colleague's records sees them arrive.
        const int sent = report.accepted + report.merged;
        if (sent > 0 || report.pulledRows > 0)
            statusBar()->showMessage(
                tr("Synced: %1 sent, %2 received.")
                    .arg(tr("%n change(s)", nullptr, sent), tr("%n record(s)", nullptr, int(report.pulledRows))),
                60000);
        if (report.pulledRows > 0) {
            m_register->reload();
            if (m_disputes)
                m_disputes->reload();
            m_points->reload();
        }
    } else {
        m_syncState = error.message;
    }
    QStringList notes;
    if (ok && !report.waitingFor.isEmpty())
        notes.append(tr("Changes of %1 wait until they sign in here with a network connection.")
                         .arg(report.waitingFor.join(QStringLiteral("、"))));
    if (ok && !report.numbersRefused.isEmpty())
        notes.append(tr("The county server gave no case numbers (%1): new cases keep provisional numbers.")
                         .arg(report.numbersRefused));
    m_syncNotes = notes.join(QLatin1Char(' '));
    // The overview counts what is not synced yet: it is read again once the sync has sent it.
    if (currentArea() == Overview)
        m_overview->refresh();
    m_connection->setToolTip(m_syncNotes);
    refreshStatus();
    if (m_quitAfterSync) {
        m_quitAfterSync = false;
        // Quits once everything went up; otherwise the person sees why and decides again.
        if (ok && report.rejected == 0 && ChangeLog(m_database).pendingRowCount() == 0) {
            m_mayClose = true;
            close();
        } else if (mayQuit(ok ? QString()
                           : error.field == QLatin1String(sync_failure::kOffline)
                               ? tr("The sync did not complete: the county server cannot be reached.")
                               : tr("The sync did not complete: %1").arg(error.message))) {
            m_mayClose = true;
            close();
        }
    }
}

void MainWindow::refreshStatus()
{
    m_statusDue = false;
    if (!m_sync)
        m_connection->setText(serverUrl().isEmpty() ? tr("Offline: no county server set")
                                                    : m_syncState.isEmpty() ? tr("Offline") : m_syncState);
    else
        m_connection->setText(m_syncNotes.isEmpty() ? m_syncState : m_syncState + QStringLiteral(" · ") + m_syncNotes);
    const QString lastSync = m_database.metaValue(QStringLiteral("last_sync_at"));
    m_lastSync->setText(lastSync.isEmpty()
                            ? tr("Last sync: never")
                            : tr("Last sync: %1").arg(formatDateTime(QDateTime::fromString(lastSync, Qt::ISODateWithMs))));
    const ChangeLog changeLog(m_database);
    if (const auto version = changeLog.version(); version != m_countedAt) {
        // A local edit since the last look: colleagues should see it soon.
        if (m_sync && m_countedAt.first >= 0 && version.second > m_countedAt.second)
            m_sync->noteLocalChange();
        m_countedAt = version;
        m_pendingCount = changeLog.pendingRowCount();
    }
    QString pending = tr("%n change(s) not yet synced", nullptr, m_pendingCount);
    if (const int problems = SyncProblems(m_database).count(); problems > 0)
        pending += tr(", %n to review in Sync problems", nullptr, problems);
    m_pending->setText(pending);
}

} // namespace lianxin
