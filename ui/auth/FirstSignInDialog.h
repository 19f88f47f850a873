#pragma once

#include "core/auth/Account.h"
#include "core/auth/Authenticator.h"
#include "core/common/Result.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lianxin {

class Database;
class SyncController;
struct SyncProgress;
struct SyncReport;

// Online sign-in: the first screen of a computer no one has signed in on yet, and the way in for a colleague
// whose account is not on the computer (a wider area than the first person's, say). The person signs in to
// the county server, the device downloads that person's scope (with progress, cancellable: what came stays
// and the next attempt goes on from there), and the person is signed in. Accounts within that scope came
// with the download and sign in offline from then on.
class FirstSignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `username`: the name typed on the sign-in dialog by a colleague whose account is not on this computer yet.
    // `knownServer`: the county server the settings name, proposed when the workspace names none yet.
    FirstSignInDialog(Database &database, QString storePath, const QString &username = {},
                      const QString &knownServer = {}, QWidget *parent = nullptr);
    ~FirstSignInDialog() override;

    const Account &account() const { return m_account; }
    QString password() const;
    // For a person who signed in offline with a password an administrator set: signs in with the county
    // server at once with it, to choose a new one there (ChangePasswordDialog), then goes on.
    void changePasswordFirst(const QString &password);

    void reject() override;

private:
    void attempt();
    void progressed(const SyncProgress &progress);
    void downloaded(bool ok, const Error &error, const SyncReport &report);
    // The server refused to go on until the person chooses a password of their own.
    void choosePassword();
    void verified(bool passwordVerified);
    void setBusy(bool busy);
    void showError(const QString &message, QWidget *field);

    Database &m_database;
    QString m_storePath;
    Account m_account;
    QLabel *m_heading;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QString m_quitText; // Quit on a computer no one has signed in on yet, else Cancel (back to the sign-in)
    std::unique_ptr<SyncController> m_sync;
    QFutureWatcher<bool> *m_verification;
    std::optional<Authenticator::Challenge> m_challenge;
};

} // namespace lianxin
