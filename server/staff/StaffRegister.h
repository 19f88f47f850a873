#pragma once

#include "core/common/Result.h"
#include "server/staff/AdminAnswer.h"

#include <QStringList>

#include <optional>

namespace lianxin::server {

class ServerDatabase;
struct Caller;
struct StoredRow;

// The fields of a staff record a request names; absent ones stay as they are.
struct MemberDraft
{
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QStringList> roles;
    std::optional<QString> employment; // full_time, part_time or empty
    std::optional<QString> notes;
    std::optional<QStringList> regions; // the grids, villages or township the member serves
};

// The staff of an administrator's scope (the synced members and their member_regions), changed online
// (docs/API.md, "Staff and accounts"): grid officers and heads with their grids, mediators full-time or
// part-time, the legal adviser of each village. A record and its assignments change in one write
// transaction through the ChangeWriter, so that devices pull them as any change; only roles at or below
// the caller's and regions within its scope. Devices' pushes of members are checked the same way
// (PushService, RowRules).
class StaffRegister
{
public:
    StaffRegister(ServerDatabase &database, const Caller &caller) : m_database(database), m_caller(caller) {}

    [[nodiscard]] Result<AdminAnswer> list();
    [[nodiscard]] Result<AdminAnswer> create(const MemberDraft &draft);
    [[nodiscard]] Result<AdminAnswer> update(const QString &id, const MemberDraft &draft);
    // Tombstones the record and its assignments.
    [[nodiscard]] Result<AdminAnswer> remove(const QString &id);

private:
    ServerDatabase &m_database;
    const Caller &m_caller;
};

} // namespace lianxin::server
