#include "core/common/ChinaTime.h"
#include "core/demo/DemoService.h"
#include "core/service/Consultations.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceRequests.h"
#include "core/service/VisitPlan.h"
#include "core/service/Visits.h"
#include "core/service/WorkingCalendar.h"
#include "tests/support/Chinese.h"
#include "tests/support/DemoWorkspace.h"
#include "tests/support/Modal.h"
#include "ui/documents/PageLayout.h"
#include "ui/documents/ServiceDocuments.h"
#include "ui/forms/Ask.h"
#include "ui/service/RequestDialog.h"
#include "ui/service/ServicePage.h"
#include "ui/service/ServiceSettingsTab.h"
#include "ui/service/VisitDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace lianxin;
using namespace lianxin::test;

namespace {
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

int count(Database &db, const QString &sql)
{
    return scalar(db, sql).toInt();
}

QPushButton *button(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}
} // namespace

TEST_CASE("A grid officer records a day of visits by the keyboard, one household after another")
{
    DemoWorkspace demo(7, 40);
    Database &db = demo.store.db();
    const Account officer = demo.account("officer");
    db.setActor(officer.id);
    ServicePage page(db, officer);
    page.resize(1200, 700);
    page.show();
    auto *due = page.findChild<QTableWidget *>(QStringLiteral("dueVisits"));
    REQUIRE(due);
    REQUIRE(due->rowCount() > 2);
    const QString firstAddress = due->item(0, 1)->text();
    const QString secondAddress = due->item(1, 1)->text();
    due->selectRow(0);

    QString secondDialogHousehold;
    onNextModal<VisitDialog>([&](VisitDialog *dialog) {
        QTest::keyClick(dialog->findChild<QComboBox *>(QStringLiteral("kind")), Qt::Key_Down); // 重点户走访
        dialog->findChild<QLineEdit *>(QStringLiteral("met"))->setText(QStringLiteral("户主本人"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("situation"))->setPlainText(QStringLiteral("家中一切正常"));
        auto *problemKind = dialog->findChild<QComboBox *>(QStringLiteral("problemKind"));
        problemKind->setFocus();
        QTest::keyClick(problemKind, Qt::Key_Down); // the first category
        dialog->findChild<QLineEdit *>(QStringLiteral("problem"))->setText(QStringLiteral("咨询低保政策"));
        auto *answer = dialog->findChild<QComboBox *>(QStringLiteral("answer"));
        QTest::keyClick(answer, Qt::Key_Down);
        QTest::keyClick(answer, Qt::Key_Down); // explained
        auto *note = dialog->findChild<QLineEdit *>(QStringLiteral("answerNote"));
        note->setText(QStringLiteral("已解释低保申请条件"));
        note->setFocus();
        // The next dialog, for the next household: read it and close it with Escape.
        onNextModal<VisitDialog>([&](VisitDialog *next) {
            for (QLabel *label : next->findChildren<QLabel *>()) {
                if (label->text().startsWith(secondAddress))
                    secondDialogHousehold = label->text();
            }
            QTest::keyClick(next, Qt::Key_Escape);
        });
        QTest::keyClick(note, Qt::Key_Return); // Enter: save and next
    });
    button(&page, "recordVisit")->click();
    CHECK_FALSE(secondDialogHousehold.isEmpty());
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM visits")) == 1);
    CHECK(scalar(db, QStringLiteral("SELECT kind FROM visits")).toString() == QStringLiteral("key"));
    CHECK(scalar(db, QStringLiteral("SELECT answer FROM problems")).toString() == QStringLiteral("explained"));
    CHECK(scalar(db, QStringLiteral("SELECT workers FROM visits")).toString().contains(officer.displayName));
    // The household visited has left the list of those due this period.
    for (int row = 0; row < due->rowCount(); ++row)
        CHECK(due->item(row, 1)->text() != firstAddress);
}

TEST_CASE("A visit the form cannot save says why under the form and records nothing")
{
    DemoWorkspace demo(7, 20);
    Database &db = demo.store.db();
    const Account officer = demo.account("officer");
    const QString household = scalar(db, QStringLiteral("SELECT id FROM households LIMIT 1")).toString();
    VisitDialog dialog(db, officer, household);
    dialog.findChild<QLineEdit *>(QStringLiteral("workers"))->setText(QStringLiteral("甲，乙，丙"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("one or two")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visits")) == 0);
}

TEST_CASE(
    "The sub-centre accepts and assigns a request from its inbox, a department claims and reports, and the slip prints")
{
    Chinese chinese;
    DemoWorkspace demo(7, 30);
    Database &db = demo.store.db();
    const QString township = demo.account("admin").scope.first();
    ServiceCatalogue catalogue(db);
    REQUIRE(catalogue.addDefaults(township).ok());
    ServiceRequest r;
    r.regionId = scalar(db, QStringLiteral("SELECT grid_id FROM households LIMIT 1")).toString();
    r.kindId = scalar(db, QStringLiteral("SELECT id FROM service_kinds WHERE code = 'S03'")).toString();
    r.description = QStringLiteral("申请低保");
    r.contactName = QStringLiteral("王秀英");
    const QString id = *ServiceRequests(db).take(r, QStringLiteral("grid_officer"));

    const Account admin = demo.account("admin");
    db.setActor(admin.id);
    ServicePage page(db, admin);
    page.show();
    auto *filter = page.findChild<QComboBox *>(QStringLiteral("requestFilter"));
    filter->setCurrentIndex(1); // to accept
    auto *requests = page.findChild<QTableWidget *>(QStringLiteral("requests"));
    REQUIRE(requests->rowCount() == 1);
    requests->selectRow(0);
    button(&page, "action_accept")->click();
    CHECK(ServiceRequests(db).get(id)->state == QStringLiteral("accepted"));
    filter->setCurrentIndex(2); // to assign
    requests->selectRow(0);
    const QList<Department> departments = catalogue.departments(township);
    int civil = 0;
    for (int i = 0; i < departments.size(); ++i) {
        if (departments.at(i).name == QStringLiteral("民政办"))
            civil = i;
    }
    ask::queueChoice(civil);
    button(&page, "action_assign")->click();
    CHECK(ServiceRequests(db).get(id)->departmentId == departments.at(civil).id);
    // A step the state does not allow is not offered.
    requests->selectRow(0);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("action_accept")));

    const Account civilStaff = demo.account("civil");
    CHECK(civilStaff.departmentId == departments.at(civil).id);
    db.setActor(civilStaff.id);
    ServicePage inbox(db, civilStaff);
    inbox.show();
    auto *theirs = inbox.findChild<QTableWidget *>(QStringLiteral("requests"));
    REQUIRE(theirs->rowCount() == 1);
    CHECK(inbox.findChild<QTableWidget *>(QStringLiteral("dueVisits")) == nullptr); // no register work here
    theirs->selectRow(0);
    button(&inbox, "action_claim")->click();
    theirs->selectRow(0);
    ask::queueText(QStringLiteral("已批准低保，每月 600 元"));
    button(&inbox, "action_done")->click();
    CHECK(ServiceRequests(db).get(id)->state == QStringLiteral("done"));

    RequestDialog dialog(db, civilStaff, id);
    dialog.show();
    screenshot(dialog, QStringLiteral("service-request"));
    auto *timeline = dialog.findChild<QTableWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline->rowCount() == 5);
    CHECK(timeline->item(4, 3)->text().contains(QStringLiteral("600")));
    CHECK(timeline->item(1, 1)->text() == admin.displayName);
    CHECK(timeline->item(3, 1)->text() == civilStaff.displayName);

    QTemporaryDir dir;
    const auto request = ServiceRequests(db).get(id);
    const QString path = dir.filePath(QStringLiteral("slip.pdf"));
    REQUIRE(documents::writePdfFile(path, QStringLiteral("受理单"), [&](QPagedPaintDevice &) {
                return documents::requestSlipLayout(QStringLiteral("天堂镇"), *request, QStringLiteral("低保特困申请"),
                                                    QStringLiteral("民政办"));
            }).ok());
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("天堂镇便民服务事项受理单")));
    CHECK(text.contains(request->number));
    CHECK(text.contains(QStringLiteral("低保特困申请")));
    CHECK(text.contains(QStringLiteral("民政办")));
    CHECK(text.contains(QStringLiteral("王秀英")));
}

TEST_CASE("The visit list, the visit record and the consultation minutes read back in Chinese")
{
    Chinese chinese;
    DemoWorkspace demo(7, 30);
    Database &db = demo.store.db();
    REQUIRE(makeDemoService(db, 7).ok());
    {
        // The sub-centre's view of a year of the demo, for the README.
        ServicePage page(db, demo.account("admin"));
        page.resize(1280, 700);
        page.show();
        auto *tabs = page.findChild<QTabWidget *>();
        tabs->setCurrentIndex(2);
        screenshot(page, QStringLiteral("service-requests"));
        tabs->setCurrentIndex(1);
        screenshot(page, QStringLiteral("service-problems"));
        tabs->setCurrentIndex(3);
        screenshot(page, QStringLiteral("service-consultations"));
        tabs->setCurrentIndex(4);
        screenshot(page, QStringLiteral("service-settings"));
    }
    QTemporaryDir dir;
    const QDate today = chinaToday(db.clock());
    ServiceCatalogue catalogue(db);
    const QString township = demo.account("admin").scope.first();
    const auto due = VisitPlan(db, catalogue.visitSettings(township)).due(std::nullopt, today, 50);
    REQUIRE(due.ok());
    REQUIRE_FALSE(due->isEmpty());
    const QString list = dir.filePath(QStringLiteral("list.pdf"));
    REQUIRE(documents::writePdfFile(list, QStringLiteral("走访清单"), [&](QPagedPaintDevice &) {
                return documents::visitListLayout(QStringLiteral("第1网格"), today, *due, false);
            }).ok());
    const QString listText = pdfText(list);
    CHECK(listText.contains(QStringLiteral("第1网格走访清单")));
    CHECK(listText.contains(due->first().headName));
    if (!due->first().headPhone.isEmpty()) {
        CHECK(listText.contains(maskPhone(due->first().headPhone)));
        CHECK_FALSE(listText.contains(due->first().headPhone));
    }

    VisitRepository visits(db);
    const QString visitId =
        scalar(db, QStringLiteral("SELECT visit_id FROM problems WHERE answer = 'explained' LIMIT 1")).toString();
    const auto visit = visits.get(visitId);
    REQUIRE(visit);
    const QString record = dir.filePath(QStringLiteral("record.pdf"));
    REQUIRE(documents::writePdfFile(record, QStringLiteral("入户走访记录表"), [&](QPagedPaintDevice &) {
                return documents::visitRecordLayout(QStringLiteral("户主甲"), QStringLiteral("一组 3 号"), *visit,
                                                    visits.problemsOf(visitId));
            }).ok());
    const QString recordText = pdfText(record);
    CHECK(recordText.contains(QStringLiteral("入户走访记录表")));
    CHECK(recordText.contains(QStringLiteral("解释说明")));
    CHECK(recordText.contains(visits.problemsOf(visitId).first().description));

    const QList<Consultation> meetings = Consultations(db).list(std::nullopt);
    REQUIRE(meetings.size() >= 2);
    const auto meeting = Consultations(db).get(meetings.first().id);
    const QString minutes = dir.filePath(QStringLiteral("minutes.pdf"));
    REQUIRE(documents::writePdfFile(minutes, QStringLiteral("会商纪要"), [&](QPagedPaintDevice &) {
                return documents::consultationMinutesLayout(QStringLiteral("天堂镇"), *meeting);
            }).ok());
    const QString minutesText = pdfText(minutes);
    CHECK(minutesText.contains(QStringLiteral("天堂镇乡镇会商纪要")));
    CHECK(minutesText.contains(QStringLiteral("议定事项")));
    CHECK(minutesText.contains(meeting->chair));
    CHECK(minutesText.contains(QStringLiteral("民政办")));
}

TEST_CASE("The sub-centre keeps the township's kinds and calendar, and a request taken after follows them")
{
    DemoWorkspace demo(7, 20);
    Database &db = demo.store.db();
    const Account admin = demo.account("admin");
    db.setActor(admin.id);
    const QString township = admin.scope.first();
    REQUIRE(ServiceCatalogue(db).addDefaults(township).ok());
    ServiceSettingsTab settings(db, admin);
    settings.show();

    // A new kind: 3 working days, handled by 民政办.
    onNextModal<QDialog>([](QDialog *dialog) {
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        REQUIRE(edits.size() >= 2);
        edits.at(0)->setText(QStringLiteral("S20"));
        edits.at(1)->setText(QStringLiteral("高龄津贴"));
        dialog->findChildren<QSpinBox *>().first()->setValue(3);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    button(&settings, "addKind")->click();
    const QString kind = scalar(db, QStringLiteral("SELECT id FROM service_kinds WHERE code = 'S20'")).toString();
    CHECK(scalar(db, QStringLiteral("SELECT limit_days FROM service_kinds WHERE code = 'S20'")).toInt() == 3);

    // Tomorrow becomes a holiday: a request taken today has one working day more.
    const QDate today = chinaToday(db.clock());
    ServiceRequest r;
    r.regionId = scalar(db, QStringLiteral("SELECT grid_id FROM households LIMIT 1")).toString();
    r.kindId = kind;
    r.description = QStringLiteral("申请高龄津贴");
    const QDate before = ServiceRequests(db).get(*ServiceRequests(db).take(r, QStringLiteral("township_admin")))->dueOn;
    QDate tomorrow = today.addDays(1);
    onNextModal<QDialog>([tomorrow](QDialog *dialog) {
        dialog->findChild<QDateEdit *>()->setDate(tomorrow);
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("测试假日"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    button(&settings, "addDay")->click();
    CHECK(settings.findChild<QTableWidget *>(QStringLiteral("holidays"))->rowCount() == 1);
    const QDate after = ServiceRequests(db).get(*ServiceRequests(db).take(r, QStringLiteral("township_admin")))->dueOn;
    // The test clock stands on Sunday 29 November: three working days end on Thursday, or Friday once Monday is off.
    CHECK(before == QDate(2026, 12, 3));
    CHECK(after == QDate(2026, 12, 4));
    CHECK_FALSE(WorkingCalendar::load(db).isWorkingDay(tomorrow));
    // An empty name for a kind is refused under the form, and nothing is written.
    onNextModal<QDialog>([](QDialog *dialog) {
        dialog->findChildren<QLineEdit *>().at(1)->clear();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        bool said = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("Kind of request"));
        CHECK(said);
        dialog->reject();
    });
    auto *kinds = settings.findChild<QTableWidget *>(QStringLiteral("kinds"));
    kinds->selectRow(0);
    button(&settings, "editKind")->click();
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM service_kinds WHERE name IS NULL OR name = ''")).toInt() ==
          0);
}
