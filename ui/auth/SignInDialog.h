#pragma once

#include "core/auth/Account.h"
#include "core/auth/Authenticator.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace lianxin {

class Database;

// Offline sign-in. In lock mode the user name is fixed: only the signed-in person can unlock, and another
// person chooses Switch user (exec() answers kSwitchUser) to sign in in turn. A wrong password shows the
// reason under the field; while the store asks to wait, the button counts down.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock };
    static constexpr int kSwitchUser = 2;
    static constexpr int kOnline = 3; // Sign in online: the account is not on this computer yet
    // The password was right but an administrator set it: the person chooses a new one with the county
    // server (FirstSignInDialog::changePasswordFirst) before going on.
    static constexpr int kPasswordChange = 4;

    SignInDialog(Database &database, Mode mode, const QString &username, QWidget *parent = nullptr);

    const Account &account() const { return m_account; }
    QString username() const;
    // The password that signed in, for signing in to the county server once (SyncController), or the one
    // to replace (kPasswordChange).
    QString password() const;

    // On the lock screen Esc and the window's close button leave the screen locked: only Quit Lianxin quits.
    void reject() override;

private:
    void attempt();
    void verified(bool passwordVerified);
    void setBusy(bool busy);
    void updateWait();

    Database &m_database;
    Account m_account;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    QTimer *m_waitTimer;
    QFutureWatcher<bool> *m_verification;
    std::optional<Authenticator::Challenge> m_challenge;
    Mode m_mode;
    bool m_quitChosen = false;
};

} // namespace lianxin
