#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace lianxin {

class SyncTransport;
struct HttpAnswer;

// An account as the county server lists it for its administrators.
struct StaffAccount
{
    QString id;
    QString username;
    QString displayName;
    QString role;
    QStringList scope; // region ids
    bool disabled = false;
    bool mustChangePassword = false;
    QString departmentId;
};

// A staff record (a synced member with the regions it serves).
struct StaffMember
{
    QString id;
    QString name;
    QString phone;
    QStringList roles;
    QString employment; // full_time, part_time or empty
    QString notes;
    QStringList regions;
};

// A region of the server's tree as the caller's scope sees it.
struct ServerRegion
{
    QString id;
    QString parentId;
    QString code;
    QString name;
    QString kind;
    qint64 sortOrder = 0;
};

// Why a call failed, besides the field of a refused value (Error::field names it then).
namespace staff_failure {
inline constexpr auto kOffline = "offline";     // the server cannot be reached
inline constexpr auto kSignIn = "sign_in";      // the server no longer accepts the token
inline constexpr auto kForbidden = "forbidden"; // the role may not do this
inline constexpr auto kNotFound = "not_found";  // no such record within the scope (or removed since)
inline constexpr auto kServer = "server";       // anything else
} // namespace staff_failure

// The county server's routes for staff, accounts and grids (docs/API.md, "Staff and accounts", "Grids") and
// a person's own new password, called with the person's server session. Works online only: each call is
// answered once, on the calling thread's event loop (the UI thread never waits), with the value or an Error
// whose field names the value refused ("username", "scope" …) or one of staff_failure, and whose message is
// translated where Lianxin knows the reason (the server's own words otherwise).
class StaffClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    StaffClient(const QString &serverUrl, const QString &token, QObject *parent = nullptr);
    ~StaffClient() override;

    void regions(Done<QList<ServerRegion>> done);
    void accounts(Done<QList<StaffAccount>> done);
    // A new account with its first password (the person chooses another at the first sign-in).
    void createAccount(const StaffAccount &account, const QString &password, Done<StaffAccount> done);
    // Writes the name, role, scope and department of `account` (id given).
    void updateAccount(const StaffAccount &account, Done<StaffAccount> done);
    void setDisabled(const QString &accountId, bool disabled, Done<StaffAccount> done);
    void resetPassword(const QString &accountId, const QString &password, Done<StaffAccount> done);

    void staff(Done<QList<StaffMember>> done);
    // Creates the record when it has no id yet, else writes every field of it.
    void saveMember(const StaffMember &member, Done<StaffMember> done);
    void removeMember(const QString &memberId, Done<bool> done);

    void addGrid(const QString &villageId, const QString &name, Done<ServerRegion> done);
    void renameGrid(const QString &gridId, const QString &name, Done<ServerRegion> done);
    // A new grid beside `gridId` that takes the households named.
    void splitGrid(const QString &gridId, const QString &name, const QStringList &householdIds,
                   Done<ServerRegion> done);
    void mergeGrid(const QString &gridId, const QString &intoId, Done<ServerRegion> done);

    // The signed-in person's own password, replacing one an administrator set (or any other).
    void changeOwnPassword(const QString &current, const QString &chosen, Done<bool> done);

    // What a refusal of the server means, in the user's words.
    static Error errorOf(const HttpAnswer &answer);

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              std::function<void(const HttpAnswer &)> handle);

    std::unique_ptr<SyncTransport> m_transport;
};

} // namespace lianxin
