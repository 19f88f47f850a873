#include "core/auth/AccountRules.h"

#include "core/auth/Account.h"
#include "core/register/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lianxin::account_rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)
};
} // namespace

Status checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    if (!pattern.match(username).hasMatch())
        return Error{QStringLiteral("username"),
                     Tr::tr("The user name must be 3 to 32 lower-case letters, digits, '.', '_' or '-'.")};
    return {};
}

Status checkPassword(const QString &password, const QString &field)
{
    if (password.size() < kMinimumPasswordLength)
        return Error{field, Tr::tr("The password needs at least %n characters.", nullptr, kMinimumPasswordLength)};
    return {};
}

int roleRank(const QString &role)
{
    if (role == QLatin1String("county_admin"))
        return 3;
    if (role == QLatin1String("township_admin"))
        return 2;
    return vocabulary::contains(vocabulary::memberRoles(), role) ? 1 : 0;
}

bool mayGrant(const QString &callerRole, const QString &role)
{
    return permissionsOf(callerRole).administerStaff && roleRank(role) > 0 && roleRank(role) <= roleRank(callerRole);
}

QStringList grantableRoles(const QString &callerRole)
{
    QStringList roles;
    for (const VocabularyEntry &entry : vocabulary::memberRoles()) {
        const QString role = QString::fromLatin1(entry.code);
        if (mayGrant(callerRole, role))
            roles.append(role);
    }
    return roles;
}

} // namespace lianxin::account_rules
