#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

namespace lianxin {

class Database;
class SyncTransport;
struct HttpAnswer;
struct RowChange;
namespace wire {
struct PushResult;
}

// What a sync is doing, for a progress display.
struct SyncProgress
{
    enum class Phase { Pushing, Pulling };
    Phase phase = Phase::Pulling;
    qint64 rows = 0;  // rows pushed or pulled so far in this phase
    int pages = 0;    // batches or pages so far
    QString table;    // the kind of data of the last page
};

struct SyncReport
{
    int accepted = 0;
    int merged = 0;
    int rejected = 0;
    qint64 pulledRows = 0;
    int pages = 0;
    qint64 applyMs = 0; // time spent applying pulled pages to the store
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int requests = 0;
    qint64 clockSkewSeconds = 0; // server time minus device time
    bool resynced = false;       // the scope changed or the device was too far behind: it re-read its scope
    // People whose changes on this device wait until they sign in to the county server here (display
    // names): each person's changes travel only under that person's own session.
    QStringList waitingFor;
    // Why the county server gave this device no case numbers, when it refused (the cases keep their
    // provisional numbers meanwhile).
    QString numbersRefused;
};

// Why a sync stopped, as the `field` of its Error; the message says it in plain words.
namespace sync_failure {
inline constexpr auto kOffline = "offline";           // no network, or the server cannot be reached
inline constexpr auto kSignIn = "sign_in";            // no valid token: sign in with the password again
inline constexpr auto kWrongPassword = "password";    // signing in failed
inline constexpr auto kDisabled = "disabled";         // the account was disabled
inline constexpr auto kLocked = "locked";             // too many failed sign-ins
inline constexpr auto kPasswordChange = "password_change"; // an administrator set the password: choose a new one
inline constexpr auto kUpdate = "update";             // this version of Lianxin is too old
inline constexpr auto kServer = "server";             // the server failed or answered nonsense
inline constexpr auto kCancelled = "cancelled";
inline constexpr auto kLocal = "local";               // the store on this device failed
} // namespace sync_failure

// Syncs this device's store with the county server (docs/SYNC.md): pushes the outbox in batches with
// idempotency keys, each person's changes under that person's own session, then pulls the current
// person's scope in pages after the last sequence that person holds, applying each in one transaction.
// Runs to completion on the calling thread — never the UI thread — and can be cancelled between and
// during requests without losing anything: what was applied stays, the rest resumes next time.
class SyncEngine
{
public:
    static constexpr int kPushRows = 500;
    static constexpr int kPageRows = 2000;

    SyncEngine(Database &database, const QString &serverUrl);
    ~SyncEngine();

    // Signs in to the server as `username`, keeps the token on this device for that person's later syncs
    // and makes that person the current one.
    [[nodiscard]] Status signIn(const QString &username, const QString &password);
    // The person signed in on the device, whose scope the pull reads.
    void setAccount(const QString &username) { m_username = username; }
    QString account() const { return m_username; }
    // Whether the current person holds a session on this device.
    bool hasToken() const;

    [[nodiscard]] Result<SyncReport> run(const std::function<void(const SyncProgress &)> &progress = {},
                                         const std::atomic_bool *cancel = nullptr);

private:
    Status push(SyncReport &report, const std::function<void(const SyncProgress &)> &progress);
    // Pushes the changes of one person under that person's session.
    Status pushAs(const QString &author, SyncReport &report, SyncProgress &state,
                  const std::function<void(const SyncProgress &)> &progress);
    Status pull(SyncReport &report, const std::function<void(const SyncProgress &)> &progress);
    Status resetForResync();
    Status rebuildRequests(const QStringList &stepIds);
    // Asks the server for blocks of case numbers where this device runs low (docs/SYNC.md section 11) and
    // numbers provisional cases from them; returns how many cases were renumbered.
    Result<int> reserveCaseNumbers(SyncReport &report);
    // Attachments' contents, by hash (docs/SYNC.md section 12): those made here go up before the push,
    // those this device lacks come down after the pull.
    Status sendAttachments(SyncReport &report);
    Status fetchAttachments(SyncReport &report);
    Status adoptServerValues(const RowChange &change, const wire::PushResult &result, bool removed);
    Error failure(const HttpAnswer &answer) const;
    void account(SyncReport &report, const HttpAnswer &answer);

    Database &m_database;
    std::unique_ptr<SyncTransport> m_transport;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_username;
};

} // namespace lianxin
