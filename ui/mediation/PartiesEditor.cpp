#include "ui/mediation/PartiesEditor.h"

#include "core/mediation/DisputeVocabulary.h"
#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/search/RegisterSearch.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
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
constexpr int kStoredRole = Qt::UserRole + 2; // the value held, behind a masked ID number or phone
} // namespace

PartiesEditor::PartiesEditor(Database &database, const Account &account, QWidget *parent)
    : QWidget(parent), m_database(database),
      m_search(std::make_unique<RegisterSearch>(database, account.scope, account.permissions().revealPersonalData)),
      m_reveal(account.permissions().revealPersonalData), m_table(new QTableWidget(0, ColumnCount)),
      m_find(new QLineEdit), m_matches(new QStandardItemModel(this))
{
    m_table->setObjectName(QStringLiteral("partiesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Role"), tr("Name"), tr("Sex"), tr("ID number"), tr("Phone"), tr("Address"), tr("Agent")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(IdColumn, 170);
    m_table->setMinimumHeight(120);
    auto *addApplicant = new QPushButton(tr("Add applicant"));
    auto *addRespondent = new QPushButton(tr("Add respondent"));
    auto *remove = new QPushButton(tr("Remove"));
    addApplicant->setObjectName(QStringLiteral("addApplicant"));
    addRespondent->setObjectName(QStringLiteral("addRespondent"));
    remove->setObjectName(QStringLiteral("removeParty"));
    // Enter in a field saves the form; it never adds or removes a party.
    for (QPushButton *button : {addApplicant, addRespondent, remove}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_find->setObjectName(QStringLiteral("findParty"));
    m_find->setPlaceholderText(tr("Find in the register: name, ID number or phone"));
    auto *completer = new QCompleter(m_matches, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_find->setCompleter(completer);
    m_find->installEventFilter(this);

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

bool PartiesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_find || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if ((key != Qt::Key_Return && key != Qt::Key_Enter) || m_find->text().trimmed().isEmpty() ||
        m_find->completer()->popup()->isVisible())
        return false; // an empty lookup saves the form; the open list picks its own line
    refreshMatches(m_find->text());
    if (m_matches->rowCount() > 0) {
        addPerson(m_matches->item(0)->data(kPersonRole).toString());
        m_find->clear();
    }
    return true;
}

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
    party.personId = person->id;
    party.name = person->name;
    party.sex = sexCode(person->sex);
    party.idNumber = person->idNumber;
    party.phone = person->phone;
    if (const auto household = HouseholdRepository(m_database).get(person->householdId))
        party.address = household->address + household->houseNumber;
    // The form starts with an empty applicant and respondent: the person found fills the first row still
    // empty, in its role.
    int row = -1;
    for (int r = 0; row < 0 && r < m_table->rowCount(); ++r) {
        if (isEmptyRow(r))
            row = r;
    }
    if (row >= 0) {
        party.id = m_table->item(row, NameColumn)->data(kIdRole).toString();
        party.role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn))->currentData().toString();
        fillRow(row, party);
    } else {
        party.role = m_table->rowCount() == 0 ? QStringLiteral("applicant") : QStringLiteral("respondent");
        appendRow(party);
        row = m_table->rowCount() - 1;
    }
    m_table->setCurrentCell(row, NameColumn);
    emit changed();
}

bool PartiesEditor::isEmptyRow(int row) const
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    if (!m_table->item(row, NameColumn)->data(kPersonRole).toString().isEmpty())
        return false;
    for (int column : {NameColumn, IdColumn, PhoneColumn, AddressColumn, AgentColumn}) {
        if (!m_table->item(row, column)->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

void PartiesEditor::appendRow(const DisputeParty &party)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *role = new QComboBox;
    for (const VocabularyEntry &entry : vocabulary::partyRoles())
        role->addItem(entry.label(), QLatin1String(entry.code));
    connect(role, &QComboBox::currentIndexChanged, this, &PartiesEditor::changed);
    m_table->setCellWidget(row, RoleColumn, role);
    auto *sex = new QComboBox;
    sex->addItem(QString(), QString());
    sex->addItem(tr("Male"), QStringLiteral("M"));
    sex->addItem(tr("Female"), QStringLiteral("F"));
    connect(sex, &QComboBox::currentIndexChanged, this, &PartiesEditor::changed);
    m_table->setCellWidget(row, SexColumn, sex);
    for (int column : {NameColumn, IdColumn, PhoneColumn, AddressColumn, AgentColumn})
        m_table->setItem(row, column, new QTableWidgetItem);
    fillRow(row, party);
}

void PartiesEditor::fillRow(int row, const DisputeParty &party)
{
    const QSignalBlocker blocker(m_table);
    auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(row, RoleColumn));
    auto *sex = qobject_cast<QComboBox *>(m_table->cellWidget(row, SexColumn));
    const QSignalBlocker roleBlocker(role);
    const QSignalBlocker sexBlocker(sex);
    role->setCurrentIndex(std::max(0, role->findData(party.role)));
    sex->setCurrentIndex(std::max(0, sex->findData(party.sex)));
    QTableWidgetItem *name = m_table->item(row, NameColumn);
    name->setText(party.name);
    name->setData(kIdRole, party.id);
    name->setData(kPersonRole, party.personId);
    name->setToolTip(party.personId.isEmpty() ? QString() : tr("Linked to the register"));
    // Roles that may not reveal personal data see ID numbers and phones masked, as on every list; the
    // value held is kept behind the mask and saved unchanged unless the cell is written over.
    const auto personal = [&](int column, const QString &value, QString (*mask)(const QString &)) {
        QTableWidgetItem *item = m_table->item(row, column);
        item->setData(kStoredRole, value);
        item->setText(m_reveal ? value : mask(value));
    };
    personal(IdColumn, party.idNumber, maskIdNumber);
    personal(PhoneColumn, party.phone, maskPhone);
    m_table->item(row, AddressColumn)->setText(party.address);
    m_table->item(row, AgentColumn)->setText(party.agent);
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
        party.idNumber = held(row, IdColumn, maskIdNumber);
        party.phone = held(row, PhoneColumn, maskPhone);
        party.address = text(AddressColumn);
        party.agent = text(AgentColumn);
        list.append(party);
    }
    return list;
}

QString PartiesEditor::held(int row, int column, QString (*mask)(const QString &)) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    const QString stored = item->data(kStoredRole).toString();
    // A masked cell left as it was stands for the value held; anything written over it is the new value.
    if (!m_reveal && item->text() == mask(stored))
        return stored;
    return item->text();
}

} // namespace lianxin
