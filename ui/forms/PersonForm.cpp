#include "ui/forms/PersonForm.h"

#include "core/register/PersonRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/forms/TagBoxes.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace lianxin {

namespace {
QComboBox *comboOf(const Vocabulary &vocabulary, const QString &current, bool withEmpty)
{
    auto *box = new QComboBox;
    if (withEmpty)
        box->addItem(QString(), QString());
    for (const VocabularyEntry &entry : vocabulary)
        box->addItem(entry.label(), QString::fromUtf8(entry.code));
    box->setCurrentIndex(qMax(0, box->findData(current)));
    return box;
}
} // namespace

PersonForm::PersonForm(Database &database, const Account &account, Person person, QWidget *parent)
    : FieldForm(parent), m_database(database), m_account(account), m_person(std::move(person)),
      m_masked(!m_account.permissions().revealPersonalData),
      m_shownIdNumber(m_masked ? maskIdNumber(m_person.idNumber) : m_person.idNumber),
      m_shownPhone(m_masked ? maskPhone(m_person.phone) : m_person.phone), m_name(new QLineEdit(m_person.name)),
      m_sex(new QComboBox), m_idNumber(new QLineEdit(m_shownIdNumber)),
      m_birthDate(new QLineEdit(m_person.birthDate.toString(Qt::ISODate))),
      m_ethnicity(comboOf(vocabulary::ethnicities(), m_person.ethnicity, true)), m_phone(new QLineEdit(m_shownPhone)),
      m_relation(comboOf(vocabulary::relations(), m_person.relation, false)),
      m_residence(comboOf(vocabulary::residenceStatuses(), m_person.residenceStatus, false)),
      m_occupation(new QLineEdit(m_person.occupation)), m_notes(new QPlainTextEdit(m_person.notes))
{
    setWindowTitle(m_person.id.isEmpty() ? tr("New member") : tr("Member: %1").arg(m_person.name));
    m_sex->addItem(tr("Take from the ID number"), int(Sex::Unknown));
    m_sex->addItem(sexLabel(Sex::Male), int(Sex::Male));
    m_sex->addItem(sexLabel(Sex::Female), int(Sex::Female));
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(int(m_person.sex))));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD, or empty to take it from the ID number"));
    m_idNumber->setMaxLength(18);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("id_number"), tr("&ID number:"), m_idNumber);
    addField(QStringLiteral("sex"), tr("&Sex:"), m_sex);
    addField(QStringLiteral("birth_date"), tr("&Born:"), m_birthDate);
    addField(QStringLiteral("ethnicity"), tr("&Ethnicity:"), m_ethnicity);
    addField(QStringLiteral("phone"), tr("&Phone:"), m_phone);
    if (m_masked && !(m_shownIdNumber.isEmpty() && m_shownPhone.isEmpty()))
        addNote(tr("ID number and phone are masked for your role. Left as they are, they stay as recorded; type a "
                   "whole new one to replace it."));
    addField(QStringLiteral("relation"), tr("&Relation to head:"), m_relation);
    addField(QStringLiteral("residence_status"), tr("Re&sidence:"), m_residence);
    addField(QStringLiteral("occupation"), tr("&Occupation:"), m_occupation);

    const bool sensitiveAllowed = m_account.permissions().seeSensitiveTags;
    m_tags = new TagBoxes(vocabulary::personTags(), m_person.tags,
                          [sensitiveAllowed](const VocabularyEntry &entry) { return !entry.sensitive || sensitiveAllowed; });
    connect(m_tags, &TagBoxes::toggled, this, &PersonForm::markChanged);
    addField(QStringLiteral("tags"), tr("Tags:"), m_tags);
    addField(QStringLiteral("notes"), tr("No&tes:"), m_notes);

    for (QLineEdit *edit : {m_name, m_idNumber, m_birthDate, m_phone, m_occupation})
        connect(edit, &QLineEdit::textEdited, this, &PersonForm::markChanged);
    for (QComboBox *box : {m_sex, m_ethnicity, m_relation, m_residence})
        connect(box, &QComboBox::activated, this, &PersonForm::markChanged);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PersonForm::markChanged);
    m_name->setFocus();
}

Person PersonForm::fromFields() const
{
    Person person = m_person;
    person.name = m_name->text();
    person.sex = Sex(m_sex->currentData().toInt());
    // A masked value left as shown keeps what is stored; the mask itself is never saved.
    person.idNumber = m_masked && m_idNumber->text() == m_shownIdNumber ? m_person.idNumber : m_idNumber->text();
    person.birthDate = QDate::fromString(m_birthDate->text().trimmed(), Qt::ISODate);
    person.ethnicity = m_ethnicity->currentData().toString();
    person.phone = m_masked && m_phone->text() == m_shownPhone ? m_person.phone : m_phone->text();
    person.relation = m_relation->currentData().toString();
    person.residenceStatus = m_residence->currentData().toString();
    person.occupation = m_occupation->text();
    person.notes = m_notes->toPlainText();
    // Tags this role cannot see are kept; the visible ones follow the boxes.
    person.tags = m_tags->applyTo(person.tags);
    return person;
}

QList<Error> PersonForm::save()
{
    Person person = fromFields();
    QList<Error> errors;
    if (!m_birthDate->text().trimmed().isEmpty() && !person.birthDate.isValid())
        errors.append({QStringLiteral("birth_date"), tr("Write the birth date as YYYY-MM-DD, for example 1965-03-07.")});
    // Part of a mask changed: neither the recorded value nor a whole new one (core's message would only
    // repeat that the number is malformed).
    QStringList partlyMasked;
    if (person.idNumber.contains(QLatin1Char('*'))) {
        partlyMasked.append(QStringLiteral("id_number"));
        errors.append(
            {QStringLiteral("id_number"), tr("Type the whole new ID number, or leave the masked one as it was.")});
    }
    if (person.phone.contains(QLatin1Char('*'))) {
        partlyMasked.append(QStringLiteral("phone"));
        errors.append(
            {QStringLiteral("phone"), tr("Type the whole new phone number, or leave the masked one as it was.")});
    }
    PersonRepository persons(m_database);
    for (const Error &error : persons.validate(person))
        if (!partlyMasked.contains(error.field))
            errors.append(error);
    if (!errors.isEmpty())
        return errors;
    if (person.id.isEmpty()) {
        auto id = persons.create(person);
        if (!id)
            return {id.error()};
        person.id = *id;
    } else if (Status status = persons.update(person); !status) {
        return {status.error()};
    }
    m_person = person;
    return {};
}

} // namespace lianxin
