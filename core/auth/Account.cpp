#include "core/auth/Account.h"

namespace lianxin {

Permissions permissionsOf(const QString &role)
{
    // Grid officers and heads keep the register, follow special groups and report disputes; township staff
    // oversee all of it; mediators need parties' ID numbers for the documents; legal advisers read cases;
    // the others only read the register.
    if (role == QLatin1String("township_admin") || role == QLatin1String("county_admin"))
        return {true, true, true, true, true, true, true, true};
    if (role == QLatin1String("grid_officer") || role == QLatin1String("grid_head"))
        return {true, true, true, true, true, false};
    if (role == QLatin1String("mediator"))
        return {true, false, false, true, true};
    if (role == QLatin1String("legal_adviser"))
        return {false, false, false, true, false};
    if (role == QLatin1String("department"))
        return {false, false, false, false, false, false, false};
    return {};
}

bool isDisputeTable(const QString &table)
{
    return table == QLatin1String("disputes") || table == QLatin1String("dispute_parties") ||
           table == QLatin1String("dispute_steps") || table == QLatin1String("attachments");
}

bool mayChange(const Permissions &may, const QString &table)
{
    if (table == QLatin1String("audit_log"))
        return false;
    return isDisputeTable(table) ? may.editDisputes : may.editRegister;
}

Permissions Account::permissions() const
{
    return permissionsOf(role);
}

QString maskIdNumber(const QString &idNumber)
{
    if (idNumber.size() <= 10)
        return QString(idNumber.size(), QLatin1Char('*'));
    return idNumber.left(6) + QString(idNumber.size() - 10, QLatin1Char('*')) + idNumber.right(4);
}

QString maskPhone(const QString &phone)
{
    if (phone.isEmpty())
        return phone;
    const qsizetype dash = phone.indexOf(QLatin1Char('-'));
    if (dash > 0)
        return phone.left(dash + 1) + QString(phone.size() - dash - 3, QLatin1Char('*')) + phone.right(2);
    if (phone.size() < 8)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

} // namespace lianxin
