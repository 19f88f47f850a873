#include "ui/register/HouseholdDialog.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/AuditLog.h"
#include "core/points/PointsLedger.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/HouseholdFileDocument.h"
#include "ui/forms/Ask.h"
#include "ui/forms/HouseholdForm.h"
#include "ui/forms/ListTable.h"
#include "ui/forms/PersonForm.h"
#include "ui/register/HouseholdChanges.h"
#include "ui/register/HouseholdLinks.h"
#include "ui/service/HouseholdVisits.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
enum Column { Name, Sex, Relation, BirthDate, IdNumber, Phone, Residence, Tags, ColumnCount };

QString labels(const Vocabulary &vocabulary, const QStringList &codes)
{
    QStringList texts;
    for (const QString &code : codes)
        texts.append(vocabulary::label(vocabulary, code));
    return texts.join(QCoreApplication::translate("lianxin::HouseholdTableModel", ", "));
}
} // namespace

HouseholdDialog::HouseholdDialog(Database &database, const Account &account, const QString &householdId,
                                 QWidget *parent)
    : QDialog(parent), m_database(database), m_account(account), m_householdId(householdId), m_address(new QLabel),
      m_head(new QLabel), m_place(new QLabel), m_tags(new QLabel), m_notes(new QLabel), m_created(new QLabel),
      m_updated(new QLabel), m_points(new QLabel), m_memberCount(new QLabel), m_table(new QTableWidget(0, ColumnCount)),
      m_reveal(new QPushButton(tr("&Show ID number and phone")))
{
    auto *details = new QFormLayout;
    details->addRow(tr("Address:"), m_address);
    m_head->setObjectName(QStringLiteral("head"));
    details->addRow(tr("Head of household:"), m_head);
    details->addRow(tr("Village and grid:"), m_place);
    details->addRow(tr("Tags:"), m_tags);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    details->addRow(tr("Notes:"), m_notes);
    details->addRow(tr("Created:"), m_created);
    details->addRow(tr("Last changed:"), m_updated);
    m_points->setObjectName(QStringLiteral("points"));
    // The label links to the household's points account (history, corrections) in the points area.
    m_points->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_points, &QLabel::linkActivated, this, [this] {
        m_wantsPointsAccount = true;
        accept();
    });
    details->addRow(tr("Moral-evaluation points:"), m_points);

    m_table->setObjectName(QStringLiteral("members"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sex"), tr("Relation"), tr("Born"), tr("ID number"),
                                        tr("Phone"), tr("Residence"), tr("Tags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *print = new QPushButton(tr("&Print"));
    print->setObjectName(QStringLiteral("printFile"));
    print->setAutoDefault(false);
    auto *printMenu = new QMenu(print);
    printMenu->addAction(tr("Preview and print…"), this, &HouseholdDialog::previewFile);
    printMenu->addAction(tr("Save as PDF…"), this, &HouseholdDialog::saveFileAsPdf);
    print->setMenu(printMenu);
    buttons->addButton(print, QDialogButtonBox::ActionRole);
    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_reveal->setEnabled(false);
    // Greyed until a member is chosen: the tooltip says so (and that each reveal is recorded).
    m_reveal->setToolTip(tr("Choose a member in the list first. Each reveal is written to the audit log."));
    buttons->addButton(m_reveal, QDialogButtonBox::ActionRole);
    // After addButton, which shows the button: roles without the right never see it.
    m_reveal->setVisible(m_account.permissions().revealPersonalData);
    connect(m_reveal, &QPushButton::clicked, this, &HouseholdDialog::revealSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *actions = new QHBoxLayout;
    if (m_account.permissions().editRegister) {
        auto addAction = [&](const QString &text, const char *name, void (HouseholdDialog::*slot)(), bool perMember) {
            auto *button = new QPushButton(text);
            button->setObjectName(QString::fromLatin1(name));
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, this, slot);
            actions->addWidget(button);
            if (perMember)
                m_memberActions.append(button);
        };
        addAction(tr("&Edit household…"), "editHousehold", &HouseholdDialog::editHousehold, false);
        addAction(tr("&Add member…"), "addMember", &HouseholdDialog::addMember, false);
        addAction(tr("Edit &member…"), "editMember", &HouseholdDialog::editMember, true);
        addAction(tr("&Remove member"), "removeMember", &HouseholdDialog::removeMember, true);
    }
    actions->addStretch();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HouseholdDialog::updateActions);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_account.permissions().editRegister)
            editMember();
    });

    // Members, the household's visits and requests, its cases and points, and its history: the tabs of the file.
    auto *members = new QWidget;
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_memberCount);
    membersLayout->addWidget(m_table);
    membersLayout->addLayout(actions);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("fileTabs"));
    tabs->addTab(members, tr("Members"));
    tabs->addTab(new HouseholdVisits(m_database, m_account, m_householdId), tr("Visits and requests"));
    auto *links = new HouseholdLinks(m_database, m_account, m_householdId);
    links->setObjectName(QStringLiteral("links"));
    connect(links, &HouseholdLinks::caseChosen, this, [this](const QString &disputeId) {
        m_caseToOpen = disputeId;
        accept();
    });
    connect(links, &HouseholdLinks::pointsAccountChosen, this, [this] {
        m_wantsPointsAccount = true;
        accept();
    });
    tabs->addTab(links, m_account.permissions().seeDisputes ? tr("Cases and points") : tr("Points"));
    m_changes = new HouseholdChanges(m_database, m_householdId);
    tabs->addTab(m_changes, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(details);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(920, 640);
    reload();
}

void HouseholdDialog::reload()
{
    m_household = HouseholdRepository(m_database).get(m_householdId);
    if (!m_household)
        return;
    m_members = PersonRepository(m_database).members(m_householdId);
    setWindowTitle(tr("Household: %1").arg(m_household->address));
    RegionRepository regions(m_database);
    const auto grid = regions.get(m_household->gridId);
    const auto village = grid ? regions.get(grid->parentId) : std::nullopt;
    const auto author = AccountRepository(m_database).get(m_household->info.updatedBy);
    const QString who = author ? author->displayName : tr("device %1").arg(m_household->info.updatedByDevice.left(8));
    m_address->setText(m_household->address + QLatin1Char(' ') + m_household->houseNumber);
    m_place->setText((village ? village->name + QLatin1Char(' ') : QString()) + (grid ? grid->name : QString()));
    m_tags->setText(labels(vocabulary::householdTags(), m_household->tags));
    m_notes->setText(m_household->notes);
    m_head->setText(tr("Not recorded: give a member the relation head of household"));
    for (const Person &person : std::as_const(m_members))
        if (person.id == m_household->headPersonId)
            m_head->setText(person.name);
    m_created->setText(formatDateTime(m_household->info.createdAt));
    m_updated->setText(tr("%1, by %2").arg(formatDateTime(m_household->info.updatedAt), who));
    m_memberCount->setText(tr("Members (%n):", nullptr, int(m_members.size())));
    PointsLedger ledger(m_database);
    const int balance = ledger.balance(m_householdId);
    m_points->setText(ledger.belowThreshold(m_householdId)
                          ? QStringLiteral("<span style='color:#b3261e;font-weight:bold'>%1</span>")
                                .arg(tr("%1 — below the village's threshold (not eligible for a star-family rating)").arg(balance))
                          : QString::number(balance));
    m_points->setText(m_points->text() + QStringLiteral(" &nbsp;<a href='#account'>%1</a>").arg(tr("Points account…")));

    // A save keeps the member chosen and the widths of the columns.
    const list_table::Refill refill(m_table);
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const Person &person = m_members[row];
        const bool revealed = m_revealed.contains(person.id);
        const QStringList cells{person.name,
                                sexLabel(person.sex),
                                vocabulary::label(vocabulary::relations(), person.relation),
                                revealed ? formatDate(person.birthDate) : formatBirthYear(person.birthDate),
                                revealed ? person.idNumber : maskIdNumber(person.idNumber),
                                revealed ? person.phone : maskPhone(person.phone),
                                vocabulary::label(vocabulary::residenceStatuses(), person.residenceStatus),
                                personTags(person)};
        list_table::setRow(m_table, row, cells, person.id);
    }
    if (m_changes)
        m_changes->reload();
}

void HouseholdDialog::updateActions()
{
    const bool selected = selectedMember() != nullptr;
    m_reveal->setEnabled(selected);
    for (QPushButton *button : std::as_const(m_memberActions))
        button->setEnabled(selected);
}

const Person *HouseholdDialog::selectedMember() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.first()->row();
    return row >= 0 && row < m_members.size() ? &m_members[row] : nullptr;
}

QString HouseholdDialog::personTags(const Person &person) const
{
    return labels(vocabulary::personTags(),
                  vocabulary::shownPersonTags(person.tags, m_account.permissions().seeSensitiveTags));
}

void HouseholdDialog::revealSelected()
{
    const Person *person = selectedMember();
    if (!person || !m_account.permissions().revealPersonalData)
        return;
    AuditLog audit(m_database);
    for (const QString &field : {QStringLiteral("id_number"), QStringLiteral("phone")}) {
        if (Status status = audit.recordReveal(m_account, QStringLiteral("persons"), person->id, field); !status) {
            QMessageBox::warning(this, windowTitle(), status.error().message);
            return;
        }
    }
    m_revealed.insert(person->id);
    reload();
}

void HouseholdDialog::editHousehold()
{
    HouseholdForm form(m_database, m_account, *m_household, this);
    if (form.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void HouseholdDialog::addMember()
{
    PersonForm form(m_database, m_account, PersonRepository(m_database).newMember(m_householdId), this);
    if (form.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void HouseholdDialog::editMember()
{
    const Person *person = selectedMember();
    if (!person)
        return;
    // For roles that may reveal, editing shows the full ID number and phone: a reveal like any other. The
    // others see them masked in the form, so nothing is revealed.
    if (m_account.permissions().revealPersonalData) {
        AuditLog audit(m_database);
        for (const QString &field : {QStringLiteral("id_number"), QStringLiteral("phone")}) {
            if (Status status = audit.recordReveal(m_account, QStringLiteral("persons"), person->id, field); !status) {
                QMessageBox::warning(this, windowTitle(), status.error().message);
                return;
            }
        }
    }
    PersonForm form(m_database, m_account, *person, this);
    if (form.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void HouseholdDialog::removeMember()
{
    const Person *person = selectedMember();
    if (!person)
        return;
    if (ask::question(this, windowTitle(), tr("Remove %1 from the household register?").arg(person->name),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status status = PersonRepository(m_database).remove(person->id); !status) {
        QMessageBox::warning(this, windowTitle(), status.error().message);
        return;
    }
    m_changed = true;
    reload();
}

documents::PageLayout HouseholdDialog::fileDocument() const
{
    const auto file = documents::loadHouseholdFile(m_database, m_account, m_householdId, m_revealed);
    return file ? documents::householdFileLayout(*file) : documents::PageLayout();
}

void HouseholdDialog::previewFile()
{
    const documents::PageLayout layout = fileDocument();
    documents::preview(this, printTitle(), QPageSize::A4, [layout](QPagedPaintDevice &) { return layout; });
}

void HouseholdDialog::saveFileAsPdf()
{
    const documents::PageLayout layout = fileDocument();
    documents::saveAsPdf(this, printTitle(), QPageSize::A4, [layout](QPagedPaintDevice &) { return layout; });
}

QString HouseholdDialog::printTitle() const
{
    return tr("Household file %1")
        .arg(m_household ? m_household->address + QLatin1Char(' ') + m_household->houseNumber : QString());
}

} // namespace lianxin
