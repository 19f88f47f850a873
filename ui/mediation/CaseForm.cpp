#include "ui/mediation/CaseForm.h"

#include "core/common/ChinaTime.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/register/MemberRepository.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/mediation/PartiesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace lianxin {

namespace {
QComboBox *choices(const Vocabulary &values, bool optional = false)
{
    auto *box = new QComboBox;
    if (optional)
        box->addItem(QString(), QString());
    for (const VocabularyEntry &entry : values)
        box->addItem(entry.label(), QLatin1String(entry.code));
    return box;
}

void select(QComboBox *box, const QString &code)
{
    const int index = box->findData(code);
    if (index >= 0)
        box->setCurrentIndex(index);
}

QPlainTextEdit *textArea()
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}
} // namespace

CaseForm::CaseForm(Database &database, const Account &account, const DisputeCase &dispute, QWidget *parent)
    : FieldForm(parent), m_database(database), m_account(account), m_dispute(dispute), m_region(new QComboBox),
      m_title(new QLineEdit), m_category(choices(vocabulary::disputeCategories())),
      m_source(choices(vocabulary::disputeSources())), m_received(new QDateEdit), m_facts(textArea()),
      m_claims(textArea()), m_amount(new QDoubleSpinBox), m_people(new QSpinBox),
      m_risk(choices(vocabulary::riskGrades())), m_violence(new QCheckBox(tr("Risk of the dispute turning violent"))),
      m_level(choices(vocabulary::caseLevels())), m_consultation(choices(vocabulary::consultationLevels(), true)),
      m_mediators(new QListWidget), m_adviser(new QComboBox), m_parties(new PartiesEditor(database, account))
{
    setWindowTitle(dispute.id.isEmpty() ? tr("Register a dispute")
                                        : tr("Edit the registration of %1").arg(dispute.caseNumber));
    fillRegions();
    fillMembers();
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_amount->setRange(0, 1'000'000'000);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(tr(" yuan"));
    m_people->setRange(1, 100000);
    m_mediators->setFixedHeight(72);

    addField(QStringLiteral("region_id"), tr("Where it arose"), m_region);
    addField(QStringLiteral("title"), tr("Dispute"), m_title);
    addField(QStringLiteral("category"), tr("Kind"), m_category);
    addField(QStringLiteral("source"), tr("Came from"), m_source);
    addField(QStringLiteral("received_on"), tr("Received on"), m_received);
    addField(QStringLiteral("parties"), tr("Parties"), m_parties);
    addField(QStringLiteral("facts"), tr("Facts"), m_facts);
    addField(QStringLiteral("claims"), tr("Claims"), m_claims);
    addField(QStringLiteral("amount"), tr("Amount involved"), m_amount);
    addField(QStringLiteral("people_count"), tr("People involved"), m_people);
    addField(QStringLiteral("risk"), tr("Risk grade"), m_risk);
    addField(QStringLiteral("violence_risk"), QString(), m_violence);
    addField(QStringLiteral("level"), tr("Mediated at"), m_level);
    addField(QStringLiteral("consultation"), tr("Consultation"), m_consultation);
    addField(QStringLiteral("mediator_ids"), tr("Mediators"), m_mediators);
    addField(QStringLiteral("legal_adviser_id"), tr("Legal adviser"), m_adviser);
    setMinimumWidth(860);

    select(m_region, dispute.regionId);
    m_title->setText(dispute.title);
    select(m_category, dispute.category);
    select(m_source, dispute.source);
    m_received->setDate(dispute.receivedOn.isValid() ? dispute.receivedOn : chinaToday(database.clock()));
    m_received->setEnabled(dispute.id.isEmpty()); // the number and the deadline follow from it
    m_facts->setPlainText(dispute.facts);
    m_claims->setPlainText(dispute.claims);
    m_amount->setValue(double(dispute.amountFen) / 100.0);
    m_people->setValue(dispute.peopleCount);
    select(m_risk, dispute.risk);
    m_violence->setChecked(dispute.violenceRisk);
    select(m_level, dispute.level);
    select(m_consultation, dispute.consultation);
    for (int i = 0; i < m_mediators->count(); ++i)
        m_mediators->item(i)->setCheckState(
            dispute.mediatorIds.contains(m_mediators->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    select(m_adviser, dispute.legalAdviserId);
    m_parties->setParties(dispute.parties);
    if (dispute.parties.isEmpty()) {
        m_parties->addParty(QStringLiteral("applicant"));
        m_parties->addParty(QStringLiteral("respondent"));
    }

    for (QComboBox *box : {m_region, m_category, m_source, m_risk, m_level, m_consultation, m_adviser})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseForm::markChanged);
    connect(m_title, &QLineEdit::textEdited, this, &CaseForm::markChanged);
    connect(m_facts, &QPlainTextEdit::textChanged, this, &CaseForm::markChanged);
    connect(m_claims, &QPlainTextEdit::textChanged, this, &CaseForm::markChanged);
    connect(m_mediators, &QListWidget::itemChanged, this, &CaseForm::markChanged);
    connect(m_parties, &PartiesEditor::changed, this, &CaseForm::markChanged);
    m_title->setFocus();
}

void CaseForm::fillRegions()
{
    // Only where the account may register a case, which is where its list looks: a grid officer's grid,
    // not the village above it (a case there would leave his list and be refused by the county server).
    QHash<QString, int> depth;
    for (const Region &place : DisputeRepository(m_database).places(m_account.scope)) {
        const int level = depth.contains(place.parentId) ? depth.value(place.parentId) + 1 : 0;
        depth.insert(place.id, level);
        m_region->addItem(QString(4 * level, QLatin1Char(' ')) + place.name, place.id);
    }
    // A case registered elsewhere before keeps showing where it is, until it is moved.
    if (!m_dispute.regionId.isEmpty() && m_region->findData(m_dispute.regionId) < 0) {
        if (const auto region = RegionRepository(m_database).get(m_dispute.regionId))
            m_region->addItem(tr("%1 (outside your area)").arg(region->name), region->id);
    }
}

void CaseForm::fillMembers()
{
    MemberRepository members(m_database);
    for (const Member &member : members.list({{}, QStringLiteral("mediator")}, {}, 500).rows) {
        auto *item = new QListWidgetItem(member.name, m_mediators);
        item->setData(Qt::UserRole, member.id);
        item->setCheckState(Qt::Unchecked);
    }
    m_adviser->addItem(QString(), QString());
    for (const Member &member : members.list({{}, QStringLiteral("legal_adviser")}, {}, 500).rows)
        m_adviser->addItem(member.name, member.id);
}

QList<Error> CaseForm::save()
{
    DisputeCase d = m_dispute;
    d.regionId = m_region->currentData().toString();
    d.title = m_title->text();
    d.category = m_category->currentData().toString();
    d.source = m_source->currentData().toString();
    d.receivedOn = m_received->date();
    d.facts = m_facts->toPlainText();
    d.claims = m_claims->toPlainText();
    d.amountFen = qRound64(m_amount->value() * 100);
    d.peopleCount = m_people->value();
    d.risk = m_risk->currentData().toString();
    d.violenceRisk = m_violence->isChecked();
    d.level = m_level->currentData().toString();
    d.consultation = m_consultation->currentData().toString();
    d.mediatorIds.clear();
    for (int i = 0; i < m_mediators->count(); ++i) {
        if (m_mediators->item(i)->checkState() == Qt::Checked)
            d.mediatorIds.append(m_mediators->item(i)->data(Qt::UserRole).toString());
    }
    d.legalAdviserId = m_adviser->currentData().toString();
    d.parties = m_parties->parties();

    DisputeRepository repository(m_database);
    QList<Error> errors = repository.validate(d, m_account.scope);
    if (!errors.isEmpty())
        return errors;
    if (d.id.isEmpty()) {
        const auto id = repository.create(d);
        if (!id)
            return {id.error()};
        d.id = *id;
    } else if (Status status = repository.update(d); !status) {
        return {status.error()};
    }
    m_dispute = d;
    return {};
}

} // namespace lianxin
