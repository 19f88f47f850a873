#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lianxin {
class Database;
class SyncEngine;
struct SyncReport;
} // namespace lianxin

// The real lianxin-server, on a loopback port, over a database of its own: an SQLite file, or a fresh
// database in the test PostgreSQL cluster (tests/server/postgres-cluster.sh) in the suites built with
// LIANXIN_TEST_BACKEND "postgresql". Every server suite is built and run once per backend.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    QString url() const { return m_url; }
    bool isPostgres() const { return !m_postgresName.isEmpty(); }

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_adminUrl;
    QString m_postgresName;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
    QString errorField() const;
};

class ServerProcess
{
public:
    // Runs `lianxin-server admin init` on a database of its own, then starts the server with `extraArgs`.
    explicit ServerProcess(const QStringList &extraArgs = {});
    // A second server process on the same database as `other` (as behind a load balancer).
    static std::unique_ptr<ServerProcess> sharing(const ServerProcess &other, const QStringList &extraArgs = {});
    ~ServerProcess();

    const TestDatabase &database() const { return *m_database; }
    quint16 port() const { return m_port; }
    QProcess &process() { return *m_process; }

    // `lianxin-server admin ARGS` on the same database; stdin gets `input`. Returns the exit code.
    int admin(const QStringList &args, const QByteArray &input = {}, QByteArray *output = nullptr) const;

    // One request; headers default to the protocol version and, for a body, JSON.
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QString &token = {}) const;
    // The same request written byte for byte on a socket (for what QNetworkAccessManager would not send).
    HttpReply raw(const QByteArray &bytes) const;
    // Each request on a connection of its own, all written before any answer is read, so that the
    // server's request threads handle them at the same time. The answers in the order of the requests.
    QList<HttpReply> rawAtOnce(const QList<QByteArray> &requests) const;

    // Signs in and returns the token (fails the test on anything else).
    QString signIn(const QString &username, const QString &password = QStringLiteral("password-1")) const;

    // Stops the server with SIGTERM and returns its exit code.
    int terminate();

    static QString serverPath();

private:
    ServerProcess(std::shared_ptr<TestDatabase> database, const QStringList &extraArgs);
    void start(const QStringList &extraArgs);

    std::shared_ptr<TestDatabase> m_database;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// The standard county used by the server tests: county 340828, townships A (340828101) and B
// (340828102), each with village 01 and grid 01 (A's: 340828101201 and 34082810120101), and accounts
// (password "password-1"): county (county_admin), town_a and town_b (township_admin), officer_a
// (grid_officer, A's grid), mediator_a (mediator, A's village).
void seedCounty(const ServerProcess &server);

// A JSON body for POST /api/v1/changes.
QByteArray pushBody(const QString &batchId, const QList<QJsonObject> &rows, const QString &deviceId = QStringLiteral("device-1"));
QJsonObject insertRow(const QString &table, const QString &id, const QJsonObject &fields);
QString newId();
// The id of a region by code, from GET /api/v1/regions as `token` sees it (empty when it cannot see it).
QString regionId(const ServerProcess &server, const QString &token, const QString &code);

// A simulated device: its own store (a real SQLite file) syncing with the real server process, signed in
// as `username` (password "password-1").
struct SyncDevice
{
    QTemporaryDir dir;
    std::unique_ptr<lianxin::Database> database;
    std::unique_ptr<lianxin::SyncEngine> engine;

    SyncDevice(const ServerProcess &server, const QString &username);
    ~SyncDevice();
    // Syncs and fails the test when the sync fails.
    lianxin::SyncReport sync();
};
