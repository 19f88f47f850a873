#include "journeys/Journey.h"

#include "core/demo/DemoDisputes.h"
#include "core/demo/DemoPoints.h"
#include "core/demo/DemoService.h"
#include "core/mediation/Deadlines.h"
#include "core/storage/ChangeLog.h"
#include "core/sync/SyncProblems.h"
#include "tests/support/Disputes.h"
#include "ui/MainWindow.h"
#include "ui/auth/SignInDialog.h"
#include "ui/sync/SyncController.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

namespace lianxin::journey {

namespace {
constexpr auto kPassword = "lianxin-demo";
}

// Notes every window shown that would not fit a 1366×768 screen.
struct World::SizeWatch : QObject
{
    QStringList tooLarge;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->isWindow() && (widget->width() > 1366 || widget->height() > 768))
                tooLarge.append(QStringLiteral("%1 %2×%3")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()))
                                    .arg(widget->width())
                                    .arg(widget->height()));
        }
        return false;
    }
};

World::World(int households, bool neighbour) : workspace(1, households), m_sizes(std::make_unique<SizeWatch>())
{
    if (neighbour)
        REQUIRE(DemoGenerator(db(), {2, std::max(20, households / 5), QStringLiteral("340828102")}).run().ok());
    REQUIRE(makeDemoDisputes(db(), 1, std::max(4, households / 25)).ok());
    REQUIRE(makeDemoPoints(db(), 1).ok());
    REQUIRE(makeDemoService(db(), 1).ok());
    // And a case just registered in the first grid, waiting for its rights notice.
    test::registerCase(workspace.store, deadlines::today(db().clock()), workspace.account("officer").scope.first());
    // The county holds what the township holds (same ids, same accounts), as dev.sh's demo does.
    REQUIRE(server.admin({QStringLiteral("import-store"), db().filePath(), QStringLiteral("--mark-synced")}) == 0);
    REQUIRE(
        db().setMetaValue(QStringLiteral("sync_server_url"), QStringLiteral("http://127.0.0.1:%1").arg(server.port()))
            .ok());
    qApp->installEventFilter(m_sizes.get());
}

World::~World()
{
    qApp->removeEventFilter(m_sizes.get());
}

World::SignedIn World::signIn(const QString &username)
{
    SignInDialog dialog(db(), SignInDialog::Mode::SignIn, QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(name, username);
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(password, QString::fromLatin1(kPassword));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return dialog.result() == QDialog::Accepted; }, 20000));
    return {dialog.account(), dialog.password()};
}

std::unique_ptr<MainWindow> World::openWindow(const SignedIn &person)
{
    auto window = std::make_unique<MainWindow>(db(), person.account, workspace.settings);
    window->resize(1366, 768);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->startSync(person.password);
    REQUIRE(window->syncController());
    REQUIRE(waitForSync(*window));
    return window;
}

bool World::waitForSync(MainWindow &window, int timeoutMs)
{
    QSignalSpy finished(window.syncController(), &SyncController::finished);
    if (!window.syncController()->isRunning())
        window.syncNow();
    if (!test::waitUntil([&] { return !finished.isEmpty(); }, timeoutMs))
        return false;
    INFO(finished.first().at(1).value<Error>().message.toStdString());
    return finished.first().at(0).toBool();
}

QString World::serverAuthor(const QString &table, const QString &rowId)
{
    // The township administrator's pull sees the whole township; the row's latest version counts.
    const QString token = server.signIn(QStringLiteral("admin"), QString::fromLatin1(kPassword));
    QString author;
    for (qint64 after = 0;;) {
        const HttpReply reply =
            server.request("GET", QStringLiteral("/api/v1/changes?after=%1&limit=2000").arg(after), {}, {}, token);
        REQUIRE(reply.status == 200);
        const QJsonObject body = reply.json();
        for (const QJsonValue &value : body.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject page = value.toObject();
            if (page.value(QStringLiteral("table")).toString() != table)
                continue;
            const QVariantList columns = page.value(QStringLiteral("columns")).toArray().toVariantList();
            const qsizetype id = columns.indexOf(QStringLiteral("id"));
            const qsizetype by = columns.indexOf(QStringLiteral("updated_by"));
            for (const QJsonValue &row : page.value(QStringLiteral("rows")).toArray()) {
                if (row.toArray().at(id).toString() == rowId)
                    author = row.toArray().at(by).toString();
            }
        }
        if (!body.value(QStringLiteral("has_more")).toBool())
            return author;
        after = body.value(QStringLiteral("next_after")).toInteger();
    }
}

void World::checkEnd()
{
    const SyncProblems problems(db());
    QStringList refused;
    for (const RefusedChange &change : problems.refusedChanges())
        refused.append(change.table + QLatin1Char(' ') + change.rowLabel + QStringLiteral(": ") + change.message);
    INFO(refused.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.count() == 0);
    CHECK(ChangeLog(db()).pendingRowCount() == 0);
    INFO(m_sizes->tooLarge.join(QStringLiteral(", ")).toStdString());
    CHECK(m_sizes->tooLarge.isEmpty());
}

QString scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    REQUIRE(db.exec(query).ok());
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace lianxin::journey
