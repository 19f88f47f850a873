#pragma once

#include "ServerFixture.h"

#include "core/auth/Account.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Modal.h"
#include "tests/support/Wait.h"

#include <QApplication>
#include <QTimer>

#include <functional>
#include <memory>

namespace lianxin {
class MainWindow;
}

namespace lianxin::journey {

// The world of one journey (../shared/JOURNEYS.md): a demo township with its accounts, cases and points,
// a real county server process holding the same records, one PC's workspace syncing with it, and the
// zh_CN interface. Every window shown during the journey is watched for its size.
struct World
{
    ServerProcess server;
    test::DemoWorkspace workspace;
    test::Chinese chinese;

    // `neighbour`: a smaller second township beside the demo's, as `lianxin --make-demo` makes it, so that
    // every account below the county has records outside its scope on the device.
    explicit World(int households = 240, bool neighbour = false);
    ~World();
    Database &db() { return workspace.store.db(); }

    struct SignedIn
    {
        Account account;
        QString password;
    };
    // Signs in through the real sign-in dialog: the name, Return, the password, Return.
    SignedIn signIn(const QString &username);
    // The main window for a person, shown, syncing with the server; waits for its first sync to succeed.
    std::unique_ptr<MainWindow> openWindow(const SignedIn &person);
    // Waits for the window's sync in flight (or the next one) to finish; true when it succeeded.
    bool waitForSync(MainWindow &window, int timeoutMs = 60000);

    // Who the server recorded as the last to change a row (its account id), empty when it lacks the row.
    QString serverAuthor(const QString &table, const QString &rowId);
    // The checks every journey ends with: no sync problems and nothing unsynced on the device, and no
    // window larger than 1366×768 was shown.
    void checkEnd();

private:
    struct SizeWatch;
    std::unique_ptr<SizeWatch> m_sizes;
};

using test::onNextModal;

// The first column of the first row a query answers, as text (empty when it answers no row).
QString scalar(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace lianxin::journey
