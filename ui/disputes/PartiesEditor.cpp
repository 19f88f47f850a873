#include "ui/disputes/PartiesEditor.h"

#include "core/mediation/DisputeVocabulary.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/search/RegisterSearch.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
enum Column { RoleColumn, NameColumn, SexColumn, IdColumn, PhoneColumn, AddressColumn, AgentColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole;
constexpr int kPersonRole = Qt::UserRole + 1;
} // namespace

PartiesEditor::PartiesEditor(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database), m_search(std::make_unique<RegisterSearch>(database, account.scope)),
      m_table(new QTableWidget(0, ColumnCount)), m_find(new QLineEdit), m_matches(new QStandardItemModel(this))
{
    m_table->setObjectName(QStringLiteral("partiesTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Sex"), tr("ID number"), tr("Phone"), tr("Address"), tr("Agent")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(IdColumn, 170);
    m_table->setMinimumHeight(120);
    auto *addApplicant = new QPushButton(tr("Add applicant"));
    auto *addRespondent = new QPushButton(tr("Add respondent"));
    auto *remove = new QPushButton(tr("Remove"));
    addApplicant->setObjectName(QStringLiteral("addApplicant"));
    addRespondent->setObjectName(QStringLiteral("addRespondent"));
    m_find->setObjectName(QStringLiteral("findParty"));
    m_find->setPlaceholderText(tr("Find in the register: name, ID number or phone"));
    auto *completer = new QCompleter(m_matches, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_find->setCompleter(completer);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addApplicant);
    buttons->addWidget(addRespondent);
    buttons->addWidget(remove);
    buttons->addWidget(m_find, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(addApplicant, &QPushButton::clicked, this, [this] { addParty(QStringLiteral("applicant")); });
    connect(addRespondent, &QPushButton::clicked, this, [this] { addParty(QStringLiteral("respondent")); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &PartiesEditor::changed);
    connect(m_find, &QLineEdit::textEdited, this, &PartiesEditor::refreshMatches);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        addPerson(index.data(kPersonRole).toString());
        m_find->clear();
    });
}

PartiesEditor::~PartiesEditor() = default;

void PartiesEditor::refreshMatches(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().size() < 2)
        return;
    for (const SearchHit &hit : m_search->find(text, 15)) {
        if (hit.kind != SearchHit::Kind::Person)
            continue;
        auto *item = new QStandardItem(QStringLiteral("%1  %2").arg(hit.name, hit.address));
        item->setData(hit.id, kPersonRole);
        m_matches->appendRow(item);
    }
}

void PartiesEditor::setParties(const QList<DisputeParty> &parties)
{
    m_table->setRowCount(0);
    for (const DisputeParty &party : parties)
        appendRow(party);
}

void PartiesEditor::addParty(const QString &role)
{
    DisputeParty party;
    party.role = role;
    appendRow(party);
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    emit changed();
}

void PartiesEditor::addPerson(const QString &personId)
{
    const auto person = PersonRepository(m_database).get(personId);
    if (!person)
        return;
    DisputeParty party;
    party.role = m_table->rowCount() == 0 ? QStringLiteral("applicant") : QStringLiteral("respondent");
    party.personId = person->id;
    party.name = person->name;
    party.sex = sexCode(person->sex);
    party.idNumber = person->idNumber;
    party.phone = person->phone;
    if (const auto household = HouseholdRepository(m_database).get(person->householdId))
        party.address = household->address + household->houseNumber;
    appendRow(party);
    emit changed();
}

void PartiesEditor::appendRow(const DisputeParty &party)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *role = new QComboBox;
    for (const VocabularyEntry &entry : vocabulary::partyRoles())
        role->addItem(entry.label(), QLatin1String(entry.code));
    role->setCurrentIndex(role->findData(party.role));
    connect(role, &QComboBox::currentIndexChanged, this, &PartiesEditor::changed);
    m_table->setCellWidget(row, RoleColumn, role);
    auto *sex = new QComboBox;
    sex->addItem(QString(), QString());
    sex->addItem(tr("Male"), QStringLiteral("M"));
    sex->addItem(tr("Female"), QStringLiteral("F"));
    sex->setCurrentIndex(std::max(0, sex->findData(party.sex)));
    connect(sex, &QComboBox::currentIndexChanged, this, &PartiesEditor::changed);
    m_table->setCellWidget(row, SexColumn, sex);
    auto *name = new QTableWidgetItem(party.name);
    name->setData(kIdRole, party.id);
    name->setData(kPersonRole, party.personId);
    if (!party.personId.isEmpty())
        name->setToolTip(tr("Linked to the register"));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, IdColumn, new QTableWidgetItem(party.idNumber));
    m_table->setItem(row, PhoneColumn, new QTableWidgetItem(party.phone));
    m_table->setItem(row, AddressColumn, new QTableWidgetItem(party.address));
    m_table->setItem(row, AgentColumn, new QTableWidgetItem(party.agent));
}

QList<DisputeParty> PartiesEditor::parties() const
{
    QList<DisputeParty> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text() : QString();
        };
        DisputeParty party;
        party.id = m_table->item(row, NameColumn)->data(kIdRole).toString();
        party.personId = m_table->item(row, NameColumn)->data(kPersonRole).toString();
        party.role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn))->currentData().toString();
        party.sex = qobject_cast<QComboBox *>(m_table->cellWidget(row, SexColumn))->currentData().toString();
        party.name = text(NameColumn);
        party.idNumber = text(IdColumn);
        party.phone = text(PhoneColumn);
        party.address = text(AddressColumn);
        party.agent = text(AgentColumn);
        list.append(party);
    }
    return list;
}

} // namespace lianxin
