#include "ui/MainWindow.h"

#include "core/register/Vocabulary.h"
#include "core/storage/ChangeLog.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/Settings.h"
#include "ui/auth/IdleWatcher.h"
#include "ui/auth/SignInDialog.h"
#include "ui/register/HouseholdDialog.h"
#include "ui/register/RegisterPage.h"
#include "ui/search/GlobalSearchDialog.h"
#include "ui/shell/NotBuiltPage.h"
#include "ui/shell/OverviewPage.h"
#include "ui/shell/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace lianxin {

namespace {
constexpr int kStatusRefreshMs = 5000;
} // namespace

MainWindow::MainWindow(Database &database, const Account &account, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_account(account), m_settings(settings),
      m_navigation(new QListWidget), m_pages(new QStackedWidget), m_overview(new OverviewPage(database, account)),
      m_register(new RegisterPage(database, account, settings)), m_user(new QLabel), m_connection(new QLabel),
      m_lastSync(new QLabel), m_pending(new QLabel), m_idle(new IdleWatcher(std::chrono::minutes(settings.idleLockMinutes()), this))
{
    setWindowTitle(tr("Lianxin"));
    addArea(tr("Overview"), m_overview);
    addArea(tr("Household register"), m_register);
    addArea(tr("Disputes"), new NotBuiltPage(tr("Disputes"), tr("It comes with dispute mediation.")));
    addArea(tr("Moral-evaluation points"),
            new NotBuiltPage(tr("Moral-evaluation points"), tr("It comes with the points scheme.")));
    addArea(tr("Visits and service"),
            new NotBuiltPage(tr("Visits and service"), tr("It comes with household visits and service requests.")));
    addArea(tr("Statistics"), new NotBuiltPage(tr("Statistics"), tr("It comes with the statistics and reports.")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_register, &RegisterPage::householdActivated, this, &MainWindow::openHousehold);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu *menu = menuBar()->addMenu(tr("&Lianxin"));
    QAction *search = menu->addAction(tr("&Search the register…"), this, &MainWindow::showSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *lockAction = menu->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *preferences = menu->addAction(tr("S&ettings…"), this, [this] {
        SettingsDialog dialog(m_settings, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_idle->setTimeout(std::chrono::minutes(m_settings.idleLockMinutes()));
            refreshStatus();
        }
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int area = Overview; area <= Statistics; ++area) {
        QAction *action = go->addAction(m_navigation->item(area)->text(), this, [this, area] { showArea(Area(area)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
    }

    m_user->setText(tr("Signed in: %1 (%2)")
                        .arg(account.displayName, vocabulary::label(vocabulary::memberRoles(), account.role)));
    for (QLabel *label : {m_user, m_connection, m_lastSync, m_pending})
        statusBar()->addPermanentWidget(label);
    auto *refresh = new QTimer(this);
    connect(refresh, &QTimer::timeout, this, &MainWindow::refreshStatus);
    refresh->start(kStatusRefreshMs);
    refreshStatus();

    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 720);
    showArea(Register);
}

MainWindow::~MainWindow()
{
    m_settings.setWindowGeometry(saveGeometry());
}

void MainWindow::addArea(const QString &title, QWidget *page)
{
    m_navigation->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area);
    if (area == Overview)
        m_overview->refresh();
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(m_navigation->currentRow());
}

void MainWindow::openHousehold(const QString &householdId)
{
    if (householdId.isEmpty())
        return;
    HouseholdDialog dialog(m_database, m_account, householdId, this);
    if (dialog.isValid())
        dialog.exec();
    if (dialog.changedRegister())
        m_register->reload();
    refreshStatus();
}

void MainWindow::showSearch()
{
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
    if (unlock.exec() != QDialog::Accepted) {
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    for (const QPointer<QWidget> &cover : std::as_const(covers))
        delete cover.data();
    centralWidget()->show();
    m_locked = false;
    m_idle->resume();
}

void MainWindow::refreshStatus()
{
    const QString server = m_settings.serverUrl().toString();
    m_connection->setText(server.isEmpty() ? tr("Offline: no county server set") : tr("Offline"));
    const QString lastSync = m_database.metaValue(QStringLiteral("last_sync_at"));
    m_lastSync->setText(lastSync.isEmpty()
                            ? tr("Last sync: never")
                            : tr("Last sync: %1").arg(formatDateTime(QDateTime::fromString(lastSync, Qt::ISODateWithMs))));
    const ChangeLog changeLog(m_database);
    if (const auto version = changeLog.version(); version != m_countedAt) {
        m_countedAt = version;
        m_pendingCount = changeLog.pendingRowCount();
    }
    m_pending->setText(tr("%n change(s) not yet synced", nullptr, m_pendingCount));
}

} // namespace lianxin
