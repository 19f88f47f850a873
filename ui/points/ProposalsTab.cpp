#include "ui/points/ProposalsTab.h"

#include "core/mediation/Deadlines.h"
#include "core/points/PointsBoard.h"
#include "core/points/PointsCatalogue.h"
#include "core/points/PointsEvidence.h"
#include "core/register/PersonRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "ui/Format.h"
#include "ui/forms/FieldForm.h"
#include "ui/points/HouseholdPicker.h"
#include "ui/points/MeetingDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kPointsTyped = 99999;
} // namespace

ProposalsTab::ProposalsTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent), m_household(new HouseholdPicker(database, account.permissions().revealPersonalData)), m_person(new QComboBox), m_indicator(new QComboBox),
      m_points(new QSpinBox), m_deedOn(new QDateEdit), m_evidence(new QLineEdit), m_error(makeErrorLabel()), m_fromCase(new QLabel),
      m_evidenceFileName(new QLabel),
      m_table(makeTable({tr("Household"), tr("Indicator"), tr("Points"), tr("Deed on"), tr("Evidence"), tr("Proposed by"),
                         tr("From a case")}, 4))
{
    m_household->setObjectName(QStringLiteral("household_id"));
    m_person->setObjectName(QStringLiteral("person_id"));
    m_person->setToolTip(tr("The member whose deed it was (optional)"));
    m_indicator->setObjectName(QStringLiteral("indicator_id"));
    m_points->setObjectName(QStringLiteral("points"));
    m_deedOn->setObjectName(QStringLiteral("deed_on"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_error->setObjectName(QStringLiteral("general_error"));
    m_table->setObjectName(QStringLiteral("awaiting"));
    // Typing any part of the code or the name narrows the indicators; Enter takes the highlighted one.
    m_indicator->setEditable(true);
    m_indicator->setInsertPolicy(QComboBox::NoInsert);
    m_indicator->completer()->setFilterMode(Qt::MatchContains);
    m_indicator->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_indicator->setMinimumContentsLength(24);
    // Wider than any indicator's range: a value outside the chosen one is refused by the ledger with the
    // range, not clamped behind the person's back.
    m_points->setRange(-kPointsTyped, kPointsTyped);
    m_deedOn->setCalendarPopup(true);
    m_deedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_evidence->setPlaceholderText(tr("What shows it (required for some indicators)"));
    m_fromCase->hide();

    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("add"));
    auto *file = new QPushButton(tr("File…"));
    file->setObjectName(QStringLiteral("attachEvidence"));
    file->setToolTip(tr("A photo or scan that shows the deed (up to 5 MB)"));
    m_evidenceFileName->setObjectName(QStringLiteral("evidenceFile"));
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Evidence file"), QString(),
                                                          tr("Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"));
        if (!path.isEmpty())
            attachEvidence(path);
    });
    auto *entry = new QGridLayout;
    const QStringList labels{tr("Household"), tr("Member"), tr("Indicator"), tr("Points"), tr("Deed on"), tr("Evidence")};
    const QList<QWidget *> fields{m_household, m_person, m_indicator, m_points, m_deedOn, m_evidence};
    for (int i = 0; i < fields.size(); ++i) {
        m_fieldLabels.insert(fields.at(i)->objectName(), labels.at(i));
        entry->addWidget(new QLabel(labels.at(i)), 0, i);
        entry->addWidget(fields.at(i), 1, i);
    }
    entry->addWidget(file, 1, int(fields.size()));
    entry->addWidget(add, 1, int(fields.size()) + 1);
    entry->addWidget(m_evidenceFileName, 2, 5, 1, 2);
    entry->setColumnStretch(0, 3);
    entry->setColumnStretch(2, 3);
    entry->setColumnStretch(5, 3);
    m_editors = fields;
    m_editors.append({file, add});

    // The member is optional: the keyboard goes on to the indicator, Shift+Tab reaches the member.
    connect(m_household, &HouseholdPicker::chosen, this, [this] {
        fillPersons();
        m_indicator->setFocus();
    });
    connect(m_indicator, &QComboBox::activated, this, &ProposalsTab::indicatorChosen);
    connect(m_indicator->lineEdit(), &QLineEdit::returnPressed, this, &ProposalsTab::indicatorChosen);
    connect(m_points, &QSpinBox::editingFinished, m_evidence, [this] {
        if (m_points->hasFocus())
            m_evidence->setFocus();
    });
    connect(m_evidence, &QLineEdit::returnPressed, this, &ProposalsTab::add);
    connect(add, &QPushButton::clicked, this, &ProposalsTab::add);

    auto *buttons = new QHBoxLayout;
    auto *meeting = new QPushButton(tr("Evaluation meeting…"));
    meeting->setObjectName(QStringLiteral("meeting"));
    auto *withdraw = new QPushButton(tr("Withdraw…"));
    m_editors.append({meeting, withdraw});
    buttons->addWidget(meeting);
    buttons->addWidget(withdraw);
    buttons->addStretch();
    connect(meeting, &QPushButton::clicked, this, &ProposalsTab::holdMeeting);
    connect(withdraw, &QPushButton::clicked, this, &ProposalsTab::withdraw);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_fromCase);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Awaiting the evaluation meeting")));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ProposalsTab::reload()
{
    if (m_household->setVillage(m_villageId))
        fillPersons();
    m_indicator->clear();
    for (const Indicator &i : PointsCatalogue(m_database).current(m_villageId)) {
        const QString range = i.minPoints == i.maxPoints ? signedPoints(i.minPoints)
                                                         : signedPoints(i.minPoints) + QStringLiteral("~") + signedPoints(i.maxPoints);
        m_indicator->addItem(QStringLiteral("%1 %2 (%3)").arg(i.code, i.name, range), i.id);
    }
    m_indicator->setCurrentIndex(-1);
    m_deedOn->setDate(deadlines::today(m_database.clock()));
    m_deedOn->setMaximumDate(m_deedOn->date());
    QList<QStringList> rows;
    QStringList ids;
    for (const BoardEntry &row : PointsBoard(m_database).entries(m_villageId, PointsBoard::Filter::AwaitingMeeting)) {
        rows.append({entryWho(row), row.indicatorName, signedPoints(row.entry.points), formatDate(row.entry.deedOn),
                     evidenceText(row), row.entry.proposedBy, row.entry.disputeId.isEmpty() ? QString() : tr("Yes")});
        ids.append(row.entry.id);
    }
    fillTable(m_table, rows, ids);
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(canEdit() && !m_villageId.isEmpty());
}

void ProposalsTab::proposeFor(const QString &householdId, const QString &disputeId)
{
    m_household->setHousehold(householdId);
    fillPersons();
    m_disputeId = disputeId;
    m_fromCase->setText(tr("Proposed from a dispute case: the meeting decides it like any other entry."));
    m_fromCase->setVisible(!disputeId.isEmpty());
    m_indicator->setFocus();
}

void ProposalsTab::fillPersons()
{
    m_person->clear();
    m_person->addItem(tr("The whole household"), QString());
    if (m_household->householdId().isEmpty())
        return;
    for (const Person &p : PersonRepository(m_database).members(m_household->householdId()))
        m_person->addItem(p.name, p.id);
}

void ProposalsTab::indicatorChosen()
{
    const auto indicator = PointsCatalogue(m_database).get(m_indicator->currentData().toString());
    if (!indicator)
        return;
    m_points->setValue(indicator->minPoints > 0 ? indicator->minPoints : indicator->maxPoints);
    m_points->setFocus();
    m_points->selectAll();
}

void ProposalsTab::add()
{
    PointsEntry entry;
    entry.householdId = m_household->householdId();
    entry.personId = m_person->currentData().toString();
    entry.indicatorId = m_indicator->currentIndex() >= 0 ? m_indicator->currentData().toString() : QString();
    entry.points = m_points->value();
    entry.deedOn = m_deedOn->date();
    entry.evidence = m_evidence->text();
    entry.proposedBy = m_account.displayName;
    entry.disputeId = m_disputeId;
    if (entry.evidence.trimmed().isEmpty() && !m_evidenceFile.isEmpty())
        entry.evidence = tr("See the attached file %1").arg(QFileInfo(m_evidenceFile).fileName());
    // The entry and its evidence file are written together, or neither is. The message names the field.
    const auto fail = [this](const Error &error) {
        const QString label = m_fieldLabels.value(error.field);
        m_error->setText(label.isEmpty() ? error.message : tr("%1: %2").arg(label, error.message));
        m_error->show();
        if (auto *field = findChild<QWidget *>(error.field))
            field->setFocus();
    };
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return fail(status.error());
    const auto id = PointsLedger(m_database).propose(entry);
    if (!id)
        return fail(id.error());
    if (!m_evidenceFile.isEmpty())
        if (const auto file = PointsEvidence(m_database).addFile(*id, m_evidenceFile); !file)
            return fail({QStringLiteral("attachEvidence"), file.error().message});
    if (Status status = transaction.commit(); !status)
        return fail(status.error());
    m_error->hide();
    m_evidence->clear();
    attachEvidence({});
    m_disputeId.clear();
    m_fromCase->hide();
    emit changed();
    // The next household: the same one stays chosen for a second indicator with Tab.
    m_household->setFocus();
    m_household->selectAll();
}

void ProposalsTab::attachEvidence(const QString &path)
{
    m_evidenceFile = path;
    m_evidenceFileName->setText(QFileInfo(path).fileName());
}

void ProposalsTab::withdraw()
{
    actOnSelected(m_table, tr("Withdraw"), tr("Why is this proposal withdrawn?"),
                  [this](const QString &id, const QString &reason) { return PointsLedger(m_database).revoke(id, reason); });
}

void ProposalsTab::holdMeeting()
{
    MeetingDialog dialog(m_database, m_account, m_villageId, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

} // namespace lianxin
