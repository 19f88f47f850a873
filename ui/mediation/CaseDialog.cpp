#include "ui/mediation/CaseDialog.h"

#include "core/auth/AuditLog.h"
#include "core/mediation/Attachments.h"
#include "core/mediation/CaseLifecycle.h"
#include "core/mediation/CaseOutcome.h"
#include "core/mediation/CaseSteps.h"
#include "core/mediation/Deadlines.h"
#include "core/mediation/DisputeRepository.h"
#include "core/mediation/DisputeVocabulary.h"
#include "core/mediation/StepFields.h"
#include "core/register/PersonRepository.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/StoredFile.h"
#include "ui/forms/ScreenFit.h"
#include "ui/mediation/CaseForm.h"
#include "ui/mediation/OutcomeChoiceDialog.h"
#include "ui/mediation/StepForm.h"
#include "ui/points/ProposeDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
// A step's values, each with its field's label, in the order of the form (the date is in the When column).
QList<std::pair<QString, QString>> fieldTexts(Database &database, const DisputeStep &step,
                                              const QList<DisputeStep> &steps)
{
    QList<std::pair<QString, QString>> texts;
    for (const StepField &field : stepFields(step.kind)) {
        const QString key = QLatin1String(field.key);
        if (key == QLatin1String("date") || !step.data.contains(key))
            continue;
        const QVariant value = step.data.value(key);
        QString text;
        switch (field.type) {
        case StepFieldType::Choice:
            text = vocabulary::label(field.choices(), value.toString());
            break;
        case StepFieldType::Choices: {
            QStringList labels;
            for (const QString &code : value.toStringList())
                labels.append(vocabulary::label(field.choices(), code));
            text = labels.join(CaseDialog::tr(", "));
            break;
        }
        case StepFieldType::Bool:
            text = value.toBool() ? CaseDialog::tr("yes") : CaseDialog::tr("no");
            break;
        case StepFieldType::Money:
            text = QLocale().toString(value.toDouble() / 100.0, 'f', 2);
            break;
        default:
            text = value.toString();
        }
        if (key == QLatin1String("step_id")) { // an outcome chosen: the step it names, not its id
            for (const DisputeStep &named : steps) {
                if (named.id == text)
                    text = outcomeLine(database, named);
            }
        }
        texts.append({field.labelText(), text});
    }
    return texts;
}

// In one line for the timeline: "Place: 村部; Outcome: Agreement reached; …".
QString summaryOf(const QList<std::pair<QString, QString>> &texts)
{
    QStringList parts;
    for (const auto &[label, text] : texts)
        parts.append(CaseDialog::tr("%1: %2").arg(label, text.simplified()));
    return parts.join(CaseDialog::tr("; "));
}

// In full, a value to a paragraph, for the detail under the timeline.
QString fullTextOf(const QList<std::pair<QString, QString>> &texts)
{
    QStringList parts;
    for (const auto &[label, text] : texts)
        parts.append(CaseDialog::tr("%1: %2").arg(label, text));
    return parts.join(QLatin1Char('\n'));
}

// A tooltip that wraps (rich text does; plain text runs off the screen in one line).
QString wrappedToolTip(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}
} // namespace

CaseDialog::CaseDialog(Database &database, const Account &account, const QString &disputeId, QWidget *parent)
    : QDialog(parent), m_database(database), m_account(account), m_id(disputeId), m_summary(new QLabel),
      m_parties(new QLabel), m_reveal(new QPushButton(tr("Show &ID numbers and phones"))), m_dossier(new QLabel),
      m_timeline(new QTreeWidget), m_stepDetail(new QPlainTextEdit), m_attachments(new QListWidget),
      m_step(new QToolButton), m_documents(new QToolButton), m_stepMenu(new QMenu(this)),
      m_documentMenu(new QMenu(this)), m_points(new QToolButton), m_pointsMenu(new QMenu(this)), m_fork(new QLabel),
      m_chooseOutcome(new QPushButton(tr("&Choose the outcome that stands…")))
{
    // Two devices recorded different outcomes of this case offline: the mediator chooses (CaseOutcome.h).
    m_fork->setObjectName(QStringLiteral("fork"));
    m_fork->setWordWrap(true);
    m_fork->setStyleSheet(QStringLiteral("color:#b3261e"));
    m_chooseOutcome->setObjectName(QStringLiteral("chooseOutcome"));
    m_chooseOutcome->setAutoDefault(false);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parties->setObjectName(QStringLiteral("parties"));
    m_parties->setWordWrap(true);
    m_parties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // ID numbers and phones show masked, as on every list; a role that may reveal them does so here, and
    // the reveal is written to the audit log (as in the household file).
    m_reveal->setObjectName(QStringLiteral("revealParties"));
    m_reveal->setAutoDefault(false);
    m_dossier->setObjectName(QStringLiteral("dossier"));
    m_dossier->setWordWrap(true);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("Step"), tr("Details")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->header()->resizeSection(0, 150);
    m_timeline->header()->resizeSection(1, 220); // room for "调解协议（其他设备；待选定）"
    // A step in one line in the timeline, and in full under it when chosen: records run to pages.
    m_stepDetail->setObjectName(QStringLiteral("stepDetail"));
    m_stepDetail->setReadOnly(true);
    m_stepDetail->setPlaceholderText(tr("Choose a step to read it in full."));

    m_step->setText(tr("Record a &step"));
    m_step->setObjectName(QStringLiteral("recordStep"));
    m_step->setMenu(m_stepMenu);
    m_step->setPopupMode(QToolButton::InstantPopup);
    m_documents->setText(tr("&Documents"));
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setMenu(m_documentMenu);
    m_documents->setPopupMode(QToolButton::InstantPopup);
    // Moral-evaluation points may be proposed from the facts of a case (a party who reconciled, or one who
    // refused an agreement); the evaluation meeting decides them.
    m_points->setText(tr("Propose &points"));
    m_points->setObjectName(QStringLiteral("proposePoints"));
    m_points->setMenu(m_pointsMenu);
    m_points->setPopupMode(QToolButton::InstantPopup);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setMaximumHeight(80);
    auto *attachButton = new QPushButton(tr("&Attach a scan or photo…"));
    auto *open = new QPushButton(tr("&Open"));
    auto *edit = new QPushButton(tr("&Edit registration…"));
    for (QPushButton *button : {attachButton, open, edit})
        button->setAutoDefault(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("buttons"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_step);
    actions->addWidget(m_documents);
    actions->addWidget(m_points);
    actions->addWidget(edit);
    actions->addStretch(1);
    actions->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *parties = new QHBoxLayout;
    parties->addWidget(m_parties, 1);
    parties->addWidget(m_reveal, 0, Qt::AlignTop);
    layout->addLayout(parties);
    auto *fork = new QHBoxLayout;
    fork->addWidget(m_fork, 1);
    fork->addWidget(m_chooseOutcome, 0, Qt::AlignTop);
    layout->addLayout(fork);
    auto *steps = new QSplitter(Qt::Vertical);
    steps->addWidget(m_timeline);
    steps->addWidget(m_stepDetail);
    steps->setStretchFactor(0, 3);
    steps->setStretchFactor(1, 2);
    steps->setChildrenCollapsible(false);
    layout->addWidget(steps, 1);
    auto *files = new QHBoxLayout;
    files->addWidget(m_attachments, 1);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(attachButton);
    fileButtons->addWidget(open);
    fileButtons->addStretch(1);
    files->addLayout(fileButtons);
    layout->addLayout(files);
    layout->addWidget(m_dossier);
    layout->addLayout(actions);
    // Hidden once in the layout: shown before, a widget without a parent would open as a window of its own.
    m_step->setHidden(!account.permissions().editDisputes);
    m_points->setHidden(!account.permissions().editRegister);
    attachButton->setHidden(!account.permissions().editDisputes);
    edit->setHidden(!account.permissions().editDisputes);
    m_reveal->setHidden(!account.permissions().revealPersonalData);
    fitToScreen(this, QSize(980, 680));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseOutcome, &QPushButton::clicked, this, [this] {
        if (!m_file)
            return;
        OutcomeChoiceDialog dialog(m_database, m_id, m_file->steps, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_reveal, &QPushButton::clicked, this, &CaseDialog::revealParties);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_stepDetail->setPlainText(item ? item->data(2, Qt::UserRole).toString() : QString());
    });
    connect(attachButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Attach a scan or photo"), QString(),
                                         tr("Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"));
        if (path.isEmpty())
            return;
        if (Status status = attach(path); !status)
            QMessageBox::warning(this, tr("Attach a scan or photo"), status.error().message);
    });
    connect(open, &QPushButton::clicked, this, &CaseDialog::openAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &CaseDialog::openAttachment);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto dispute = DisputeRepository(m_database).get(m_id)) {
            CaseForm form(m_database, m_account, *dispute, this);
            if (form.exec() == QDialog::Accepted)
                refresh();
        }
    });
    refresh();
}

Status CaseDialog::attach(const QString &path)
{
    const auto id = Attachments(m_database).addFile(m_id, path);
    refreshAttachments();
    return toStatus(id);
}

void CaseDialog::refreshAttachments()
{
    m_attachments->clear();
    for (const Attachment &attachment : Attachments(m_database).list(m_id)) {
        auto *item = new QListWidgetItem(
            attachment.haveContent ? tr("%1 (%2 KB)").arg(attachment.fileName).arg((attachment.size + 1023) / 1024)
                                   : tr("%1 (arrives with the next sync)").arg(attachment.fileName),
            m_attachments);
        item->setData(Qt::UserRole, attachment.sha256);
        item->setData(Qt::UserRole + 1, attachment.fileName);
    }
}

void CaseDialog::openAttachment()
{
    if (const QListWidgetItem *item = m_attachments->currentItem())
        openStoredFile(this, m_database, item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
}

QString CaseDialog::summaryText() const
{
    return m_summary->text();
}

void CaseDialog::showParties()
{
    QStringList parties;
    bool anyPersonal = false;
    for (const DisputeParty &p : m_file->dispute.parties) {
        anyPersonal = anyPersonal || !p.idNumber.isEmpty() || !p.phone.isEmpty();
        QStringList about;
        if (!p.idNumber.isEmpty())
            about.append(tr("ID number %1").arg(m_revealed ? p.idNumber : maskIdNumber(p.idNumber)));
        if (!p.phone.isEmpty())
            about.append(tr("phone %1").arg(m_revealed ? p.phone : maskPhone(p.phone)));
        if (!p.agent.isEmpty())
            about.append(tr("agent: %1").arg(p.agent));
        parties.append(QStringLiteral("%1：%2%3")
                           .arg(vocabulary::label(vocabulary::partyRoles(), p.role), p.name,
                                about.isEmpty() ? QString() : tr("(%1)").arg(about.join(tr(", ")))));
    }
    m_parties->setText(tr("Parties: %1").arg(parties.join(QStringLiteral("　"))));
    m_reveal->setEnabled(anyPersonal && !m_revealed && m_account.permissions().revealPersonalData);
}

void CaseDialog::revealParties()
{
    if (!m_file || !m_account.permissions().revealPersonalData)
        return;
    AuditLog audit(m_database);
    for (const DisputeParty &p : m_file->dispute.parties) {
        for (const auto &[field, value] :
             {std::pair{QStringLiteral("id_number"), p.idNumber}, std::pair{QStringLiteral("phone"), p.phone}}) {
            if (value.isEmpty())
                continue;
            if (Status status = audit.recordReveal(m_account, QStringLiteral("dispute_parties"), p.id, field);
                !status) {
                QMessageBox::warning(this, windowTitle(), status.error().message);
                return;
            }
        }
    }
    m_revealed = true;
    showParties();
}

bool CaseDialog::recordStep(const QString &kind)
{
    StepForm form(m_database, m_id, kind, this);
    const bool recorded = form.exec() == QDialog::Accepted;
    refresh();
    return recorded;
}

void CaseDialog::refresh()
{
    // Read once: the page and its documents show the same state of the case.
    m_file = documents::loadCaseFile(m_database, m_id);
    if (!m_file) {
        m_summary->setText(tr("This case no longer exists."));
        return;
    }
    if (!m_account.permissions().revealPersonalData)
        documents::maskPersonalData(*m_file);
    const DisputeCase &d = m_file->dispute;
    setWindowTitle(QStringLiteral("%1 %2").arg(d.caseNumber, d.title));
    const QString risk = vocabulary::label(vocabulary::riskGrades(), d.risk);
    QStringList lines{
        QStringLiteral("<b>%1</b>　%2").arg(d.caseNumber.toHtmlEscaped(), d.title.toHtmlEscaped()),
        tr("Status: %1　Kind: %2　Came from: %3　Received: %4")
            .arg(vocabulary::label(vocabulary::caseStatuses(), d.status),
                 vocabulary::label(vocabulary::disputeCategories(), d.category),
                 vocabulary::label(vocabulary::disputeSources(), d.source), formatDate(d.receivedOn)),
        tr("Risk: %1%2　Mediated at: %3%4")
            .arg(d.risk == QLatin1String("red")
                     ? QStringLiteral("<span style='color:#b3261e;font-weight:bold'>%1</span>").arg(risk)
                     : risk,
                 d.violenceRisk ? tr(" — risk of turning violent") : QString(),
                 vocabulary::label(vocabulary::caseLevels(), d.level),
                 d.consultation.isEmpty() ? QString()
                                          : QStringLiteral("（%1）").arg(
                                                vocabulary::label(vocabulary::consultationLevels(), d.consultation))),
    };
    if (lifecycle::openStatuses().contains(d.status))
        lines.append(tr("Time limit: %1").arg(formatDate(d.deadline)));
    if (d.agreementEffectiveOn.isValid())
        lines.append(tr("Agreement in effect since %1; judicial confirmation may be applied for until %2; performance "
                        "due by %3.")
                         .arg(formatDate(d.agreementEffectiveOn),
                              formatDate(deadlines::confirmationWindowEnd(d.agreementEffectiveOn)),
                              formatDate(d.performanceDeadline)));
    else if (!d.agreementForm.isEmpty())
        lines.append(tr("The written agreement awaits the parties' signatures."));
    if (d.performanceDeadline.isValid() &&
        (d.status == QLatin1String("agreed") || d.status == QLatin1String("performed")))
        lines.append(
            tr("Follow-up visit due from %1.").arg(formatDate(deadlines::followUpDueFrom(d.performanceDeadline))));
    if (d.overdue)
        lines.append(QStringLiteral("<span style='color:#b3261e;font-weight:bold'>%1</span>")
                         .arg(tr("Overdue: past the time limit, or a follow-up visit is due.")));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    showParties();

    m_timeline->clear();
    const QList<DisputeStep> &steps = m_file->steps;
    const auto addItem = [this](const QString &when, const QString &what,
                                const QList<std::pair<QString, QString>> &texts) {
        auto *item = new QTreeWidgetItem(m_timeline, {when, what, summaryOf(texts)});
        const QString full = fullTextOf(texts);
        item->setData(2, Qt::UserRole, full);
        item->setToolTip(2, wrappedToolTip(full));
        return item;
    };
    QList<std::pair<QString, QString>> registration{{tr("Facts"), d.facts}};
    if (!d.claims.isEmpty())
        registration.append({tr("Claims"), d.claims});
    QTreeWidgetItem *latest = addItem(formatDate(d.receivedOn), tr("Registered"), registration);
    const bool forked = outcome::unresolvedFork(steps);
    const bool severalOutcomes = outcome::decisiveSteps(steps).size() > 1;
    const QString standing = outcome::standingStepId(steps);
    for (const DisputeStep &step : steps) {
        // The time of a step is China's wall clock as recorded ("2026-12-03T05:11"), shown as written.
        const QString when = step.occurred.size() > 10
                                 ? formatDate(QDate::fromString(step.occurred.left(10), Qt::ISODate)) +
                                       QLatin1Char(' ') + step.occurred.mid(11, 5)
                                 : formatDate(QDate::fromString(step.occurred, Qt::ISODate));
        QString what = vocabulary::label(vocabulary::stepKinds(), step.kind);
        if (severalOutcomes && outcome::isDecisive(step.kind))
            what = step.id == standing
                       ? (forked ? tr("%1 (earlier; to be chosen)").arg(what) : tr("%1 (stands)").arg(what))
                       : (forked ? tr("%1 (other device; to be chosen)").arg(what) : tr("%1 (set aside)").arg(what));
        latest = addItem(when, what, fieldTexts(m_database, step, steps));
    }
    m_timeline->setCurrentItem(latest);
    m_fork->setText(
        tr("Different devices recorded different outcomes for this case. Until its mediator chooses the one "
           "that stands, nothing more can be recorded on it, and the statistics count the earlier one."));
    m_fork->setVisible(forked);
    m_chooseOutcome->setVisible(severalOutcomes && m_account.permissions().editDisputes);
    m_chooseOutcome->setText(forked ? tr("&Choose the outcome that stands…") : tr("&Change the outcome chosen…"));

    m_stepMenu->clear();
    const QStringList possible =
        lifecycle::possibleSteps({d.status, d.agreementForm, d.agreementEffectiveOn, d.deadline});
    for (const VocabularyEntry &entry : vocabulary::stepKinds()) {
        const QString kind = QLatin1String(entry.code);
        if (kind == QLatin1String(outcome::kChosenKind))
            continue; // chosen from the notice of a fork, never as a step of its own
        QAction *action = m_stepMenu->addAction(entry.label(), this, [this, kind] { recordStep(kind); });
        action->setObjectName(kind);
        action->setEnabled(possible.contains(kind));
    }
    m_step->setEnabled(!possible.isEmpty() && !forked);

    m_documentMenu->clear();
    for (const documents::DocumentChoice &choice : documents::availableDocuments(*m_file)) {
        QMenu *sub = m_documentMenu->addMenu(choice.title);
        sub->addAction(tr("Preview…"), this, [this, choice] { documents::preview(this, *m_file, choice); });
        sub->addAction(tr("Print…"), this, [this, choice] { documents::print(this, *m_file, choice); });
        sub->addAction(tr("Save as PDF…"), this, [this, choice] { documents::saveAsPdf(this, *m_file, choice); });
    }

    m_pointsMenu->clear();
    const PersonRepository persons(m_database);
    for (const DisputeParty &p : d.parties) {
        const auto person = p.personId.isEmpty() ? std::nullopt : persons.get(p.personId);
        if (!person)
            continue;
        const QString householdId = person->householdId;
        m_pointsMenu->addAction(tr("For the household of %1…").arg(p.name), this, [this, householdId] {
            ProposeDialog dialog(m_database, m_account, householdId, m_id, this);
            if (dialog.isValid())
                dialog.exec();
        });
    }
    m_points->setEnabled(!m_pointsMenu->isEmpty());

    refreshAttachments();

    // What the dossier still lacks for the closure this case is heading for.
    const QString closure = d.status == QLatin1String("ended") ? QStringLiteral("ended") : QStringLiteral("performed");
    const QStringList missing = CaseSteps(m_database).missingForClosure(m_id, closure);
    m_dossier->setVisible(!missing.isEmpty() && !d.closedOn.isValid() && d.status != QLatin1String("declined"));
    m_dossier->setText(tr("To close this case the dossier still needs: %1.").arg(missing.join(tr(", "))));
}

} // namespace lianxin
