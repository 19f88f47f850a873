// Exported lists read back: the rows the list holds, masked as on screen, special groups only for the roles
// that see them, each export in the audit log, and a cancelled export leaving no file.
#include "core/auth/AccountRepository.h"
#include "core/demo/DemoAccounts.h"
#include "core/demo/DemoGenerator.h"
#include "core/export/ListSources.h"
#include "core/import/Workbook.h"
#include "core/mediation/DisputeList.h"
#include "core/register/HouseholdRepository.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/Visits.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::scalar;
using lianxin::test::TestStore;

namespace {
struct Township
{
    TestStore store;
    Township()
    {
        REQUIRE(DemoGenerator(store.db(), {5, 300}).run().ok());
        REQUIRE(makeDemoAccounts(store.db(), DemoOptions().townshipCode).ok());
    }
    Account account(const char *username)
    {
        const auto found = AccountRepository(store.db()).findByUsername(QString::fromLatin1(username));
        REQUIRE(found);
        return *found;
    }
};

ExportOptions to(const QString &path)
{
    ExportOptions options;
    options.path = path;
    options.format = formatOfPath(path);
    return options;
}
} // namespace

TEST_CASE("A filtered household list exports to .xlsx and CSV with its rows and the audit log says so", "[export]")
{
    Township township;
    const Account officer = township.account("officer");
    HouseholdFilter filter;
    filter.scope = officer.scope;
    const int households = HouseholdRepository(township.store.db()).count(filter);
    REQUIRE(households > 0);
    QTemporaryDir dir;
    for (const QString &name : {QStringLiteral("户.xlsx"), QStringLiteral("户.csv")}) {
        const QString path = dir.filePath(name);
        const auto written =
            exportList(township.store.db(), officer, *householdListSource(filter, officer.permissions()), to(path));
        REQUIRE(written.ok());
        CHECK(*written == households);
        const auto sheet = import::readSheet(path);
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rows.size() == households + 1);
        CHECK(sheet->rows.at(0).at(2).text == QStringLiteral("Head of household"));
        // The first row is the list's first household, in the list's order.
        const auto first = HouseholdRepository(township.store.db()).list(filter, {}, 1).rows.first();
        CHECK(sheet->rows.at(1).at(0).text == first.address);
        CHECK(sheet->rows.at(1).at(3).text == QString::number(first.memberCount));
    }
    CHECK(scalar(township.store.db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND table_name = 'households' "
                                "AND account_id = ? AND json_extract(detail, '$.rows') = ?"),
                 {officer.id, households})
              .toInt() == 2);
}

TEST_CASE("Persons export masked, and special groups only for the roles that see them", "[export]")
{
    Township township;
    TestStore &store = township.store;
    // A person of the officer's grid in community correction.
    const Account officer = township.account("officer");
    const Account unitHead = township.account("unithead");
    const QString grid = officer.scope.first();
    const QString person = scalar(store.db(), QStringLiteral("SELECT p.id FROM persons p JOIN households h ON h.id = "
                                                             "p.household_id WHERE h.grid_id = ? AND p.id_number "
                                                             "IS NOT NULL ORDER BY p.name LIMIT 1"),
                                  {grid})
                               .toString();
    QSqlQuery tag = store.db().prepare(QStringLiteral("UPDATE persons SET tags = '[\"community_correction\"]' WHERE id = ?"));
    tag.addBindValue(person);
    REQUIRE(store.db().exec(tag).ok());
    const QString idNumber =
        scalar(store.db(), QStringLiteral("SELECT id_number FROM persons WHERE id = ?"), {person}).toString();

    HouseholdFilter filter;
    filter.gridId = grid;
    QTemporaryDir dir;
    auto readTags = [&](const Account &account) {
        filter.scope = account.scope;
        const QString path = dir.filePath(account.username + QStringLiteral(".xlsx"));
        REQUIRE(exportList(store.db(), account, *personListSource(filter, account.permissions()), to(path)).ok());
        const auto sheet = import::readSheet(path);
        REQUIRE(sheet.ok());
        QString all;
        for (const auto &row : sheet->rows) {
            for (const auto &cell : row)
                all += cell.text + QLatin1Char('|');
        }
        CHECK_FALSE(all.contains(idNumber));
        CHECK(all.contains(maskIdNumber(idNumber)));
        // The birth date is part of the masked number: the year alone, as on screen.
        const QString born = QStringLiteral("%1-%2-%3").arg(idNumber.mid(6, 4), idNumber.mid(10, 2), idNumber.mid(12, 2));
        CHECK_FALSE(all.contains(born));
        return all.contains(QStringLiteral("Community correction"));
    };
    CHECK(officer.permissions().seeSensitiveTags == readTags(officer));
    CHECK_FALSE(readTags(unitHead));
}

TEST_CASE("A cancelled export leaves no file and no audit record", "[export]")
{
    Township township;
    const Account officer = township.account("officer");
    HouseholdFilter filter;
    filter.scope = officer.scope;
    QTemporaryDir dir;
    ExportOptions options = to(dir.filePath(QStringLiteral("x.xlsx")));
    options.progress = [](qint64, qint64) { return false; };
    REQUIRE_FALSE(
        exportList(township.store.db(), officer, *personListSource(filter, officer.permissions()), options).ok());
    CHECK_FALSE(QFile::exists(options.path));
    CHECK(
        scalar(township.store.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt() ==
        0);
}

TEST_CASE("The case list exports what its filter shows", "[export]")
{
    Township township;
    const Account mediator = township.account("mediator");
    DisputeFilter filter;
    filter.scope = mediator.scope;
    filter.author = mediator.id;
    const int cases = DisputeList(township.store.db()).count(filter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    const auto written = exportList(township.store.db(), mediator, *caseListSource(filter), to(path));
    REQUIRE(written.ok());
    CHECK(*written == cases);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF")); // UTF-8 with a byte order mark, for Excel
}

TEST_CASE("The period's visits export within the scope, each with its problems counted", "[export]")
{
    Township township;
    TestStore &store = township.store;
    const Account officer = township.account("officer");
    const QString household =
        scalar(store.db(), QStringLiteral("SELECT id FROM households WHERE grid_id = ? LIMIT 1"), {officer.scope.first()})
            .toString();
    Visit visit;
    visit.householdId = household;
    visit.visitedOn = QDate(2026, 12, 1);
    visit.workers = {QStringLiteral("储网格")};
    visit.situation = QStringLiteral("老人独居，屋顶漏雨");
    Problem problem;
    problem.category = QString::fromUtf8(vocabulary::problemCategories().first().code);
    problem.description = QStringLiteral("屋顶漏雨");
    store.clock().set(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
    const auto recorded = VisitRepository(store.db()).record(visit, {problem});
    REQUIRE(recorded.ok());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("visits.xlsx"));
    const auto written = exportList(store.db(), officer,
                                    *visitListSource(officer.scope, QDate(2026, 12, 1), QDate(2026, 12, 31)), to(path));
    REQUIRE(written.ok());
    CHECK(*written == 1);
    const auto sheet = import::readSheet(path);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rows.size() == 2);
    CHECK(sheet->rows.at(1).at(0).date == QDate(2026, 12, 1));
    CHECK(sheet->rows.at(1).at(7).text == QStringLiteral("老人独居，屋顶漏雨"));
    CHECK(sheet->rows.at(1).at(8).text == QStringLiteral("1"));

    // Another township's account sees none of it.
    Account elsewhere = officer;
    elsewhere.scope = QStringList{QStringLiteral("no-such-region")};
    const auto none = exportList(store.db(), elsewhere,
                                 *visitListSource(elsewhere.scope, QDate(2026, 12, 1), QDate(2026, 12, 31)),
                                 to(dir.filePath(QStringLiteral("none.xlsx"))));
    REQUIRE(none.ok());
    CHECK(*none == 0);
}
