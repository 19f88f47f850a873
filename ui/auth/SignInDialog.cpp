#include "ui/auth/SignInDialog.h"

#include "core/auth/PasswordHash.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lianxin {

SignInDialog::SignInDialog(Database &database, Mode mode, const QString &username, QWidget *parent)
    : QDialog(parent), m_database(database), m_username(new QLineEdit(username)), m_password(new QLineEdit),
      m_message(new QLabel), m_signIn(nullptr), m_waitTimer(new QTimer(this)),
      m_verification(new QFutureWatcher<bool>(this)), m_mode(mode)
{
    setWindowTitle(mode == Mode::Unlock ? tr("Lianxin is locked") : tr("Sign in to Lianxin"));
    auto *heading = new QLabel(mode == Mode::Unlock ? tr("Enter your password to go on working.")
                                                    : tr("Sign in with the account of this device."));
    heading->setWordWrap(true);
    m_username->setReadOnly(mode == Mode::Unlock);
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_message);

    // Return is handled by the two fields (below); no button may also fire on it.
    m_signIn = new QPushButton(mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign in"));
    auto *cancel = new QPushButton(mode == Mode::Unlock ? tr("&Quit Lianxin") : tr("&Quit"));
    auto *buttons = new QHBoxLayout;
    if (mode == Mode::Unlock) {
        auto *switchUser = new QPushButton(tr("S&witch user"));
        switchUser->setObjectName(QStringLiteral("switchUser"));
        switchUser->setAutoDefault(false);
        switchUser->setToolTip(tr("Another person signs in; the work of the person signed in now stays on this device "
                                  "and syncs under that person's account."));
        connect(switchUser, &QPushButton::clicked, this, [this] { done(kSwitchUser); });
        buttons->addWidget(switchUser);
    }
    if (mode == Mode::SignIn) {
        // An account not on this computer yet (its area is not here) signs in with the server.
        auto *online = new QPushButton(tr("Sign in &online…"));
        online->setObjectName(QStringLiteral("online"));
        online->setAutoDefault(false);
        online->setToolTip(tr("For an account that has not signed in on this computer yet: sign in with the county "
                              "server and download its area."));
        connect(online, &QPushButton::clicked, this, [this] { done(kOnline); });
        buttons->addWidget(online);
    }
    buttons->addStretch();
    for (QPushButton *button : {m_signIn, cancel}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setMinimumWidth(380);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attempt);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_quitChosen = true;
        reject();
    });
    connect(m_username, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::attempt);
    connect(m_waitTimer, &QTimer::timeout, this, &SignInDialog::updateWait);
    connect(m_verification, &QFutureWatcher<bool>::finished, this,
            [this] { verified(m_verification->result()); });
    m_waitTimer->setInterval(1000);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void SignInDialog::reject()
{
    if (m_mode == Mode::Unlock && !m_quitChosen)
        return;
    QDialog::reject();
}

void SignInDialog::attempt()
{
    if (m_verification->isRunning())
        return;
    // An empty password is a slip of the Return key, not an attempt: it is not counted.
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your password."));
        m_message->show();
        m_password->setFocus();
        return;
    }
    const auto challenge = Authenticator(m_database).begin(m_username->text());
    if (!challenge) {
        m_message->setText(challenge.error().message);
        m_message->show();
        updateWait();
        return;
    }
    // Checking the password takes a tenth of a second or more (argon2id, by design): off the UI thread.
    m_challenge = *challenge;
    setBusy(true);
    m_verification->setFuture(QtConcurrent::run(
        [verifier = challenge->verifier, password = m_password->text()] { return password_hash::verify(verifier, password); }));
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password),
                            static_cast<QWidget *>(m_signIn)})
        widget->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SignInDialog::verified(bool passwordVerified)
{
    setBusy(false);
    const auto result = Authenticator(m_database).finish(*m_challenge, passwordVerified);
    m_challenge.reset();
    if (result) {
        m_account = *result;
        if (m_account.mustChangePassword)
            done(kPasswordChange);
        else
            accept();
        return;
    }
    // Names are not probed offline: an account not on this computer fails like a wrong password, so say
    // where such an account signs in.
    m_message->setText(m_mode == Mode::SignIn
                           ? result.error().message + QLatin1Char('\n') +
                                 tr("An account that has not signed in on this computer yet: Sign in online.")
                           : result.error().message);
    m_message->show();
    m_password->selectAll();
    m_password->setFocus();
    updateWait();
}

void SignInDialog::updateWait()
{
    const int wait = Authenticator(m_database).waitSeconds(m_username->text());
    m_signIn->setEnabled(wait == 0);
    if (wait > 0) {
        m_message->setText(tr("Too many wrong passwords. Try again in %n second(s).", nullptr, wait));
        m_message->show();
        m_waitTimer->start();
    } else {
        m_waitTimer->stop();
    }
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

QString SignInDialog::password() const
{
    return result() == QDialog::Accepted || result() == kPasswordChange ? m_password->text() : QString();
}

} // namespace lianxin
