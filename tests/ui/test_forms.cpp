#include "core/auth/AuditLog.h"
#include "core/register/HouseholdRepository.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsLedger.h"
#include "core/register/PersonRepository.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Wait.h"
#include "ui/forms/Ask.h"
#include "ui/forms/HouseholdForm.h"
#include "ui/forms/PersonForm.h"
#include "ui/forms/TagBoxes.h"
#include "ui/register/HouseholdDialog.h"
#include "ui/register/HouseholdTableModel.h"
#include "ui/search/GlobalSearchDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QSqlQuery>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lianxin;
using lianxin::test::TestStore;
using lianxin::test::Chinese;
using lianxin::test::makeIdNumber;
using lianxin::test::screenshot;
using lianxin::test::waitUntil;

namespace {
// The officer of a small demo township.
struct Workspace : lianxin::test::DemoWorkspace
{
    Account officer;
    Workspace() : DemoWorkspace(21, 120), officer(account("officer")) {}

    // The first household of the officer's grid.
    QString firstHousehold()
    {
        HouseholdFilter inScope;
        inScope.scope = officer.scope;
        return HouseholdRepository(store.db()).list(inScope, {}, 1).rows.first().id;
    }
};

// Types into a field as a person would: Latin text by keys, Chinese through the input method.
void type(QWidget *form, const char *field, const QString &text)
{
    auto *edit = form->findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->setFocus();
    bool latin = true;
    for (QChar c : text)
        latin = latin && c.unicode() < 128;
    if (latin) {
        QTest::keyClicks(edit, text);
    } else {
        QInputMethodEvent typed;
        typed.setCommitString(text);
        QCoreApplication::sendEvent(edit, &typed);
    }
}

void pressSave(QWidget *form)
{
    QTest::keyClick(form->findChild<QLineEdit *>(), Qt::Key_Return);
}
} // namespace

TEST_CASE("A household with two members is added through the forms", "[ui][forms]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    HouseholdFilter inScope;
    inScope.scope = workspace.officer.scope;
    const int before = HouseholdRepository(db).count(inScope);
    workspace.store.clock().advanceSeconds(3600); // an hour after the demo data was made

    HouseholdForm householdForm(db, workspace.officer, Household{});
    householdForm.show();
    type(&householdForm, "address", QStringLiteral("天堂镇新安村7组"));
    type(&householdForm, "house_number", QStringLiteral("18"));
    pressSave(&householdForm);
    REQUIRE(householdForm.result() == QDialog::Accepted);
    const QString householdId = householdForm.household().id;
    REQUIRE_FALSE(householdId.isEmpty());
    CHECK(HouseholdRepository(db).count(inScope) == before + 1);

    for (const auto &[name, id] : {std::pair{QStringLiteral("储新华"), makeIdNumber(QStringLiteral("340828"), QDate(1970, 2, 3), 135)},
                                   std::pair{QStringLiteral("汪春兰"), makeIdNumber(QStringLiteral("340828"), QDate(1972, 8, 9), 246)}}) {
        Person person;
        person.householdId = householdId;
        PersonForm form(db, workspace.officer, person);
        form.show();
        type(&form, "name", name);
        type(&form, "id_number", id);
        type(&form, "phone", QStringLiteral("139 0556 0001"));
        screenshot(form, QStringLiteral("person-form"));
        pressSave(&form);
        REQUIRE(form.result() == QDialog::Accepted);
    }
    const QList<Person> members = PersonRepository(db).members(householdId);
    REQUIRE(members.size() == 2);
    CHECK(members[0].sex != members[1].sex); // taken from the ID numbers
    CHECK(members[0].phone == QStringLiteral("13905560001"));

    HouseholdTableModel model(db);
    HouseholdFilter filter;
    filter.scope = workspace.officer.scope;
    filter.sort = HouseholdSort::UpdatedAt;
    filter.descending = true;
    model.setFilter(filter);
    CHECK(model.householdId(0) == householdId);
    CHECK(model.index(0, HouseholdTableModel::Members).data().toInt() == 2);

    // And global search finds the new member by two characters of the given name.
    GlobalSearchDialog search(db, workspace.officer);
    search.show();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("新华"));
    QCoreApplication::sendEvent(search.findChild<QLineEdit *>(QStringLiteral("query")), &typed);
    auto *results = search.findChild<QListWidget *>(QStringLiteral("results"));
    REQUIRE(waitUntil([&] { return results->count() > 0; }));
    CHECK(results->item(0)->text().startsWith(QStringLiteral("储新华")));
    QTest::keyClick(search.findChild<QLineEdit *>(QStringLiteral("query")), Qt::Key_Return);
    CHECK(search.chosenHouseholdId() == householdId);
}

TEST_CASE("An invalid ID number shows its message beside the field and saves nothing", "[ui][forms]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString householdId = HouseholdRepository(db).list({}, {}, 1).rows.first().id;
    const int before = int(PersonRepository(db).members(householdId).size());
    Person person;
    person.householdId = householdId;
    PersonForm form(db, workspace.officer, person);
    form.show();
    type(&form, "name", QStringLiteral("王五"));
    type(&form, "id_number", QStringLiteral("340828199003071235"));
    pressSave(&form);
    CHECK(form.isVisible());
    CHECK(form.result() != QDialog::Accepted);
    CHECK(form.errorOf(QStringLiteral("id_number")) == QStringLiteral("身份证号码校验位错误：最后一位应为 4。请对照证件核对各位数字。"));
    screenshot(form, QStringLiteral("person-form-error"));
    CHECK(form.errorOf(QStringLiteral("name")).isEmpty());
    CHECK(PersonRepository(db).members(householdId).size() == before);

    // Closing with unsaved changes asks first; cancelling the question keeps the form open.
    ask::queueAnswer(QMessageBox::Cancel);
    form.reject();
    CHECK(form.isVisible());
    ask::queueAnswer(QMessageBox::Discard);
    form.reject();
    CHECK_FALSE(form.isVisible());
}

TEST_CASE("Editing a member updates the household file", "[ui][forms]")
{
    Workspace workspace;
    Database &db = workspace.store.db();
    const QString householdId = workspace.firstHousehold();
    HouseholdDialog dialog(db, workspace.officer, householdId);
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("members"));
    table->selectRow(0);

    QTimer::singleShot(0, [] {
        auto *form = qobject_cast<PersonForm *>(QApplication::activeModalWidget());
        REQUIRE(form);
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("name"));
        name->selectAll();
        type(form, "name", QStringLiteral("储改名"));
        form->accept();
    });
    const QString editedId = PersonRepository(db).members(householdId).first().id;
    dialog.editMember();
    CHECK(dialog.changedRegister());
    // Opening the form showed the full ID number and phone: both reveals are in the audit log.
    CHECK(AuditLog(db).revealCount(QStringLiteral("persons"), editedId) == 2);
    bool renamed = false;
    for (int row = 0; row < table->rowCount(); ++row)
        renamed = renamed || table->item(row, 0)->text() == QStringLiteral("储改名");
    CHECK(renamed);

    // Removing asks once.
    table->selectRow(0);
    const int before = table->rowCount();
    ask::queueAnswer(QMessageBox::Yes);
    dialog.removeMember();
    CHECK(table->rowCount() == before - 1);
}

TEST_CASE("The household file shows the household's notes", "[ui][forms]")
{
    Workspace workspace;
    Database &db = workspace.store.db();
    const QString householdId = workspace.firstHousehold();
    auto household = HouseholdRepository(db).get(householdId);
    REQUIRE(household);
    household->notes = QStringLiteral("老屋拆迁，暂住儿子家");
    REQUIRE(HouseholdRepository(db).update(*household).ok());
    HouseholdDialog dialog(db, workspace.officer, householdId);
    dialog.show();
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("notes"))->text() == QStringLiteral("老屋拆迁，暂住儿子家"));
}

TEST_CASE("Tag boxes change only the tags they show", "[ui][forms]")
{
    TagBoxes boxes(vocabulary::personTags(), {QStringLiteral("veteran"), QStringLiteral("drug_user")},
                   [](const VocabularyEntry &entry) { return !entry.sensitive; });
    const QList<QCheckBox *> shown = boxes.findChildren<QCheckBox *>();
    CHECK(shown.size() == 4); // the four tags that are not special groups
    for (QCheckBox *box : shown)
        box->setChecked(box->property("code").toString() == QStringLiteral("party_member"));
    const QStringList result = boxes.applyTo({QStringLiteral("veteran"), QStringLiteral("drug_user")});
    CHECK(result.contains(QStringLiteral("drug_user"))); // hidden, so kept
    CHECK(result.contains(QStringLiteral("party_member")));
    CHECK_FALSE(result.contains(QStringLiteral("veteran")));
}

TEST_CASE("The household file shows its points and the flag under the village's threshold", "[ui][forms]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    const QString householdId = workspace.firstHousehold();
    QSqlQuery villageOf = db.prepare(QStringLiteral(
        "SELECT g.parent_id FROM households h JOIN regions g ON g.id = h.grid_id WHERE h.id = ?"));
    villageOf.addBindValue(householdId);
    REQUIRE(db.exec(villageOf).ok());
    REQUIRE(villageOf.next());
    const QString village = villageOf.value(0).toString();
    REQUIRE(PointsCatalogue(db).installDefault(village).ok());
    PointsLedger ledger(db);
    PointsEntry deduction;
    deduction.householdId = householdId;
    for (const Indicator &i : PointsCatalogue(db).current(village)) {
        if (i.code == QLatin1String("HJ03"))
            deduction.indicatorId = i.id;
    }
    deduction.points = -3;
    deduction.deedOn = QDate(2026, 11, 1);
    deduction.proposedBy = QStringLiteral("网格员");
    const QString entry = *ledger.propose(deduction);
    REQUIRE(ledger.decide(entry, *ledger.holdMeeting(village, QDate(2026, 11, 2), QStringLiteral("评议会"), {}), 6, 1, true).ok());
    REQUIRE(*ledger.confirmDue(village) == 1);
    PointsSettings settings = ledger.settings(village);
    settings.threshold = 0;
    REQUIRE(ledger.saveSettings(settings).ok());

    HouseholdDialog dialog(db, workspace.officer, householdId);
    dialog.show();
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("points"))->text();
    CHECK(shown.contains(QStringLiteral("-3")));
    CHECK(shown.contains(QStringLiteral("低于本村门槛")));
    // The link to the account closes the file and asks for the points area.
    CHECK_FALSE(dialog.wantsPointsAccount());
    emit dialog.findChild<QLabel *>(QStringLiteral("points"))->linkActivated(QStringLiteral("#account"));
    CHECK(dialog.wantsPointsAccount());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("The first member of a new household is its head, shown in the file and the register", "[ui][forms]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    workspace.store.clock().advanceSeconds(3600); // an hour after the demo data was made
    Household household;
    household.gridId = workspace.officer.scope.value(0);
    household.address = QStringLiteral("天堂镇新安村7组");
    household.houseNumber = QStringLiteral("21");
    const QString householdId = *HouseholdRepository(db).create(household);

    HouseholdDialog dialog(db, workspace.officer, householdId);
    dialog.resize(920, 420);
    dialog.show();
    auto *head = dialog.findChild<QLabel *>(QStringLiteral("head"));
    REQUIRE(head);
    CHECK(head->text().startsWith(QStringLiteral("未登记")));

    // The form starts the first member as head; saving makes them the household's head.
    QString startedAs;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<PersonForm *>(QApplication::activeModalWidget());
        REQUIRE(form);
        startedAs = form->findChild<QComboBox *>(QStringLiteral("relation"))->currentData().toString();
        type(form, "name", QStringLiteral("储新华"));
        type(form, "id_number", makeIdNumber(QStringLiteral("340828"), QDate(1970, 2, 3), 135));
        form->accept();
    });
    dialog.addMember();
    CHECK(startedAs == QStringLiteral("head"));
    CHECK(head->text() == QStringLiteral("储新华"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("members"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("户主"));
    HouseholdFilter filter;
    filter.scope = workspace.officer.scope;
    filter.sort = HouseholdSort::UpdatedAt;
    filter.descending = true;
    const HouseholdRow row = HouseholdRepository(db).list(filter, {}, 1).rows.first();
    CHECK(row.id == householdId);
    CHECK(row.headName == QStringLiteral("储新华"));

    // The next member starts as "other"; made head too, the form says who the head is, under the field.
    QString secondStartedAs;
    QString refusal;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<PersonForm *>(QApplication::activeModalWidget());
        REQUIRE(form);
        auto *relation = form->findChild<QComboBox *>(QStringLiteral("relation"));
        secondStartedAs = relation->currentData().toString();
        type(form, "name", QStringLiteral("汪春兰"));
        relation->setCurrentIndex(relation->findData(QStringLiteral("head")));
        form->accept();
        refusal = form->errorOf(QStringLiteral("relation"));
        relation->setCurrentIndex(relation->findData(QStringLiteral("spouse")));
        form->accept();
    });
    dialog.addMember();
    CHECK(secondStartedAs == QStringLiteral("other"));
    CHECK(refusal.contains(QStringLiteral("储新华")));
    CHECK(refusal.contains(QStringLiteral("户主")));
    CHECK(table->rowCount() == 2);
    CHECK(head->text() == QStringLiteral("储新华"));
    screenshot(dialog, QStringLiteral("household-head"));
}

TEST_CASE("A role that may not reveal sees the member form masked, and saving keeps the stored values",
          "[ui][forms][privacy]")
{
    Workspace workspace;
    Chinese chinese;
    Database &db = workspace.store.db();
    // The unit head may not reveal; the form is built for whichever role opens it.
    const Account masked = workspace.account("unithead");
    REQUIRE_FALSE(masked.permissions().revealPersonalData);
    HouseholdFilter inScope;
    inScope.scope = workspace.officer.scope;
    Person person;
    for (const HouseholdRow &row : HouseholdRepository(db).list(inScope, {}, 50).rows)
        for (const Person &member : PersonRepository(db).members(row.id))
            if (person.id.isEmpty() && !member.idNumber.isEmpty() && !member.phone.isEmpty())
                person = member;
    REQUIRE_FALSE(person.id.isEmpty());

    {
        PersonForm form(db, masked, person);
        form.show();
        auto *idNumber = form.findChild<QLineEdit *>(QStringLiteral("id_number"));
        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("phone"));
        CHECK(idNumber->text() == maskIdNumber(person.idNumber));
        CHECK(phone->text() == maskPhone(person.phone));
        CHECK_FALSE(idNumber->text().contains(person.idNumber.mid(6, 8)));
        // Another field changed: the masked ones stay as stored, never the mask.
        auto *occupation = form.findChild<QLineEdit *>(QStringLiteral("occupation"));
        occupation->clear();
        type(&form, "occupation", QStringLiteral("务农"));
        pressSave(&form);
        REQUIRE(form.result() == QDialog::Accepted);
    }
    Person stored = *PersonRepository(db).get(person.id);
    CHECK(stored.occupation == QStringLiteral("务农"));
    CHECK(stored.idNumber == person.idNumber);
    CHECK(stored.phone == person.phone);

    {
        // Part of a mask changed is refused under the field; a whole new phone replaces the stored one.
        PersonForm form(db, masked, stored);
        form.show();
        auto *idNumber = form.findChild<QLineEdit *>(QStringLiteral("id_number"));
        idNumber->setFocus();
        idNumber->end(false);
        QTest::keyClick(idNumber, Qt::Key_Backspace);
        pressSave(&form);
        CHECK(form.result() != QDialog::Accepted);
        CHECK(form.errorOf(QStringLiteral("id_number")).contains(QStringLiteral("完整")));
        idNumber->setText(maskIdNumber(stored.idNumber));
        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("phone"));
        phone->clear();
        type(&form, "phone", QStringLiteral("13905560002"));
        pressSave(&form);
        REQUIRE(form.result() == QDialog::Accepted);
    }
    stored = *PersonRepository(db).get(person.id);
    CHECK(stored.phone == QStringLiteral("13905560002"));
    CHECK(stored.idNumber == person.idNumber);

    // From the household file nothing is revealed, so nothing is audited; the form there is masked too.
    HouseholdDialog dialog(db, masked, stored.householdId);
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("members"));
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == stored.name)
            table->selectRow(row);
    QString shownId;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<PersonForm *>(QApplication::activeModalWidget());
        REQUIRE(form);
        shownId = form->findChild<QLineEdit *>(QStringLiteral("id_number"))->text();
        form->reject();
    });
    dialog.editMember();
    CHECK(shownId == maskIdNumber(stored.idNumber));
    CHECK(AuditLog(db).revealCount(QStringLiteral("persons"), stored.id) == 0);
}
