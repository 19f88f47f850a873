// A township's Excel roster (花名册) into the register: columns guessed from the header's words, every quirk
// of a hand-made roster named with its row and column, and the import one transaction that a second run
// of the same roster leaves unchanged.
#include "core/import/RefusedRows.h"
#include "core/import/RosterImport.h"
#include "core/import/RosterPlan.h"
#include "core/register/PersonRepository.h"
#include "core/storage/ChangeLog.h"
#include "tests/support/TestStore.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::import;
using lianxin::test::makeIdNumber;
using lianxin::test::scalar;
using lianxin::test::TestStore;

namespace {

Cell text(const QString &value)
{
    Cell cell;
    if (!value.isEmpty()) {
        cell.kind = Cell::Kind::Text;
        cell.text = value;
    }
    return cell;
}

Cell number(double value, const QString &shown)
{
    Cell cell;
    cell.kind = Cell::Kind::Number;
    cell.text = shown;
    cell.number = value;
    return cell;
}

Sheet sheetOf(const QList<QStringList> &rows)
{
    Sheet sheet;
    sheet.name = QStringLiteral("花名册");
    for (const QStringList &row : rows) {
        QList<Cell> cells;
        for (const QString &value : row)
            cells.append(text(value));
        sheet.rows.append(cells);
    }
    return sheet;
}

const QDate kToday(2026, 12, 8);

QString id(int year, int sequence)
{
    return makeIdNumber(QStringLiteral("340828"), QDate(year, 3, 7), sequence);
}

// The problems of one row, as "column: severity".
QStringList problemsAt(const RosterPlan &plan, int row)
{
    QStringList found;
    for (const RosterProblem &problem : plan.problems) {
        if (problem.row == row)
            found.append((problem.column < 0 ? QStringLiteral("-") : columnLetter(problem.column)) + QLatin1Char(':') +
                         severityKey(problem.severity));
    }
    return found;
}

QString reasonAt(const RosterPlan &plan, int row, int column)
{
    for (const RosterProblem &problem : plan.problems) {
        if (problem.row == row && problem.column == column)
            return problem.reason;
    }
    return {};
}

// A roster as a village makes it: a merged title row, a header in its own words, households given by a
// household number continued through merged (blank) cells.
Sheet villageRoster()
{
    return sheetOf({
        {QStringLiteral("菖蒲村2026年户籍人口花名册")},
        {QStringLiteral("户编号"), QStringLiteral("户主姓名"), QStringLiteral("姓 名"), QStringLiteral("与户主关系"),
         QStringLiteral("公民身份号码"), QStringLiteral("性别"), QStringLiteral("民族"), QStringLiteral("家庭住址"),
         QStringLiteral("联系电话"), QStringLiteral("备注")},
        {QStringLiteral("001"), QStringLiteral("储大山"), QStringLiteral("储大山"), QStringLiteral("户主"), id(1960, 11),
         QStringLiteral("男"), QStringLiteral("汉"), QStringLiteral("菖蒲村一组8号"), QStringLiteral("13905561234"), {}},
        {{}, {}, QStringLiteral("王 兰"), QStringLiteral("妻"), id(1962, 22), QStringLiteral("女"), QStringLiteral("汉族"),
         {}, {}, {}},
        {{}, {}, QStringLiteral("储小河"), QStringLiteral("长子"), id(1988, 33), QStringLiteral("男"), {}, {}, {}, {}},
        {QStringLiteral("002"), QStringLiteral("汪春"), QStringLiteral("汪春"), QStringLiteral("户主"), id(1970, 41),
         QStringLiteral("女"), QStringLiteral("汉族"), QStringLiteral("菖蒲村二组3号"), QStringLiteral("0556-8123456"),
         QStringLiteral("独居")},
    });
}

ImportOptions optionsFor(const QString &gridId)
{
    ImportOptions options;
    options.gridId = gridId;
    return options;
}
} // namespace

TEST_CASE("The header is found below a title row and its words name the fields", "[roster]")
{
    const Sheet sheet = villageRoster();
    const ColumnMapping mapping = guessColumns(sheet);
    CHECK(mapping.headerRow == 1);
    CHECK(mapping.column(RosterField::HouseholdKey) == 0);
    CHECK(mapping.column(RosterField::HeadName) == 1);
    CHECK(mapping.column(RosterField::Name) == 2);
    CHECK(mapping.column(RosterField::Relation) == 3);
    CHECK(mapping.column(RosterField::IdNumber) == 4);
    CHECK(mapping.column(RosterField::Address) == 7);
    CHECK(mapping.column(RosterField::Phone) == 8);
    CHECK(mapping.column(RosterField::Notes) == 9);

    CHECK(fieldOfHeader(QStringLiteral("身份证号码（18位）")) == RosterField::IdNumber);
    CHECK(fieldOfHeader(QStringLiteral("*手机号码")) == RosterField::Phone);
    CHECK(fieldOfHeader(QStringLiteral("户主")) == RosterField::HeadName);
    CHECK(fieldOfHeader(QStringLiteral("与户主的关系")) == RosterField::Relation);
    CHECK_FALSE(fieldOfHeader(QStringLiteral("序号")).has_value());
    CHECK(columnLetter(0) == QStringLiteral("A"));
    CHECK(columnLetter(27) == QStringLiteral("AB"));
}

TEST_CASE("A roster's households come from its household numbers, merged cells continuing the row above", "[roster]")
{
    const Sheet sheet = villageRoster();
    const RosterPlan plan = planRoster(sheet, guessColumns(sheet), kToday);
    REQUIRE(plan.households.size() == 2);
    CHECK(plan.errorCount() == 0);
    const RosterHousehold &first = plan.households.at(0);
    CHECK(first.key == QStringLiteral("001"));
    CHECK(first.household.address == QStringLiteral("菖蒲村一组8号"));
    REQUIRE(first.members.size() == 3);
    CHECK(first.members.at(0).person.relation == QStringLiteral("head"));
    CHECK(first.members.at(1).person.name == QStringLiteral("王兰")); // spaces that line names up are dropped
    CHECK(first.members.at(1).person.relation == QStringLiteral("spouse"));
    CHECK(first.members.at(1).person.ethnicity == QStringLiteral("汉族"));
    CHECK(first.members.at(2).person.relation == QStringLiteral("son"));
    CHECK(first.rows == QList<int>{3, 4, 5});
    CHECK(plan.households.at(1).members.at(0).person.phone == QStringLiteral("0556-8123456"));
    CHECK(plan.personCount() == 4);
}

TEST_CASE("Every quirk of a messy roster is named with its row and column", "[roster]")
{
    int sequence = 1;
    while (!id(1977, sequence).endsWith(QLatin1Char('X')))
        ++sequence;
    const QString withX = id(1977, sequence);
    QString lower = withX;
    lower.replace(QLatin1Char('X'), QLatin1Char('x'));
    QString fullWidth;
    for (const QChar c : id(1980, 61))
        fullWidth.append(c.isDigit() ? QChar(char16_t(c.unicode() + 0xFEE0)) : c);
    QString wrongCheck = id(1990, 71);
    wrongCheck[17] = wrongCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString legacy = id(1965, 81).left(6) + id(1965, 81).mid(8, 9); // the 15-digit form

    Sheet sheet = sheetOf({
        {QStringLiteral("姓名"), QStringLiteral("与户主关系"), QStringLiteral("身份证号"), QStringLiteral("性别"),
         QStringLiteral("住址"), QStringLiteral("联系电话")},
        {QStringLiteral("甲"), QStringLiteral("户主"), {}, {}, QStringLiteral("一组1号"), {}},               // row 2
        {QStringLiteral("乙"), QStringLiteral("妻"), {}, {}, {}, {}},                                         // row 3: ID as a number
        {},                                                                                                   // row 4: blank
        {QStringLiteral("丙"), QStringLiteral("户主"), id(1975, 51).left(17) + QStringLiteral(" ") + id(1975, 51).right(1),
         QStringLiteral("男"), QStringLiteral("一组2号"), QStringLiteral("1390556123")},                    // row 5: spaced ID, short mobile
        {QStringLiteral("姓名"), QStringLiteral("与户主关系"), QStringLiteral("身份证号"), {}, {}, {}},         // row 6: header again
        {QStringLiteral("丁"), QStringLiteral("户主"), fullWidth, QStringLiteral("女"), QStringLiteral("一组3号"),
         QStringLiteral("13905561234/0556-8123456")},                                                       // row 7: full-width, sex vs ID, two phones
        {QStringLiteral("戊"), QStringLiteral("户主"), wrongCheck, {}, QStringLiteral("一组4号"), {}},        // row 8: wrong check character
        {QStringLiteral("己"), QStringLiteral("户主"), legacy, {}, QStringLiteral("一组5号"), {}},            // row 9: 15 digits
        {QStringLiteral("庚"), QStringLiteral("表哥"), lower, {}, {}, {}},                                     // row 10: unknown relation, lower x
        {QStringLiteral("合计"), {}, QStringLiteral("共5户"), {}, {}, {}},                                     // row 11: totals
    });
    sheet.rows[2][2] = number(3.40828197503071e17, QStringLiteral("3.40828197503071E+17"));
    const ColumnMapping mapping = guessColumns(sheet);
    const RosterPlan plan = planRoster(sheet, mapping, kToday);

    CHECK(problemsAt(plan, 3) == QStringList{QStringLiteral("C:error")});
    CHECK(reasonAt(plan, 3, 2).contains(QStringLiteral("15 digits")));
    CHECK(problemsAt(plan, 4) == QStringList{QStringLiteral("-:note")});
    CHECK(problemsAt(plan, 5) == (QStringList{QStringLiteral("C:warning"), QStringLiteral("F:error")}));
    CHECK(problemsAt(plan, 6) == QStringList{QStringLiteral("-:note")});
    CHECK(problemsAt(plan, 7) ==
          (QStringList{QStringLiteral("C:warning"), QStringLiteral("D:warning"), QStringLiteral("F:warning")}));
    CHECK(reasonAt(plan, 7, 3).contains(QStringLiteral("contradicts")));
    CHECK(problemsAt(plan, 8) == QStringList{QStringLiteral("C:error")});
    CHECK(problemsAt(plan, 9) == QStringList{QStringLiteral("C:warning")});
    CHECK(problemsAt(plan, 10).contains(QStringLiteral("B:warning")));
    CHECK(problemsAt(plan, 11) == QStringList{QStringLiteral("-:note")});

    // A household with an error stays out whole: 甲 and 乙 (row 3), 丙 (row 5), 戊 (row 8).
    CHECK(plan.refusedRows() == (QList<int>{2, 3, 5, 8}));
    const RosterHousehold &ding = plan.households.at(2);
    CHECK_FALSE(ding.refused);
    CHECK(ding.members.at(0).person.sex == Sex::Male); // the ID number's sex
    CHECK(ding.members.at(0).person.phone == QStringLiteral("13905561234"));
    CHECK(ding.members.at(0).person.notes.contains(QStringLiteral("0556-8123456")));
    CHECK(plan.households.at(4).members.at(0).person.idNumber == id(1965, 81));
    // 庚's unknown relation made them "other" in 己's household, with the lower-case x corrected.
    REQUIRE(plan.households.at(4).members.size() == 2);
    CHECK(plan.households.at(4).members.at(1).person.idNumber == withX);
}

TEST_CASE("Importing a roster writes its households once, and again changes nothing", "[roster]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    const Sheet sheet = villageRoster();
    RosterImport importer(store.db());
    const RosterPlan plan = planRoster(sheet, guessColumns(sheet), kToday);

    const auto first = importer.apply(plan, optionsFor(grid));
    REQUIRE(first.ok());
    CHECK(first->householdsAdded == 2);
    CHECK(first->personsAdded == 4);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM households WHERE roster_key IS NOT NULL")).toInt() == 2);
    CHECK(scalar(store.db(), QStringLiteral("SELECT p.name FROM households h JOIN persons p ON p.id = h.head_person_id "
                                            "WHERE h.roster_key = '001'"))
              .toString() == QStringLiteral("储大山"));
    const int changes = int(ChangeLog(store.db()).pending().size());

    const auto again = importer.apply(plan, optionsFor(grid));
    REQUIRE(again.ok());
    CHECK(again->householdsAdded == 0);
    CHECK(again->householdsUnchanged == 2);
    CHECK(again->personsUnchanged == 4);
    CHECK(int(ChangeLog(store.db()).pending().size()) == changes);

    // A changed row updates its person as an ordinary edit; what the register knows beyond the roster stays.
    PersonRepository persons(store.db());
    const QString wangId = scalar(store.db(), QStringLiteral("SELECT id FROM persons WHERE name = '王兰'")).toString();
    Person wang = *persons.get(wangId);
    wang.occupation = QStringLiteral("教师");
    REQUIRE(persons.update(wang).ok());
    Sheet changed = villageRoster();
    changed.rows[3][8] = text(QStringLiteral("13855661234"));
    const auto third = importer.apply(planRoster(changed, guessColumns(changed), kToday), optionsFor(grid));
    REQUIRE(third.ok());
    CHECK(third->personsUpdated == 1);
    CHECK(third->householdsUpdated == 1);
    CHECK(persons.get(wangId)->phone == QStringLiteral("13855661234"));
    CHECK(persons.get(wangId)->occupation == QStringLiteral("教师"));
}

TEST_CASE("A roster with errors is refused whole unless its bad rows are skipped", "[roster]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    Sheet sheet = villageRoster();
    sheet.rows[5][8] = text(QStringLiteral("12345")); // 汪春's phone
    RosterImport importer(store.db());
    const RosterPlan plan = planRoster(sheet, guessColumns(sheet), kToday);
    REQUIRE(plan.errorCount() == 1);

    const auto refused = importer.apply(plan, optionsFor(grid));
    REQUIRE_FALSE(refused.ok());
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM persons")).toInt() == 0);

    ImportOptions skipping = optionsFor(grid);
    skipping.skipBadRows = true;
    const auto skipped = importer.apply(plan, skipping);
    REQUIRE(skipped.ok());
    CHECK(skipped->householdsAdded == 1);
    CHECK(skipped->refusedRows == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM persons")).toInt() == 3);
}

TEST_CASE("An import that fails or is cancelled halfway leaves nothing", "[roster][faults]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    const Sheet sheet = villageRoster();
    RosterImport importer(store.db());
    const RosterPlan plan = planRoster(sheet, guessColumns(sheet), kToday);
    const auto pendingBefore = ChangeLog(store.db()).pending().size();

    // The second household's head fails to insert.
    REQUIRE(store.db()
                .exec(QStringLiteral("CREATE TEMP TRIGGER fail_person BEFORE INSERT ON persons WHEN NEW.name = '汪春' "
                                     "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"))
                .ok());
    const auto failed = importer.apply(plan, optionsFor(grid));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("injected failure")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM households")).toInt() == 0);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM persons")).toInt() == 0);
    CHECK(ChangeLog(store.db()).pending().size() == pendingBefore);
    REQUIRE(store.db().exec(QStringLiteral("DROP TRIGGER fail_person")).ok());

    ImportOptions cancelling = optionsFor(grid);
    cancelling.progress = [](int done, int) { return done < 1; };
    REQUIRE_FALSE(importer.apply(plan, cancelling).ok());
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM persons")).toInt() == 0);
}

TEST_CASE("A roster without household numbers groups members under the head's row", "[roster]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    const Sheet sheet = sheetOf({
        {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("家庭关系"), QStringLiteral("身份证号码"),
         QStringLiteral("现住址")},
        {QStringLiteral("1"), QStringLiteral("程一"), QStringLiteral("户主"), id(1950, 11), QStringLiteral("三组1号")},
        {QStringLiteral("2"), QStringLiteral("程二"), QStringLiteral("之子"), id(1980, 13), {}},
        {QStringLiteral("3"), QStringLiteral("程三"), QStringLiteral("孙女"), {}, {}},
        {QStringLiteral("4"), QStringLiteral("方四"), QStringLiteral("户主"), id(1955, 21), QStringLiteral("三组2号")},
        {QStringLiteral("5"), QStringLiteral("张五"), QStringLiteral("户主"), id(1956, 31), {}}, // no address
    });
    const RosterPlan plan = planRoster(sheet, guessColumns(sheet), kToday);
    REQUIRE(plan.households.size() == 3);
    CHECK(plan.households.at(0).members.size() == 3);
    CHECK(plan.households.at(0).key == id(1950, 11)); // the head's ID number keys it
    CHECK(plan.households.at(2).refused);
    CHECK(reasonAt(plan, 6, 4).contains(QStringLiteral("no address")));

    ImportOptions options = optionsFor(grid);
    options.skipBadRows = true;
    REQUIRE(RosterImport(store.db()).apply(plan, options).ok());
    // 程三 has no ID number: a second import finds her by name in the household.
    const auto again = RosterImport(store.db()).apply(plan, options);
    REQUIRE(again.ok());
    CHECK(again->personsAdded == 0);
    CHECK(again->personsUnchanged == 4);
}

TEST_CASE("The review names a person the import would move from another household", "[roster]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    const Sheet sheet = villageRoster();
    RosterImport importer(store.db());
    REQUIRE(importer.apply(planRoster(sheet, guessColumns(sheet), kToday), optionsFor(grid)).ok());

    // 储小河 (row 5) now appears as a member of 汪春's household.
    Sheet moved = villageRoster();
    moved.rows.append({text(QStringLiteral("002")), {}, text(QStringLiteral("储小河")), text(QStringLiteral("其他")),
                       text(id(1988, 33))});
    moved.rows[4][4] = Cell{};
    moved.rows[4][2] = text(QStringLiteral("储小溪"));
    RosterPlan plan = planRoster(moved, guessColumns(moved), kToday);
    importer.review(plan, grid);
    CHECK(reasonAt(plan, 7, -1).contains(QStringLiteral("another household")));
}

TEST_CASE("The rows left out are saved with their reasons, and load back once fixed", "[roster]")
{
    TestStore store;
    const QString grid = store.makeGrid();
    Sheet sheet = villageRoster();
    sheet.rows[5][8] = text(QStringLiteral("12345")); // 汪春's phone
    RosterImport importer(store.db());
    const ColumnMapping mapping = guessColumns(sheet);
    const RosterPlan plan = planRoster(sheet, mapping, kToday);
    ImportOptions skipping = optionsFor(grid);
    skipping.skipBadRows = true;
    REQUIRE(importer.apply(plan, skipping).ok());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("left-out.xlsx"));
    REQUIRE(writeRefusedRows(sheet, mapping, plan, path).ok());
    auto saved = readSheet(path);
    REQUIRE(saved.ok());
    REQUIRE(saved->rows.size() == 2);
    INFO(saved->rows.at(1).at(0).text.toStdString());
    CHECK(saved->rows.at(1).at(0).text.startsWith(QStringLiteral("Column I:"))); // the phone's column named
    CHECK(saved->rows.at(1).at(1).text == QStringLiteral("6"));                  // the roster's own row
    CHECK(saved->rows.at(1).at(7).text == sheet.rows.at(5).at(5).text);          // the cells as they were

    // Fixed in the saved file, it imports the household that was left out, and only that one.
    Sheet edited = *saved;
    edited.rows[1][10] = text(QStringLiteral("13955661234"));
    const ColumnMapping again = guessColumns(edited);
    CHECK(again.column(RosterField::Phone) == 10);
    const RosterPlan fixed = planRoster(edited, again, kToday);
    CHECK(fixed.errorCount() == 0);
    const auto summary = importer.apply(fixed, optionsFor(grid));
    REQUIRE(summary.ok());
    CHECK(summary->householdsAdded == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM households")).toInt() == 2);
}
