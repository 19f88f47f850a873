#include "core/auth/Authenticator.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/PasswordHash.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "lianxin.auth")

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
};
} // namespace

Authenticator::Authenticator(Database &database) : m_database(database) {}

int Authenticator::waitAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int doublings = qMin(failures - kFreeAttempts, 10);
    return qMin(kFirstWaitSeconds << doublings, kMaxWaitSeconds);
}

int Authenticator::waitSeconds(const QString &username) const
{
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT failures, last_failure_at FROM sign_in_failures WHERE username = ?"));
    query.addBindValue(username.trimmed().toLower());
    if (!m_database.exec(query) || !query.next())
        return 0;
    const QDateTime last = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    const qint64 waited = last.secsTo(m_database.clock().nowUtc());
    return int(qMax<qint64>(0, waitAfter(query.value(0).toInt()) - waited));
}

Result<Account> Authenticator::signIn(const QString &username, const QString &password)
{
    const auto challenge = begin(username);
    if (!challenge)
        return challenge.error();
    return finish(*challenge, password_hash::verify(challenge->verifier, password));
}

Result<Authenticator::Challenge> Authenticator::begin(const QString &username) const
{
    const QString name = username.trimmed().toLower();
    if (name.isEmpty())
        return Error{QStringLiteral("username"), Tr::tr("Enter your user name.")};
    if (const int wait = waitSeconds(name); wait > 0)
        return Error{QStringLiteral("password"),
                     Tr::tr("Too many wrong passwords. Try again in %n second(s).", nullptr, wait)};
    AccountRepository accounts(m_database);
    const auto account = accounts.findByUsername(name);
    return Challenge{name, account ? accounts.verifierOf(account->id) : QString()};
}

Result<Account> Authenticator::finish(const Challenge &challenge, bool passwordVerified)
{
    const QString &name = challenge.username;
    const auto account = AccountRepository(m_database).findByUsername(name);
    if (!account || !passwordVerified) {
        recordFailure(name);
        qCInfo(lcAuth) << "failed sign-in";
        return Error{QStringLiteral("password"), Tr::tr("The user name or the password is wrong.")};
    }
    if (account->disabled)
        return Error{QStringLiteral("username"),
                     Tr::tr("This account is disabled. Ask your township administrator.")};
    clearFailures(name);
    m_database.setActor(account->id);
    return *account;
}

void Authenticator::recordFailure(const QString &username)
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT INTO sign_in_failures(username, failures, last_failure_at) VALUES (?, 1, ?) "
        "ON CONFLICT(username) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at"));
    query.addBindValue(username);
    query.addBindValue(m_database.now());
    (void)m_database.exec(query);
}

void Authenticator::clearFailures(const QString &username)
{
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM sign_in_failures WHERE username = ?"));
    query.addBindValue(username);
    (void)m_database.exec(query);
}

} // namespace lianxin
