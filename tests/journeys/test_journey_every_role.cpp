// J8 — Every role, every path (../shared/JOURNEYS.md): each role of the demo signs in and opens every area,
// a household file, the search, the sync problems, a case page and its dossier, and the statistics' exports.
// No ID number, phone or birth date a role may not see appears in any text, document or file it can reach.
#include "journeys/Journey.h"

#include "core/auth/Scope.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/mediation/CaseDialog.h"
#include "ui/mediation/DisputeTableModel.h"
#include "ui/mediation/DisputesPage.h"
#include "ui/mediation/MediationReportPage.h"
#include "ui/register/HouseholdDialog.h"
#include "ui/search/GlobalSearchDialog.h"
#include "ui/sync/SyncProblemsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::journey;

namespace {

void addModelTexts(QStringList &texts, const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    const int rows = std::min(model->rowCount(parent), 500);
    for (int column = 0; column < model->columnCount(parent) && !parent.isValid(); ++column)
        texts.append(model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            texts.append(index.data(Qt::DisplayRole).toString());
            texts.append(index.data(Qt::ToolTipRole).toString());
            if (column == 0 && model->hasChildren(index))
                addModelTexts(texts, model, index);
        }
    }
}

// Every text a person can read in a window and what it holds: labels, fields, buttons, lists, tooltips.
QStringList textsOf(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        texts.append(widget->toolTip());
        texts.append(widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts.append(line->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts.append(plain->toPlainText());
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            texts.append(rich->toPlainText());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
            addModelTexts(texts, view->model());
    }
    return texts;
}

// Every tab of every tab widget in turn (a tab may read its data when shown).
QStringList textsOfAllTabs(QWidget *root)
{
    QStringList texts = textsOf(root);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            texts += textsOf(tabs->widget(i));
        }
    }
    return texts;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The personal values of the store, and which of them lie outside an account's scope.
struct Secrets
{
    QSet<QString> ids, phones, births;       // every person's and every party's
    QSet<QString> outsideIds, outsidePhones; // of persons and parties outside the scope
    QSet<QString> outsideMasks;              // masked ID numbers only a person outside the scope has

    Secrets(Database &db, const Account &account)
    {
        const QString inScope = regionInScope(QStringLiteral("%1"));
        QSet<QString> insideMasks;
        const auto read = [&](const QString &sql, bool person) {
            QSqlQuery query = db.prepare(sql);
            query.bindValue(QStringLiteral(":scope"), scopeValue(account.scope));
            REQUIRE(db.exec(query).ok());
            while (query.next()) {
                const QString id = query.value(0).toString();
                const QString phone = query.value(1).toString();
                const bool inside = query.value(2).toBool();
                if (!id.isEmpty()) {
                    ids.insert(id);
                    (inside ? insideMasks : outsideMasks).insert(maskIdNumber(id));
                    if (!inside)
                        outsideIds.insert(id);
                }
                if (!phone.isEmpty()) {
                    phones.insert(phone);
                    if (!inside)
                        outsidePhones.insert(phone);
                }
                if (person && query.value(3).toString() < QLatin1String("2020"))
                    births.insert(query.value(3).toString());
            }
        };
        read(QStringLiteral("SELECT p.id_number, p.phone, %1, p.birth_date FROM persons p JOIN households h ON h.id = "
                            "p.household_id"
                            " WHERE p.deleted = 0")
                 .arg(inScope.arg(QStringLiteral("h.grid_id"))),
             true);
        read(QStringLiteral(
                 "SELECT x.id_number, x.phone, %1 FROM dispute_parties x JOIN disputes d ON d.id = x.dispute_id"
                 " WHERE x.deleted = 0")
                 .arg(inScope.arg(QStringLiteral("d.region_id"))),
             false);
        outsideMasks -= insideMasks;
        births.remove(QString());
    }
};

// What a text shows that the role may not see; empty when nothing. `document`: a printed form or an export,
// where roles that may reveal personal data see the full values of their own scope.
QStringList leaks(const QStringList &texts, const Secrets &secrets, bool mayReveal, bool document)
{
    static const QRegularExpression idPattern(QStringLiteral("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9])"));
    static const QRegularExpression phonePattern(
        QStringLiteral("(?<![0-9])(1[0-9]{10}|0[0-9]{2,3}-[0-9]{7,8})(?![0-9])"));
    static const QRegularExpression maskPattern(QStringLiteral("[0-9]{6}\\*+[0-9Xx]{4}"));
    static const QRegularExpression chineseDate(QStringLiteral("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日"));
    static const QRegularExpression isoDate(QStringLiteral("(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])"));
    const bool fullAllowed = mayReveal && document;
    QStringList found;
    for (const QString &text : texts) {
        for (auto it = idPattern.globalMatch(text); it.hasNext();) {
            const QString id = it.next().captured(0).toUpper();
            if (secrets.outsideIds.contains(id) || (!fullAllowed && secrets.ids.contains(id)))
                found.append(QStringLiteral("ID number %1 in \"%2\"").arg(id, text.left(80)));
        }
        for (auto it = phonePattern.globalMatch(text); it.hasNext();) {
            const QString phone = it.next().captured(1);
            if (secrets.outsidePhones.contains(phone) || (!fullAllowed && secrets.phones.contains(phone)))
                found.append(QStringLiteral("phone %1 in \"%2\"").arg(phone, text.left(80)));
        }
        for (auto it = maskPattern.globalMatch(text); it.hasNext();) {
            const QString mask = it.next().captured(0);
            if (secrets.outsideMasks.contains(mask))
                found.append(QStringLiteral("someone outside the scope (%1) in \"%2\"").arg(mask, text.left(80)));
        }
        if (mayReveal)
            continue;
        // A birth date next to a masked ID number gives the hidden digits back.
        for (auto it = chineseDate.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (secrets.births.contains(date.toString(Qt::ISODate)))
                found.append(QStringLiteral("birth date %1 in \"%2\"").arg(m.captured(0), text.left(80)));
        }
        for (auto it = isoDate.globalMatch(text); it.hasNext();) {
            const QString date = it.next().captured(0);
            if (secrets.births.contains(date))
                found.append(QStringLiteral("birth date %1 in \"%2\"").arg(date, text.left(80)));
        }
    }
    return found;
}

QString firstHousehold(Database &db, const Account &account)
{
    QSqlQuery query =
        db.prepare(QStringLiteral("SELECT h.id FROM households h WHERE h.deleted = 0 AND %1"
                                  " AND EXISTS (SELECT 1 FROM persons p WHERE p.household_id = h.id AND p.deleted = 0"
                                  " AND p.id_number IS NOT NULL AND p.phone IS NOT NULL) ORDER BY h.sort_key LIMIT 1")
                       .arg(scopeCondition()));
    query.bindValue(QStringLiteral(":scope"), scopeValue(account.scope));
    REQUIRE(db.exec(query).ok());
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("J8 - every role reaches every screen, document and export and sees nothing it may not", "[journey][privacy]")
{
    World world(240, true);
    Database &db = world.db();
    QTemporaryDir files;
    for (const char *username :
         {"officer", "gridhead", "unithead", "defence", "mediator", "adviser", "admin", "county", "civil"}) {
        const World::SignedIn person = world.signIn(QString::fromLatin1(username));
        const Account &account = person.account;
        INFO("role " << account.role.toStdString());
        const bool mayReveal = account.permissions().revealPersonalData;
        const Secrets secrets(db, account);
        REQUIRE_FALSE(secrets.ids.isEmpty());
        if (account.role != QLatin1String("county_admin"))
            REQUIRE_FALSE(secrets.outsideIds.isEmpty()); // the neighbouring township at least
        auto window = world.openWindow(person);
        const auto check = [&](const QStringList &texts, const QString &where, bool document = false) {
            const QStringList found = leaks(texts, secrets, mayReveal, document);
            INFO(where.toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString());
            CHECK(found.isEmpty());
        };

        // Every area of the window, every tab of it.
        for (int area = MainWindow::Overview; area <= MainWindow::Statistics; ++area) {
            window->showArea(MainWindow::Area(area));
            QCoreApplication::processEvents();
            check(textsOfAllTabs(window.get()), QStringLiteral("area %1").arg(area));
        }

        if (!account.permissions().seeRegister) {
            // A department account: no household file and no search of the register, even on a PC that holds it.
            window->openHousehold(firstHousehold(db, account));
            window->showSearch();
            CHECK(QApplication::activeModalWidget() == nullptr);
            window.reset();
            continue;
        }

        // A household file of the scope, with people who have ID numbers and phones.
        onNextModal<HouseholdDialog>([&](HouseholdDialog *file) {
            check(textsOfAllTabs(file), QStringLiteral("household file"));
            file->reject();
        });
        window->openHousehold(firstHousehold(db, account));

        // The search, with a common surname.
        onNextModal<GlobalSearchDialog>([&](GlobalSearchDialog *search) {
            search->findChild<QLineEdit *>(QStringLiteral("query"))
                ->setText(QStringLiteral("储")); // as typed (an input method)
            test::waitUntil(
                [&] {
                    return search->findChild<QAbstractItemView *>(QStringLiteral("results"))->model()->rowCount() > 0;
                },
                5000);
            check(textsOf(search), QStringLiteral("search"));
            search->reject();
        });
        window->showSearch();

        onNextModal<SyncProblemsDialog>([&](SyncProblemsDialog *problems) {
            check(textsOf(problems), QStringLiteral("sync problems"));
            problems->reject();
        });
        window->showSyncProblems();

        if (account.permissions().seeDisputes) {
            // A case page of the scope with its parties, and its dossier saved as PDF from the page's menu.
            auto *disputes = window->findChild<DisputesPage *>();
            REQUIRE(disputes);
            REQUIRE(disputes->model()->rowCount() > 0);
            const QString caseId = disputes->model()->disputeId(0);
            CaseDialog page(db, account, caseId);
            page.show();
            check(textsOf(&page), QStringLiteral("case page"));
            auto *documents = page.findChild<QToolButton *>(QStringLiteral("documents"));
            QMenu *dossier = nullptr;
            for (QAction *action : documents->menu()->actions()) {
                if (action->menu() && action->text().contains(QStringLiteral("卷宗")))
                    dossier = action->menu();
            }
            REQUIRE(dossier);
            // Saved where the person points the dialog (the file keeps the name it proposes), a folder per role.
            const QString folder = files.filePath(QLatin1String(username));
            REQUIRE(QDir().mkpath(folder));
            QString pdf;
            onNextModal<QFileDialog>([&](QFileDialog *dialog) {
                REQUIRE(QTest::qWaitForWindowExposed(dialog));
                dialog->setDirectory(folder);
                QCoreApplication::processEvents();
                static_cast<QDialog *>(dialog)->accept(); // as the Save button does
                pdf = dialog->selectedFiles().value(0);
            });
            dossier->actions().last()->trigger(); // Save as PDF…
            REQUIRE(pdf.startsWith(folder));
            REQUIRE(QFile::exists(pdf));
            check({pdfText(pdf)}, QStringLiteral("dossier"), true);

            auto *report = window->findChild<MediationReportPage *>();
            REQUIRE(report);
            const QString csv = files.filePath(QStringLiteral("%1.csv").arg(QLatin1String(username)));
            const QString reportPdf = files.filePath(QStringLiteral("%1-report.pdf").arg(QLatin1String(username)));
            REQUIRE(report->exportCsv(csv).ok());
            REQUIRE(report->exportPdf(reportPdf).ok());
            QFile exported(csv);
            REQUIRE(exported.open(QIODevice::ReadOnly));
            check({QString::fromUtf8(exported.readAll()), pdfText(reportPdf)}, QStringLiteral("report exports"), true);
        }
        window.reset();
    }
    world.checkEnd();
}
