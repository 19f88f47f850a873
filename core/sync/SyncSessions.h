#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace lianxin {

class Database;

// Where one person's pull has got to: the last sequence applied and the scope epoch it was read under.
struct PullCursor
{
    qint64 lastPulledSeq = 0;
    qint64 scopeEpoch = 0;
};

// The county-server sessions of the people who sign in on this device (docs/SYNC.md section 2), one per
// user name, in the local table sync_sessions: each person's changes travel under that person's own
// token, and each person pulls the records of his or her own scope from a cursor of its own.
class SyncSessions
{
public:
    explicit SyncSessions(Database &database) : m_database(database) {}

    QString token(const QString &username) const;
    // The person who signed in to the server on this device last and still holds a token.
    QString lastSignedIn() const;
    QString role(const QString &username) const;
    QStringList scope(const QString &username) const;
    [[nodiscard]] Status signedIn(const QString &username, const QString &token, const QString &role,
                                  const QStringList &scope);
    // The server no longer accepts the token: that person signs in again.
    [[nodiscard]] Status forget(const QString &username);

    PullCursor cursor(const QString &username) const;
    [[nodiscard]] Status setCursor(const QString &username, const PullCursor &cursor);
    // Every person's next pull starts again from the beginning (the rows this device holds changed under
    // them: a re-download or a departure that may have taken a row someone else still sees).
    [[nodiscard]] Status restartPulls(const QString &exceptUsername = {});
    // Every cursor past `seq` goes back to it, so that the next pulls bring the rows after it again.
    [[nodiscard]] Status rewindPulls(qint64 seq);

    // The display name of a local account, else the user name.
    QString displayNameOf(const QString &username) const;

private:
    std::optional<QString> text(const QString &username, const char *column) const;

    Database &m_database;
};

} // namespace lianxin
