#include "ui/forms/HouseholdForm.h"

#include "core/register/HouseholdRepository.h"
#include "core/register/PersonRepository.h"
#include "core/register/RegionRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/forms/TagBoxes.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lianxin {

HouseholdForm::HouseholdForm(Database &database, const Account &account, Household household, QWidget *parent)
    : FieldForm(parent), m_database(database), m_household(std::move(household)), m_grid(new QComboBox),
      m_address(new QLineEdit(m_household.address)), m_houseNumber(new QLineEdit(m_household.houseNumber)),
      m_head(new QComboBox), m_notes(new QPlainTextEdit(m_household.notes))
{
    setWindowTitle(m_household.id.isEmpty() ? tr("New household") : tr("Household: %1").arg(m_household.address));
    for (const Region &grid : RegionRepository(database).gridsWithin(account.scope))
        m_grid->addItem(grid.name, grid.id);
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(m_household.gridId)));
    m_address->setPlaceholderText(tr("Township, village and group, for example 天堂镇菖蒲村3组"));
    m_head->addItem(tr("Not chosen"), QString());
    for (const Person &member : PersonRepository(database).members(m_household.id))
        m_head->addItem(member.name, member.id);
    m_head->setCurrentIndex(qMax(0, m_head->findData(m_household.headPersonId)));
    m_head->setEnabled(m_head->count() > 1);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    addField(QStringLiteral("grid_id"), tr("&Grid:"), m_grid);
    addField(QStringLiteral("address"), tr("&Address:"), m_address);
    addField(QStringLiteral("house_number"), tr("House &number:"), m_houseNumber);
    addField(QStringLiteral("head_person_id"), tr("&Head of household:"), m_head);
    m_tags = new TagBoxes(vocabulary::householdTags(), m_household.tags, [](const VocabularyEntry &) { return true; });
    connect(m_tags, &TagBoxes::toggled, this, &HouseholdForm::markChanged);
    addField(QStringLiteral("tags"), tr("Tags:"), m_tags);
    addField(QStringLiteral("notes"), tr("No&tes:"), m_notes);

    for (QLineEdit *edit : {m_address, m_houseNumber})
        connect(edit, &QLineEdit::textEdited, this, &HouseholdForm::markChanged);
    for (QComboBox *box : {m_grid, m_head})
        connect(box, &QComboBox::activated, this, &HouseholdForm::markChanged);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &HouseholdForm::markChanged);
    resize(560, sizeHint().height());
    m_address->setFocus();
}

QList<Error> HouseholdForm::save()
{
    Household household = m_household;
    household.gridId = m_grid->currentData().toString();
    household.address = m_address->text();
    household.houseNumber = m_houseNumber->text();
    household.headPersonId = m_head->currentData().toString();
    household.notes = m_notes->toPlainText();
    household.tags = m_tags->applyTo(household.tags);
    HouseholdRepository households(m_database);
    if (const QList<Error> errors = households.validate(household); !errors.isEmpty())
        return errors;
    if (household.id.isEmpty()) {
        auto id = households.create(household);
        if (!id)
            return {id.error()};
        household.id = *id;
    } else if (Status status = households.update(household); !status) {
        return {status.error()};
    }
    m_household = household;
    return {};
}

} // namespace lianxin
