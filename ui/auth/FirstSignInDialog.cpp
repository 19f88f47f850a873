#include "ui/auth/FirstSignInDialog.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/PasswordHash.h"
#include "core/storage/Database.h"
#include "core/sync/SyncSessions.h"
#include "ui/auth/ChangePasswordDialog.h"
#include "ui/sync/SyncController.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lianxin {

namespace {
const QString kServerKey = QStringLiteral("sync_server_url");
} // namespace

FirstSignInDialog::FirstSignInDialog(Database &database, QString storePath, const QString &username,
                                     const QString &knownServer, QWidget *parent)
    : QDialog(parent), m_database(database), m_storePath(std::move(storePath)), m_heading(new QLabel),
      m_server(new QLineEdit(database.metaValue(kServerKey).isEmpty() ? knownServer : database.metaValue(kServerKey))),
      m_username(new QLineEdit(username)), m_password(new QLineEdit), m_message(new QLabel), m_status(new QLabel),
      m_progress(new QProgressBar), m_signIn(new QPushButton), m_cancel(new QPushButton),
      m_verification(new QFutureWatcher<bool>(this))
{
    const bool first = AccountRepository(database).list().isEmpty();
    setWindowTitle(first ? tr("Set up Lianxin on this computer") : tr("Sign in with the county server"));
    m_heading->setText(
        first ? tr("No one has signed in on this computer yet. Sign in with your account on the county server: Lianxin "
                   "downloads the households and records of your area, and then you and your colleagues can sign in "
                   "here without a network.")
              : tr("Your account has not signed in on this computer yet. Sign in with the county server: Lianxin "
                   "downloads "
                   "your account and the records of your area, and then you sign in here without a network."));
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_server->setPlaceholderText(tr("for example http://192.168.1.10:8470"));
    m_server->setObjectName(QStringLiteral("server"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // how much the scope holds is known only at its end
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("County &server:"), m_server);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_message);

    m_signIn->setText(tr("&Sign in and download"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_quitText = first ? tr("&Quit") : tr("Cancel");
    m_cancel->setText(m_quitText);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_signIn, m_cancel}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    setMinimumWidth(480);

    connect(m_signIn, &QPushButton::clicked, this, &FirstSignInDialog::attempt);
    connect(m_cancel, &QPushButton::clicked, this, &FirstSignInDialog::reject);
    connect(m_server, &QLineEdit::returnPressed, this, [this] { m_username->setFocus(); });
    connect(m_username, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, &FirstSignInDialog::attempt);
    connect(m_verification, &QFutureWatcher<bool>::finished, this, [this] { verified(m_verification->result()); });
    (m_server->text().isEmpty() ? m_server : m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

FirstSignInDialog::~FirstSignInDialog() = default;

QString FirstSignInDialog::password() const
{
    return result() == QDialog::Accepted ? m_password->text() : QString();
}

void FirstSignInDialog::reject()
{
    // During the download Cancel stops it; what came stays in the store and the next attempt goes on.
    if (m_sync && m_sync->isRunning()) {
        m_sync->cancel();
        return;
    }
    QDialog::reject();
}

void FirstSignInDialog::showError(const QString &message, QWidget *field)
{
    m_message->setText(message);
    m_message->show();
    if (field)
        field->setFocus();
    // A refused password is selected, to be typed again at once.
    if (field == m_password)
        m_password->selectAll();
}

void FirstSignInDialog::attempt()
{
    if (m_sync && m_sync->isRunning())
        return;
    const QString server = m_server->text().trimmed();
    const QUrl url(server);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        showError(tr("County server: enter its address as the county gave it, beginning with http:// or https://."),
                  m_server);
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("User name: enter the user name the county gave you."), m_username);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Password: enter your password."), m_password);
        return;
    }
    m_message->hide();
    setBusy(true);
    m_status->setText(tr("Signing in to the county server…"));
    m_sync = std::make_unique<SyncController>(m_storePath, server);
    connect(m_sync.get(), &SyncController::progressed, this, &FirstSignInDialog::progressed);
    connect(m_sync.get(), &SyncController::finished, this, &FirstSignInDialog::downloaded);
    m_sync->setCredentials(m_username->text().trimmed(), m_password->text());
    m_sync->syncNow();
}

void FirstSignInDialog::progressed(const SyncProgress &progress)
{
    m_status->setText(tr("Downloading your area: %1 records received. Cancel stops it; what came stays.")
                          .arg(QLocale().toString(progress.rows)));
}

void FirstSignInDialog::changePasswordFirst(const QString &password)
{
    setWindowTitle(tr("Choose your own password"));
    m_heading->setText(tr("An administrator set the password you signed in with. Lianxin signs in with the county "
                          "server now so that you choose your own; then you go on."));
    m_password->setText(password);
    QTimer::singleShot(0, this, &FirstSignInDialog::attempt);
}

void FirstSignInDialog::choosePassword()
{
    const QString token = SyncSessions(m_database).token(m_username->text().trimmed());
    ChangePasswordDialog dialog(m_server->text().trimmed(), token, m_password->text(), this);
    if (dialog.exec() != QDialog::Accepted) {
        setBusy(false);
        showError(tr("Lianxin goes on once you have chosen a password of your own."), m_password);
        return;
    }
    // The new password is the one the download brings the verifier of, and the one signed in with here.
    m_password->setText(dialog.newPassword());
    m_status->setText(tr("Password changed. Downloading your area…"));
    m_sync->syncNow();
}

void FirstSignInDialog::downloaded(bool ok, const Error &error, const SyncReport &)
{
    if (!ok && error.field == QLatin1String(sync_failure::kPasswordChange)) {
        choosePassword();
        return;
    }
    if (!ok) {
        setBusy(false);
        m_status->hide();
        const bool credentials = error.field == QLatin1String(sync_failure::kWrongPassword) ||
                                 error.field == QLatin1String(sync_failure::kLocked) ||
                                 error.field == QLatin1String(sync_failure::kDisabled);
        // Offline, nothing tries again by itself on this screen: say what to check.
        const QString message =
            error.field == QLatin1String(sync_failure::kOffline)
                ? tr("The county server cannot be reached at %1. Check the address and the network, "
                     "then sign in again.")
                      .arg(m_server->text().trimmed())
                : error.message;
        showError(message, credentials ? static_cast<QWidget *>(m_password) : m_server);
        return;
    }
    (void)m_database.setMetaValue(kServerKey, m_server->text().trimmed());
    // The account came with the download; signing in here checks the same password against it.
    const auto challenge = Authenticator(m_database).begin(m_username->text().trimmed());
    if (!challenge) {
        setBusy(false);
        showError(challenge.error().message, m_password);
        return;
    }
    m_challenge = *challenge;
    m_status->setText(tr("Signing in…"));
    m_verification->setFuture(QtConcurrent::run([verifier = challenge->verifier, password = m_password->text()] {
        return password_hash::verify(verifier, password);
    }));
}

void FirstSignInDialog::verified(bool passwordVerified)
{
    setBusy(false);
    const auto result = Authenticator(m_database).finish(*m_challenge, passwordVerified);
    m_challenge.reset();
    if (!result) {
        m_status->hide();
        showError(result.error().message, m_password);
        return;
    }
    m_account = *result;
    accept();
}

void FirstSignInDialog::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_signIn)})
        widget->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel") : m_quitText);
    m_status->setVisible(busy);
    m_progress->setVisible(busy);
}

} // namespace lianxin
