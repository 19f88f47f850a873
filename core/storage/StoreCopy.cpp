#include "core/storage/StoreCopy.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
};

constexpr int kPagesPerStep = 512;

struct Closer
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Result<Connection> openFile(const QString &path, int flags)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    Connection connection(handle);
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("file"),
                     Tr::tr("Cannot open %1: %2")
                         .arg(path, QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)))};
    sqlite3_busy_timeout(handle, 5000);
    return connection;
}
} // namespace

Status copyStore(const QString &source, const QString &target, const std::function<void(int, int)> &progress,
                 const std::atomic_bool *cancel)
{
    auto from = openFile(source, SQLITE_OPEN_READONLY);
    if (!from)
        return from.error();
    QFile::remove(target);
    auto to = openFile(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!to)
        return to.error();
    sqlite3_backup *backup = sqlite3_backup_init(to->get(), "main", from->get(), "main");
    if (!backup)
        return Error{QStringLiteral("file"),
                     Tr::tr("Cannot copy %1: %2").arg(source, QString::fromUtf8(sqlite3_errmsg(to->get())))};
    int rc = SQLITE_OK;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (progress)
            progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                     sqlite3_backup_pagecount(backup));
        cancelled = cancel && cancel->load();
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
    sqlite3_backup_finish(backup);
    const QString reason = QString::fromUtf8(sqlite3_errmsg(to->get()));
    to.value().reset();
    if (cancelled || rc != SQLITE_DONE) {
        QFile::remove(target);
        if (cancelled)
            return Error{QStringLiteral("cancelled"), Tr::tr("Cancelled; nothing was written.")};
        return Error{QStringLiteral("file"), Tr::tr("Cannot copy %1: %2").arg(source, reason)};
    }
    return {};
}

Status checkStoreIntegrity(const QString &path)
{
    auto connection = openFile(path, SQLITE_OPEN_READONLY);
    if (!connection)
        return connection.error();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection->get(), "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return Error{
            QStringLiteral("file"),
            Tr::tr("%1 is not a Lianxin store: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(connection->get())))};
    QStringList problems;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    const bool failed =
        sqlite3_errcode(connection->get()) != SQLITE_OK && sqlite3_errcode(connection->get()) != SQLITE_DONE;
    const QString reason = QString::fromUtf8(sqlite3_errmsg(connection->get()));
    sqlite3_finalize(statement);
    if (failed)
        return Error{QStringLiteral("file"), Tr::tr("%1 is not a Lianxin store: %2").arg(path, reason)};
    if (!problems.isEmpty())
        return Error{QStringLiteral("file"),
                     Tr::tr("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(QStringLiteral("; ")))};
    return {};
}

} // namespace lianxin
