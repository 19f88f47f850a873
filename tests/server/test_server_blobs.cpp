#include "ServerFixture.h"

#include "core/files/FileStore.h"
#include "core/mediation/Attachments.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeRepository.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

// A device of the standard county that registers a case in A's grid.
struct Device : SyncDevice
{
    using SyncDevice::SyncDevice;

    QString registerCase()
    {
        QSqlQuery grid = database->prepare(QStringLiteral("SELECT id FROM regions WHERE code = '34082810120101'"));
        REQUIRE(database->exec(grid).ok());
        REQUIRE(grid.next());
        DisputeCase d;
        d.regionId = grid.value(0).toString();
        d.title = QStringLiteral("排水沟纠纷");
        d.category = QStringLiteral("neighbours");
        d.source = QStringLiteral("visit");
        d.receivedOn = deadlines::today(database->clock());
        d.facts = QStringLiteral("因排水沟堵塞发生争执。");
        d.parties = {{{}, QStringLiteral("applicant"), {}, QStringLiteral("甲"), {}, {}, {}, {}, {}},
                     {{}, QStringLiteral("respondent"), {}, QStringLiteral("乙"), {}, {}, {}, {}, {}}};
        const auto id = DisputeRepository(*database).create(d);
        REQUIRE(id.ok());
        return *id;
    }
};

QByteArray contentOf(const char *text, qsizetype size = 0)
{
    QByteArray content(text);
    for (qsizetype i = content.size(); i < size; ++i)
        content.append(char((i * 104729) % 251));
    return content;
}

QString signInFrom(const ServerProcess &server, const QString &username, const QString &deviceId)
{
    const HttpReply reply =
        server.request("POST", QStringLiteral("/api/v1/session"),
                       QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                 {QStringLiteral("password"), QStringLiteral("password-1")},
                                                 {QStringLiteral("device_id"), deviceId}})
                           .toJson());
    REQUIRE(reply.status == 201);
    return reply.json().value(QStringLiteral("token")).toString();
}

HttpReply send(const ServerProcess &server, const QString &token, const QByteArray &content)
{
    return server.request(
        "POST", QStringLiteral("/api/v1/blobs"),
        QJsonDocument(QJsonObject{{QStringLiteral("sha256"), FileStore::hashOf(content)},
                                  {QStringLiteral("content"), QString::fromLatin1(content.toBase64())}})
            .toJson(),
        {}, token);
}

HttpReply fetch(const ServerProcess &server, const QString &token, const QByteArray &content)
{
    return server.request("GET", QStringLiteral("/api/v1/blobs/") + FileStore::hashOf(content), {}, {}, token);
}

QJsonObject attachment(const QString &disputeId, const QByteArray &content)
{
    return insertRow(QStringLiteral("attachments"), newId(),
                     {{QStringLiteral("dispute_id"), disputeId},
                      {QStringLiteral("sha256"), FileStore::hashOf(content)},
                      {QStringLiteral("file_name"), QStringLiteral("协议书.jpg")},
                      {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                      {QStringLiteral("size"), content.size()}});
}

// The answer to each row of a push.
QJsonArray push(const ServerProcess &server, const QString &token, const QList<QJsonObject> &rows)
{
    const HttpReply reply =
        server.request("POST", QStringLiteral("/api/v1/changes"), pushBody(newId(), rows), {}, token);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json().value(QStringLiteral("rows")).toArray();
}

QString statusOf(const QJsonArray &rows, int index = 0)
{
    return rows.at(index).toObject().value(QStringLiteral("status")).toString();
}

} // namespace

TEST_CASE("A content another township sent can be neither named by this township's records nor fetched - as if it did "
          "not exist")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString dispute = officer.registerCase();
    officer.sync();
    const QString a = server.signIn(QStringLiteral("officer_a"));
    const QString b = server.signIn(QStringLiteral("town_b"));

    // Township B's file, whose hash township A has come to know, and a file nobody ever sent.
    const QByteArray theirs = contentOf("乙镇的调解协议书");
    REQUIRE(send(server, b, theirs).status == 200);
    const QByteArray never = contentOf("nobody sent this");
    const QJsonArray refused = push(server, a, {attachment(dispute, theirs), attachment(dispute, never)});
    for (int i = 0; i < 2; ++i) {
        QJsonObject row = refused.at(i).toObject();
        CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
        CHECK(row.value(QStringLiteral("reason")).toString() == QStringLiteral("missing_reference"));
        CHECK(row.value(QStringLiteral("field")).toString() == QStringLiteral("sha256"));
    }
    QJsonObject first = refused.at(0).toObject();
    QJsonObject second = refused.at(1).toObject();
    first.remove(QStringLiteral("id"));
    second.remove(QStringLiteral("id"));
    CHECK(first == second);
    const HttpReply fetched = fetch(server, a, theirs);
    CHECK(fetched.status == 404);
    CHECK(fetched.body == fetch(server, a, never).body);

    // A content of its own may be named, and then reaches whoever sees the case, and nobody else.
    const QByteArray ours = contentOf("甲村的调解协议书");
    REQUIRE(send(server, a, ours).status == 200);
    CHECK(statusOf(push(server, a, {attachment(dispute, ours)})) == QStringLiteral("accepted"));
    const QString townA = server.signIn(QStringLiteral("town_a"));
    CHECK(fetch(server, townA, ours).status == 200);
    CHECK(fetch(server, b, ours).status == 404);
    // A content the account may already read may be named in another record.
    CHECK(statusOf(push(server, townA, {attachment(dispute, ours)})) == QStringLiteral("accepted"));
}

TEST_CASE("A content sent from a device may be named by another person's record from that device, not from another")
{
    ServerProcess server;
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString dispute = officer.registerCase();
    officer.sync();
    // The village's PC sends every person's contents under the token of whoever syncs.
    const QString pc = newId();
    const QByteArray scan = contentOf("村委会电脑上扫描的协议书");
    REQUIRE(send(server, signInFrom(server, QStringLiteral("officer_a"), pc), scan).status == 200);
    CHECK(statusOf(push(server, signInFrom(server, QStringLiteral("mediator_a"), newId()),
                        {attachment(dispute, scan)})) == QStringLiteral("rejected"));
    CHECK(statusOf(push(server, signInFrom(server, QStringLiteral("mediator_a"), pc), {attachment(dispute, scan)})) ==
          QStringLiteral("accepted"));
}

TEST_CASE("Contents no record names are bounded per account and removed after the days set")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("unnamed_blob_quota_mb=1")});
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString dispute = officer.registerCase();
    officer.sync();
    const QString a = server.signIn(QStringLiteral("officer_a"));
    const QByteArray first = contentOf("第一份", 700 * 1024);
    const QByteArray second = contentOf("第二份", 700 * 1024);
    REQUIRE(send(server, a, first).status == 200);
    const HttpReply full = send(server, a, second);
    CHECK(full.status == 507);
    CHECK(full.errorCode() == QStringLiteral("quota_exceeded"));
    CHECK(full.json()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("1 MB")));
    // The quota is the account's own.
    CHECK(send(server, server.signIn(QStringLiteral("town_a")), second).status == 200);
    // Named by a record, the first no longer counts.
    CHECK(statusOf(push(server, a, {attachment(dispute, first)})) == QStringLiteral("accepted"));
    CHECK(send(server, a, second).status == 200);

    // A server process started with 0 days removes every content no record names as it starts.
    const auto cleaner =
        ServerProcess::sharing(server, {QStringLiteral("--set"), QStringLiteral("unnamed_blob_days=0")});
    CHECK(fetch(server, a, first).status == 200);
    const QJsonArray gone = push(server, a, {attachment(dispute, second)});
    CHECK(statusOf(gone) == QStringLiteral("rejected"));
    CHECK(gone.at(0).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("missing_reference"));
    // Sent again, it may be named.
    REQUIRE(send(server, a, second).status == 200);
    CHECK(statusOf(push(server, a, {attachment(dispute, second)})) == QStringLiteral("accepted"));
}

TEST_CASE("A device holds back contents past the quota until its records name the others, and sends again what the "
          "server lacks")
{
    ServerProcess server({QStringLiteral("--set"), QStringLiteral("unnamed_blob_quota_mb=1")});
    seedCounty(server);
    Device officer(server, QStringLiteral("officer_a"));
    officer.sync();
    const QString dispute = officer.registerCase();
    Attachments attachments(*officer.database);
    FileStore files(*officer.database);
    for (const char *name : {"扫描一", "扫描二", "扫描三"})
        REQUIRE(attachments.add(dispute, QString::fromUtf8(name) + QStringLiteral(".jpg"), contentOf(name, 400 * 1024))
                    .ok());
    // Two fit the quota; the third waits, and its record with it.
    CHECK(officer.sync().rejected == 1);
    CHECK(files.unsentHashes().size() == 1);
    CHECK(officer.sync().rejected == 0);
    CHECK(files.unsentHashes().isEmpty());

    // A content the device believes sent but the server lacks (removed unnamed before its record came).
    const QByteArray lost = contentOf("扫描四");
    REQUIRE(attachments.add(dispute, QStringLiteral("扫描四.jpg"), lost).ok());
    QSqlQuery believe = officer.database->prepare(QStringLiteral("UPDATE blobs SET uploaded = 1"));
    REQUIRE(officer.database->exec(believe).ok());
    CHECK(officer.sync().rejected == 1);
    CHECK(files.unsentHashes() == QStringList{FileStore::hashOf(lost)});
    CHECK(officer.sync().rejected == 0);

    Device township(server, QStringLiteral("town_a"));
    township.sync();
    for (const Attachment &file : Attachments(*township.database).list(dispute))
        CHECK(file.haveContent);
    CHECK(Attachments(*township.database).list(dispute).size() == 4);
}
