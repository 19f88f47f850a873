#include "core/auth/AccountRepository.h"
#include "core/auth/AuditLog.h"
#include "core/auth/Authenticator.h"
#include "core/auth/PasswordHash.h"
#include "core/storage/ChangeLog.h"
#include "tests/support/TestStore.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;

namespace {
const QString kPassword = QStringLiteral("山里有网-2026");

QString makeAccount(TestStore &store, const QString &username, const QString &role)
{
    Account account;
    account.username = username;
    account.displayName = QStringLiteral("汪海");
    account.role = role;
    account.scope = {store.villageId()};
    const auto id = AccountRepository(store.db()).create(account, kPassword);
    if (!id)
        FAIL(id.error().message.toStdString());
    return *id;
}
} // namespace

TEST_CASE("Passwords are kept as argon2id verifiers", "[auth]")
{
    const QString verifier = password_hash::make(kPassword);
    CHECK(verifier.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(verifier.contains(kPassword));
    CHECK(password_hash::verify(verifier, kPassword));
    CHECK_FALSE(password_hash::verify(verifier, QStringLiteral("山里有网-2025")));
    CHECK(password_hash::make(kPassword) != verifier); // salted
    CHECK_FALSE(password_hash::verify(QString(), kPassword));
}

TEST_CASE("Accounts need a user name, a name, a role, a scope and a long enough password", "[auth]")
{
    TestStore store;
    store.makeGrid();
    AccountRepository accounts(store.db());
    Account account;
    account.username = QStringLiteral("Wang Hai");
    account.role = QStringLiteral("chief");
    const QString shortPassword = QStringLiteral("1234");
    QStringList fields;
    for (const Error &error : accounts.validate(account, &shortPassword))
        fields.append(error.field);
    CHECK(fields == QStringList{QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role"),
                                QStringLiteral("scope"), QStringLiteral("password")});

    const QString id = makeAccount(store, QStringLiteral("WangHai"), QStringLiteral("grid_officer"));
    const auto stored = accounts.get(id);
    REQUIRE(stored);
    CHECK(stored->username == QStringLiteral("wanghai"));
    CHECK(stored->scope == QStringList{store.villageId()});
    CHECK(accounts.findByUsername(QStringLiteral(" WANGHAI "))->id == id);

    Account twin = *stored;
    twin.id.clear();
    const auto duplicate = accounts.create(twin, kPassword);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("username"));
}

TEST_CASE("Sign-in checks the verifier, slows wrong passwords and refuses disabled accounts", "[auth]")
{
    TestStore store;
    store.makeGrid();
    const QString id = makeAccount(store, QStringLiteral("wanghai"), QStringLiteral("grid_officer"));
    Authenticator auth(store.db());

    const auto signedIn = auth.signIn(QStringLiteral("WangHai"), kPassword);
    REQUIRE(signedIn.ok());
    CHECK(signedIn->id == id);
    CHECK(store.db().actor() == id);

    // Three free attempts, then waits that double.
    for (int i = 0; i < Authenticator::kFreeAttempts; ++i) {
        const auto wrong = auth.signIn(QStringLiteral("wanghai"), QStringLiteral("wrong password"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().message.contains(QStringLiteral("wrong")));
    }
    CHECK(auth.waitSeconds(QStringLiteral("wanghai")) == 5);
    const auto waiting = auth.signIn(QStringLiteral("wanghai"), kPassword);
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().message.contains(QStringLiteral("5 second")));
    store.clock().advanceSeconds(5);
    REQUIRE_FALSE(auth.signIn(QStringLiteral("wanghai"), QStringLiteral("still wrong")).ok());
    CHECK(auth.waitSeconds(QStringLiteral("wanghai")) == 10);
    store.clock().advanceSeconds(10);
    REQUIRE(auth.signIn(QStringLiteral("wanghai"), kPassword).ok());
    CHECK(auth.waitSeconds(QStringLiteral("wanghai")) == 0);

    // Unknown names fail like wrong passwords, and are slowed the same way.
    const auto unknown = auth.signIn(QStringLiteral("nobody"), kPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == QStringLiteral("The user name or the password is wrong."));

    REQUIRE(AccountRepository(store.db()).setDisabled(id, true).ok());
    const auto disabled = auth.signIn(QStringLiteral("wanghai"), kPassword);
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().message.contains(QStringLiteral("disabled")));
}

TEST_CASE("A new password replaces the old one", "[auth]")
{
    TestStore store;
    store.makeGrid();
    const QString id = makeAccount(store, QStringLiteral("chuqiang"), QStringLiteral("mediator"));
    AccountRepository accounts(store.db());
    CHECK_FALSE(accounts.setPassword(id, QStringLiteral("short")).ok());
    REQUIRE(accounts.setPassword(id, QStringLiteral("a new long one")).ok());
    Authenticator auth(store.db());
    CHECK_FALSE(auth.signIn(QStringLiteral("chuqiang"), kPassword).ok());
    CHECK(auth.signIn(QStringLiteral("chuqiang"), QStringLiteral("a new long one")).ok());
}

TEST_CASE("Roles decide who may reveal personal data and see special groups", "[auth]")
{
    CHECK(permissionsOf(QStringLiteral("grid_officer")).revealPersonalData);
    CHECK(permissionsOf(QStringLiteral("grid_officer")).seeSensitiveTags);
    CHECK(permissionsOf(QStringLiteral("mediator")).revealPersonalData);
    CHECK_FALSE(permissionsOf(QStringLiteral("mediator")).seeSensitiveTags);
    CHECK_FALSE(permissionsOf(QStringLiteral("legal_adviser")).revealPersonalData);
    CHECK_FALSE(permissionsOf(QStringLiteral("unit_head")).editRegister);

    CHECK(maskIdNumber(QStringLiteral("34082819900307123X")) == QStringLiteral("340828********123X"));
    CHECK(maskPhone(QStringLiteral("13905561234")) == QStringLiteral("139****1234"));
    CHECK(maskPhone(QStringLiteral("0556-8123456")) == QStringLiteral("0556-*****56"));
    CHECK(maskPhone(QString()).isEmpty());
}

TEST_CASE("Reveals are written to the audit log, which syncs", "[auth]")
{
    TestStore store;
    store.makeGrid();
    Account account = *AccountRepository(store.db()).get(makeAccount(store, QStringLiteral("wanghai"),
                                                                       QStringLiteral("grid_officer")));
    AuditLog audit(store.db());
    REQUIRE(audit.recordReveal(account, QStringLiteral("persons"), QStringLiteral("p-1"), QStringLiteral("id_number")).ok());
    REQUIRE(audit.recordReveal(account, QStringLiteral("persons"), QStringLiteral("p-1"), QStringLiteral("phone")).ok());
    CHECK(audit.revealCount(QStringLiteral("persons"), QStringLiteral("p-1")) == 2);
    CHECK(audit.revealCount(QStringLiteral("persons"), QStringLiteral("p-2")) == 0);
    int auditEntries = 0;
    for (const RowChange &change : ChangeLog(store.db()).pending())
        auditEntries += change.table == QStringLiteral("audit_log") ? 1 : 0;
    CHECK(auditEntries == 2);
}
