#include "ui/service/ServiceSettingsTab.h"

#include "core/common/ChinaTime.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "core/service/ServiceCatalogue.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/WorkingCalendar.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/forms/Ask.h"
#include "ui/forms/ListTable.h"
#include "ui/forms/TagBoxes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace lianxin {

namespace {
QPushButton *button(const QString &text, const char *name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

ServiceSettingsTab::ServiceSettingsTab(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_account(account), m_townships(new QComboBox), m_period(new QComboBox),
      m_keyDays(new QSpinBox), m_tagsHolder(new QVBoxLayout),
      m_departments(list_table::make({tr("Department")}, QStringLiteral("departments"))),
      m_kinds(list_table::make({tr("Code"), tr("Type"), tr("Kind of request"), tr("Department"), tr("Time limit")},
                               QStringLiteral("kinds"))),
      m_days(list_table::make({tr("Date"), tr("Day"), tr("Name")}, QStringLiteral("holidays"))), m_message(new QLabel)
{
    // The townships of the scope (a county account keeps each one's).
    for (const Region &township : RegionRepository(m_database).townshipsWithin(m_account.scope))
        m_townships->addItem(township.name, township.id);
    m_townships->setObjectName(QStringLiteral("settingsTownship"));
    connect(m_townships, &QComboBox::currentIndexChanged, this, &ServiceSettingsTab::reload);
    for (const VocabularyEntry &entry : vocabulary::visitPeriods())
        m_period->addItem(entry.label(), QLatin1String(entry.code));
    m_period->setObjectName(QStringLiteral("period"));
    m_keyDays->setRange(1, 92);
    m_keyDays->setSuffix(tr(" days"));
    m_keyDays->setObjectName(QStringLiteral("keyDays"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto *plan = new QGroupBox(tr("Visit plan"));
    auto *planForm = new QFormLayout(plan);
    planForm->addRow(tr("Township:"), m_townships);
    planForm->addRow(tr("Every household once:"), m_period);
    planForm->addRow(tr("Key households every:"), m_keyDays);
    planForm->addRow(tr("Key households are those tagged:"), m_tagsHolder);
    auto *savePlan = button(tr("Save the visit plan"), "savePlan");
    connect(savePlan, &QPushButton::clicked, this, &ServiceSettingsTab::saveVisitPlan);
    planForm->addRow(QString(), savePlan);

    auto *departments = new QGroupBox(tr("Departments"));
    auto *departmentsLayout = new QVBoxLayout(departments);
    departmentsLayout->addWidget(m_departments);
    auto *addDepartment = button(tr("Add a department…"), "addDepartment");
    connect(addDepartment, &QPushButton::clicked, this, &ServiceSettingsTab::addDepartment);
    departmentsLayout->addWidget(addDepartment);

    auto *kinds = new QGroupBox(tr("Kinds of request and their time limits"));
    auto *kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->addWidget(m_kinds);
    auto *kindButtons = new QHBoxLayout;
    auto *addKind = button(tr("Add a kind…"), "addKind");
    auto *editKind = button(tr("Change the kind…"), "editKind");
    connect(addKind, &QPushButton::clicked, this, [this] { this->editKind(true); });
    connect(editKind, &QPushButton::clicked, this, [this] { this->editKind(false); });
    kindButtons->addWidget(addKind);
    kindButtons->addWidget(editKind);
    kindButtons->addStretch();
    kindsLayout->addLayout(kindButtons);

    auto *days = new QGroupBox(tr("Holidays and make-up workdays"));
    auto *daysLayout = new QVBoxLayout(days);
    daysLayout->addWidget(m_days);
    auto *dayButtons = new QHBoxLayout;
    auto *addDay = button(tr("Add a day…"), "addDay");
    auto *removeDay = button(tr("Remove the day"), "removeDay");
    connect(addDay, &QPushButton::clicked, this, &ServiceSettingsTab::addDay);
    connect(removeDay, &QPushButton::clicked, this, &ServiceSettingsTab::removeDay);
    dayButtons->addWidget(addDay);
    dayButtons->addWidget(removeDay);
    dayButtons->addStretch();
    daysLayout->addLayout(dayButtons);

    auto *grid = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(plan);
    left->addWidget(departments, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(kinds, 1);
    right->addWidget(days, 1);
    grid->addLayout(left, 2);
    grid->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_message);
    reload();
}

QString ServiceSettingsTab::township() const
{
    return m_townships->currentData().toString();
}

void ServiceSettingsTab::reload()
{
    ServiceCatalogue catalogue(m_database);
    const VisitSettings settings = catalogue.visitSettings(township());
    m_period->setCurrentIndex(m_period->findData(settings.period));
    m_keyDays->setValue(settings.keyDays);
    delete m_keyTags;
    m_keyTags =
        new TagBoxes(vocabulary::householdTags(), settings.keyTags, [](const VocabularyEntry &) { return true; });
    m_tagsHolder->addWidget(m_keyTags);

    const QList<Department> departments = catalogue.departments(township(), true);
    std::optional<list_table::Refill> refill(std::in_place, m_departments);
    m_departments->setRowCount(int(departments.size()));
    for (int row = 0; row < departments.size(); ++row)
        list_table::setRow(m_departments, row,
                           {departments.at(row).name + (departments.at(row).retired ? tr(" (retired)") : QString())},
                           departments.at(row).id);
    const QList<ServiceKind> kinds = catalogue.kinds(township(), true);
    refill.emplace(m_kinds);
    m_kinds->setRowCount(int(kinds.size()));
    for (int row = 0; row < kinds.size(); ++row) {
        const ServiceKind &k = kinds.at(row);
        const QString limit = k.limitKind == QLatin1String("same_day")
                                  ? vocabulary::label(vocabulary::limitKinds(), k.limitKind)
                                  : tr("%1, %n working day(s)", nullptr, k.limitDays)
                                        .arg(vocabulary::label(vocabulary::limitKinds(), k.limitKind));
        list_table::setRow(m_kinds, row, {k.code, vocabulary::label(vocabulary::requestTypes(), k.type), k.name + (k.retired ? tr(" (retired)") : QString()),
                            catalogue.departmentName(k.departmentId), limit},
                           k.id);
    }
    const QList<CalendarDay> days = HolidayCalendar(m_database).year(chinaToday(m_database.clock()).year());
    refill.emplace(m_days);
    m_days->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const CalendarDay &d = days.at(row);
        list_table::setRow(m_days, row, {formatDate(d.date), d.working ? tr("Make-up workday") : tr("Holiday"), d.name},
                           d.id);
    }
    refill.reset();
    if (days.isEmpty())
        m_message->setText(tr("No holidays are recorded for this year: working-day limits skip only the weekends. Add the "
                              "statutory holidays and make-up workdays the State Council announces."));
}

void ServiceSettingsTab::saveVisitPlan()
{
    ServiceCatalogue catalogue(m_database);
    VisitSettings settings = catalogue.visitSettings(township());
    settings.period = m_period->currentData().toString();
    settings.keyDays = m_keyDays->value();
    settings.keyTags = m_keyTags->applyTo(settings.keyTags);
    const auto saved = catalogue.saveVisitSettings(settings);
    m_message->setText(saved ? tr("The visit plan is saved; it reaches the township's devices at their next sync.")
                             : saved.error().message);
}

void ServiceSettingsTab::addDepartment()
{
    const auto name = ask::text(this, tr("Add a department"), tr("Name of the department:"));
    if (!name)
        return;
    const auto saved = ServiceCatalogue(m_database).saveDepartment({{}, township(), *name, false});
    m_message->setText(saved ? QString() : saved.error().message);
    reload();
}

void ServiceSettingsTab::editKind(bool add)
{
    ServiceCatalogue catalogue(m_database);
    ServiceKind kind;
    kind.townshipId = township();
    kind.limitKind = QStringLiteral("working_days");
    kind.limitDays = 5;
    if (!add) {
        const auto current = catalogue.kind(list_table::selectedId(m_kinds));
        if (!current)
            return;
        kind = *current;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(add ? tr("Add a kind of request") : tr("Change the kind of request"));
    auto *type = new QComboBox;
    for (const VocabularyEntry &entry : vocabulary::requestTypes())
        type->addItem(entry.label(), QLatin1String(entry.code));
    type->setCurrentIndex(type->findData(kind.type));
    auto *code = new QLineEdit(kind.code);
    auto *name = new QLineEdit(kind.name);
    auto *department = new QComboBox;
    for (const Department &d : catalogue.departments(township()))
        department->addItem(d.name, d.id);
    department->setCurrentIndex(department->findData(kind.departmentId));
    auto *limit = new QComboBox;
    for (const VocabularyEntry &entry : vocabulary::limitKinds())
        limit->addItem(entry.label(), QLatin1String(entry.code));
    limit->setCurrentIndex(limit->findData(kind.limitKind));
    auto *days = new QSpinBox;
    days->setRange(0, 60);
    days->setValue(kind.limitDays);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("For:"), type);
    form->addRow(tr("Code:"), code);
    form->addRow(tr("Kind of request:"), name);
    form->addRow(tr("Department:"), department);
    form->addRow(tr("Time limit:"), limit);
    form->addRow(tr("Working days:"), days);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        kind.type = type->currentData().toString();
        kind.code = code->text();
        kind.name = name->text();
        kind.departmentId = department->currentData().toString();
        kind.limitKind = limit->currentData().toString();
        kind.limitDays = days->value();
        const auto saved = catalogue.saveKind(kind);
        if (!saved) {
            error->setText(saved.error().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ServiceSettingsTab::addDay()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a holiday or make-up workday"));
    auto *date = new QDateEdit(chinaToday(m_database.clock()));
    date->setCalendarPopup(true);
    auto *kind = new QComboBox;
    kind->addItem(tr("Holiday"), false);
    kind->addItem(tr("Make-up workday"), true);
    auto *name = new QLineEdit;
    name->setPlaceholderText(tr("e.g. 国庆节"));
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date:"), date);
    form->addRow(tr("Day:"), kind);
    form->addRow(tr("Name:"), name);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // A county administrator keeps the county's calendar, which every township counts with; a township
        // adds days of its own (what it may write).
        const auto county = RegionRepository(m_database).countyOf(township());
        const QString countyId = county ? county->id : QString();
        const QString region = !countyId.isEmpty() && m_account.scope.contains(countyId) ? countyId : township();
        const auto saved =
            HolidayCalendar(m_database).set(region, date->date(), kind->currentData().toBool(), name->text());
        if (!saved) {
            error->setText(saved.error().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ServiceSettingsTab::removeDay()
{
    const QString id = list_table::selectedId(m_days);
    if (id.isEmpty())
        return;
    if (ask::question(this, tr("Remove the day"), tr("Count this day as its weekday says again?"), QMessageBox::Yes | QMessageBox::No,
                      QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status status = HolidayCalendar(m_database).remove(id); !status)
        m_message->setText(status.error().message);
    reload();
}

} // namespace lianxin
