#pragma once

#include "core/storage/RecordInfo.h"

#include <QStringList>

namespace lianxin {

// What a role may do with personal data. Lists show ID numbers and phones masked to everyone; roles
// that need them may reveal one (each reveal is audited); special-group tags are shown only to roles
// that work with those groups.
struct Permissions
{
    bool revealPersonalData = false;
    bool seeSensitiveTags = false;
    bool editRegister = false;
    bool seeDisputes = false;  // dispute cases hold parties' personal data and private quarrels
    bool editDisputes = false; // register cases and record their steps
    bool administerDevice = false; // change which county server the device syncs with
    bool seeRegister = true;       // households and persons; a department sees only what its requests carry
    bool administerStaff = false;  // staff, accounts and grids of the scope, online (docs/API.md)
};

// Someone who may sign in on this device. Roles are the codes of vocabulary::memberRoles(); the scope
// lists the regions (township, villages or grids) whose records the account may see.
struct Account
{
    QString id;
    QString username;
    QString displayName;
    QString role;
    QStringList scope;
    bool disabled = false;
    QString departmentId; // role "department": the department whose requests the account handles
    // An administrator set the password (made the account or reset it): the person chooses a new one, with
    // the county server, before going on.
    bool mustChangePassword = false;
    RecordInfo info;

    Permissions permissions() const;
};

Permissions permissionsOf(const QString &role);
// Whether a synced table holds dispute cases (seeDisputes / editDisputes govern it) rather than the register.
bool isDisputeTable(const QString &table);
// Whether a role may change or decide about existing rows of a synced table: cases by editDisputes, the
// register and points by editRegister; audit records by nobody (they are only ever added).
bool mayChange(const Permissions &may, const QString &table);

// 340828********123X: the address code and the last four characters.
QString maskIdNumber(const QString &idNumber);
// 139****5678 for a mobile; a landline keeps its area code and last two digits.
QString maskPhone(const QString &phone);

} // namespace lianxin
