#pragma once

#include "core/common/Result.h"
#include "core/register/Member.h"
#include "core/storage/RecordWriter.h"

#include <optional>

namespace lianxin {

class Database;

class MemberRepository
{
public:
    explicit MemberRepository(Database &database);

    QList<Error> validate(Member &member) const;
    // Creates the member and its region assignments in one transaction.
    [[nodiscard]] Result<QString> create(Member member);
    // Updates the member; assignments no longer listed are tombstoned and new ones added.
    [[nodiscard]] Status update(Member member);
    [[nodiscard]] Status remove(const QString &id);

    std::optional<Member> get(const QString &id) const;
    Page<Member> list(const MemberFilter &filter, const PageCursor &after = {}, int limit = 100) const;

private:
    QStringList regionIdsOf(const QString &memberId) const;
    Status assignRegions(const QString &memberId, const QStringList &regionIds);

    Database &m_database;
    RecordWriter m_writer;
};

} // namespace lianxin
