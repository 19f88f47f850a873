#pragma once

#include "core/auth/Account.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace lianxin {

class Database;
class IdleWatcher;
class OverviewPage;
class RegisterPage;
class DisputesPage;
class PointsPage;
class Settings;
class AutomaticBackup;
class SyncController;
struct Error;
struct SyncProgress;
struct SyncReport;

// The shell: the areas of work on the left, the current one on the right, and a status bar with who is
// signed in, the connection, the last sync and the changes not yet synced. Ctrl+F searches the register;
// Ctrl+L locks, as does the idle time of the settings; Ctrl+S syncs now.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area { Overview, Register, Disputes, Points, Visits, Statistics };

    MainWindow(Database &database, const Account &account, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;
    void openHousehold(const QString &householdId);
    void showSearch();
    // Hides the work behind the unlock dialog; quits, or lets another person sign in, when the person
    // chooses to.
    void lock();
    // Ends this person's session in the window (switchUserRequested) so that another person signs in; the
    // changes made stay on the device and sync under their author.
    void switchUser();
    // Asks first when changes are not on the county server yet; true when the window may close.
    // `syncFailure` says why the sync the person chose before quitting did not send everything.
    bool mayQuit(const QString &syncFailure = {});
    void refreshStatus();
    // Starts background sync when a county server is set (the workspace's, else the settings'), signing in
    // to it with the password just entered if this device holds no token yet.
    void startSync(const QString &password);
    void syncNow();
    // Conflicts and refused changes; a refused change's record opens from there.
    void showSyncProblems();
    // The settings dialog; a county server changed there becomes the workspace's.
    void showSettings();
    // Staff and accounts (township and county administrators): online, on the county server.
    void showStaff();
    SyncController *syncController() const { return m_sync; }

signals:
    // The person chose Switch user: main() closes this window and another person signs in.
    void switchUserRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(const QString &title, QWidget *page);
    QString serverUrl() const;
    void showSyncProgress(const SyncProgress &progress);
    void syncFinished(bool ok, const Error &error, const SyncReport &report);

    Database &m_database;
    Account m_account;
    Settings &m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    RegisterPage *m_register;
    DisputesPage *m_disputes = nullptr; // only for roles that see dispute cases
    PointsPage *m_points = nullptr;
    QLabel *m_user;
    QLabel *m_connection;
    QLabel *m_lastSync;
    QLabel *m_pending;
    IdleWatcher *m_idle;
    bool m_locked = false;
    // The pending count and the change-log version it was counted at (counting reads the whole log).
    std::pair<qint64, qint64> m_countedAt{-1, -1};
    int m_pendingCount = 0;
    SyncController *m_sync = nullptr;
    AutomaticBackup *m_backup = nullptr;
    QString m_syncState; // the last sync's outcome, for the connection label
    QString m_syncNotes; // what the last sync could not do (people whose changes wait, case numbers refused)
    bool m_quitAfterSync = false;
    bool m_statusDue = false; // a refresh of the status bar is queued
    bool m_mayClose = false;
};

} // namespace lianxin
