#include "core/auth/AccountRepository.h"

#include "core/auth/PasswordHash.h"
#include "core/register/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/validation/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
};

const QString kColumns =
    QStringLiteral("a.id, a.username, a.display_name, a.role, a.scope, a.disabled, a.department_id, "
                   "a.must_change_password");

Account accountFrom(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toString();
    account.username = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.role = query.value(3).toString();
    account.scope = RecordWriter::storedList(query.value(4));
    account.disabled = query.value(5).toInt() != 0;
    account.departmentId = query.value(6).toString();
    account.mustChangePassword = query.value(7).toInt() == 1;
    account.info = readRecordInfo(query, 8);
    return account;
}
} // namespace

AccountRepository::AccountRepository(Database &database) : m_database(database), m_writer(database) {}

QList<Error> AccountRepository::validate(Account &account, const QString *password) const
{
    QList<Error> errors;
    account.username = account.username.trimmed().toLower();
    account.displayName = account.displayName.trimmed();
    static const QRegularExpression username(QStringLiteral("^[a-z0-9_.]{3,32}$"));
    if (!username.match(account.username).hasMatch())
        errors.append({QStringLiteral("username"),
                       Tr::tr("The user name must be 3 to 32 lower-case letters, digits, dots or underscores.")});
    else if (const auto other = findByUsername(account.username); other && other->id != account.id)
        errors.append({QStringLiteral("username"), Tr::tr("Another account already has this user name.")});
    if (Status status = checkRequiredText(QStringLiteral("display_name"), Tr::tr("Name"), account.displayName, 50);
        !status)
        errors.append(status.error());
    if (!vocabulary::contains(vocabulary::memberRoles(), account.role))
        errors.append({QStringLiteral("role"), Tr::tr("Choose the account's role.")});
    if (account.scope.isEmpty())
        errors.append({QStringLiteral("scope"), Tr::tr("Choose the township, villages or grids the account covers.")});
    QSqlQuery &region = m_database.cached(QStringLiteral("SELECT 1 FROM regions WHERE id = ? AND deleted = 0"));
    for (const QString &regionId : std::as_const(account.scope)) {
        region.bindValue(0, regionId);
        const bool found = m_database.exec(region).ok() && region.next();
        region.finish();
        if (!found) {
            errors.append({QStringLiteral("scope"), Tr::tr("One of the regions of the scope does not exist.")});
            break;
        }
    }
    if (password && password->size() < kMinimumPasswordLength)
        errors.append({QStringLiteral("password"),
                       Tr::tr("The password needs at least %n characters.", nullptr, kMinimumPasswordLength)});
    return errors;
}

Result<QString> AccountRepository::create(Account account, const QString &password)
{
    if (const QList<Error> errors = validate(account, &password); !errors.isEmpty())
        return errors.first();
    const QString verifier = password_hash::make(password);
    if (verifier.isEmpty())
        return Error{QStringLiteral("password"), Tr::tr("The password could not be protected (out of memory?).")};
    return m_writer.insert(tables::accounts(),
                           {{QStringLiteral("username"), account.username},
                            {QStringLiteral("display_name"), account.displayName},
                            {QStringLiteral("role"), account.role},
                            {QStringLiteral("scope"), account.scope},
                            {QStringLiteral("verifier"), verifier},
                            {QStringLiteral("disabled"), account.disabled},
                            {QStringLiteral("department_id"), account.departmentId}},
                           account.id);
}

Status AccountRepository::setPassword(const QString &id, const QString &password)
{
    if (password.size() < kMinimumPasswordLength)
        return Error{QStringLiteral("password"),
                     Tr::tr("The password needs at least %n characters.", nullptr, kMinimumPasswordLength)};
    const QString verifier = password_hash::make(password);
    if (verifier.isEmpty())
        return Error{QStringLiteral("password"), Tr::tr("The password could not be protected (out of memory?).")};
    return toStatus(m_writer.update(tables::accounts(), id, {{QStringLiteral("verifier"), verifier}}));
}

Status AccountRepository::setDisabled(const QString &id, bool disabled)
{
    return toStatus(m_writer.update(tables::accounts(), id, {{QStringLiteral("disabled"), disabled}}));
}

std::optional<Account> AccountRepository::findOne(const QString &column, const QString &value) const
{
    // `column` is one of this class's own literals; the value is bound.
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT %1, %2 FROM accounts a WHERE a.%3 = ? AND a.deleted = 0")
                                             .arg(kColumns, recordInfoColumns(QStringLiteral("a")), column));
    query.addBindValue(value);
    if (!m_database.exec(query) || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

std::optional<Account> AccountRepository::get(const QString &id) const
{
    return findOne(QStringLiteral("id"), id);
}

std::optional<Account> AccountRepository::findByUsername(const QString &username) const
{
    return findOne(QStringLiteral("username"), username.trimmed().toLower());
}

QList<Account> AccountRepository::list() const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT %1, %2 FROM accounts a WHERE a.deleted = 0 ORDER BY a.display_name, a.username")
            .arg(kColumns, recordInfoColumns(QStringLiteral("a"))));
    QList<Account> accounts;
    if (!m_database.exec(query))
        return accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    return accounts;
}

QString AccountRepository::verifierOf(const QString &id) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT verifier FROM accounts WHERE id = ? AND deleted = 0"));
    query.addBindValue(id);
    if (!m_database.exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace lianxin
