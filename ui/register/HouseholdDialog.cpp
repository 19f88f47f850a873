#include "ui/register/HouseholdDialog.h"

#include "core/auth/AccountRepository.h"
#include "core/auth/AuditLog.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/Format.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    : QDialog(parent), m_database(database), m_account(account), m_table(new QTableWidget(0, ColumnCount)),
      m_reveal(new QPushButton(tr("&Show ID number and phone")))
{
    const auto household = HouseholdRepository(database).get(householdId);
    m_valid = household.has_value();
    if (!m_valid)
        return;
    m_members = PersonRepository(database).members(householdId);
    setWindowTitle(tr("Household: %1").arg(household->address));

    RegionRepository regions(database);
    const auto grid = regions.get(household->gridId);
    const auto village = grid ? regions.get(grid->parentId) : std::nullopt;
    auto who = [&](const RecordInfo &info) {
        const auto author = AccountRepository(database).get(info.updatedBy);
        return author ? author->displayName : tr("device %1").arg(info.updatedByDevice.left(8));
    };
    auto *details = new QFormLayout;
    details->addRow(tr("Address:"), new QLabel(household->address + QLatin1Char(' ') + household->houseNumber));
    details->addRow(tr("Village and grid:"),
                    new QLabel((village ? village->name + QLatin1Char(' ') : QString()) + (grid ? grid->name : QString())));
    details->addRow(tr("Tags:"), new QLabel(labels(vocabulary::householdTags(), household->tags)));
    details->addRow(tr("Created:"), new QLabel(formatDateTime(household->info.createdAt)));
    details->addRow(tr("Last changed:"),
                    new QLabel(tr("%1, by %2").arg(formatDateTime(household->info.updatedAt), who(household->info))));

    m_table->setObjectName(QStringLiteral("members"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sex"), tr("Relation"), tr("Born"), tr("ID number"),
                                        tr("Phone"), tr("Residence"), tr("Tags")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    showMembers();

    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_reveal->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_reveal->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_reveal, &QPushButton::clicked, this, &HouseholdDialog::revealSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_reveal, QDialogButtonBox::ActionRole);
    // After addButton, which shows the button: roles without the right never see it.
    m_reveal->setVisible(m_account.permissions().revealPersonalData);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(details);
    layout->addWidget(new QLabel(tr("Members (%n):", nullptr, int(m_members.size()))));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 480);
}

QString HouseholdDialog::personTags(const Person &person) const
{
    const bool sensitiveAllowed = m_account.permissions().seeSensitiveTags;
    QStringList shown;
    for (const QString &tag : person.tags) {
        bool sensitive = false;
        for (const VocabularyEntry &entry : vocabulary::personTags()) {
            if (tag == QString::fromUtf8(entry.code))
                sensitive = entry.sensitive;
        }
        if (!sensitive || sensitiveAllowed)
            shown.append(tag);
    }
    return labels(vocabulary::personTags(), shown);
}

void HouseholdDialog::showMembers()
{
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const Person &person = m_members[row];
        const bool revealed = m_revealed.contains(person.id);
        const QStringList cells{person.name,
                                sexLabel(person.sex),
                                vocabulary::label(vocabulary::relations(), person.relation),
                                formatDate(person.birthDate),
                                revealed ? person.idNumber : maskIdNumber(person.idNumber),
                                revealed ? person.phone : maskPhone(person.phone),
                                vocabulary::label(vocabulary::residenceStatuses(), person.residenceStatus),
                                personTags(person)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

void HouseholdDialog::revealSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_members.size() || !m_account.permissions().revealPersonalData)
        return;
    const Person &person = m_members[row];
    AuditLog audit(m_database);
    for (const QString &field : {QStringLiteral("id_number"), QStringLiteral("phone")}) {
        if (Status status = audit.recordReveal(m_account, QStringLiteral("persons"), person.id, field); !status) {
            QMessageBox::warning(this, windowTitle(), status.error().message);
            return;
        }
    }
    m_revealed.insert(person.id);
    showMembers();
    m_table->selectRow(row);
}

} // namespace lianxin
