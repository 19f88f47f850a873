#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"
#include "core/storage/RecordWriter.h"

#include <optional>

namespace lianxin {

class Database;

class AccountRepository
{
public:
    static constexpr int kMinimumPasswordLength = 8;

    explicit AccountRepository(Database &database);

    // Every problem with the account (and the password, when one is given), each naming its field.
    QList<Error> validate(Account &account, const QString *password) const;
    // Creates the account with an argon2id verifier of the password.
    [[nodiscard]] Result<QString> create(Account account, const QString &password);
    [[nodiscard]] Status setPassword(const QString &id, const QString &password);
    [[nodiscard]] Status setDisabled(const QString &id, bool disabled);

    std::optional<Account> get(const QString &id) const;
    std::optional<Account> findByUsername(const QString &username) const;
    // Live accounts by display name; a device holds a handful.
    QList<Account> list() const;
    // The stored verifier, for sign-in only.
    QString verifierOf(const QString &id) const;

private:
    std::optional<Account> findOne(const QString &column, const QString &value) const;

    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
