#include "ui/service/VisitDialog.h"

#include "core/register/HouseholdRepository.h"
#include "core/service/ServiceVocabulary.h"
#include "core/service/Visits.h"
#include "core/storage/Database.h"

#include "core/storage/Transaction.h"
#include "ui/forms/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lianxin {

namespace {
void fill(QComboBox *box, const Vocabulary &vocabulary)
{
    for (const VocabularyEntry &entry : vocabulary)
        box->addItem(entry.label(), QLatin1String(entry.code));
}
} // namespace

VisitDialog::VisitDialog(Database &database, const Account &account, const QString &householdId, QWidget *parent)
    : QDialog(parent), m_database(database), m_householdId(householdId), m_kind(new QComboBox),
      m_workers(new QLineEdit), m_met(new QLineEdit), m_situation(new QPlainTextEdit), m_problemKind(new QComboBox),
      m_problem(new QLineEdit), m_answer(new QComboBox), m_answerNote(new QLineEdit), m_error(new QLabel),
      m_files(new QLabel)
{
    setWindowTitle(tr("Record a visit"));
    const auto heading = HouseholdRepository(m_database).heading(householdId);
    const QString household =
        heading ? heading->address + QStringLiteral(" · ") + heading->headName : tr("Choose a household in the list first.");

    fill(m_kind, vocabulary::visitKinds());
    m_workers->setText(account.displayName);
    m_workers->setPlaceholderText(tr("One or two names, separated by a comma"));
    m_situation->setTabChangesFocus(true);
    m_situation->setMaximumHeight(90);
    m_problemKind->addItem(tr("No problem found"), QString());
    fill(m_problemKind, vocabulary::problemCategories());
    m_answer->addItem(tr("Not answered yet"), QString());
    m_answer->addItem(vocabulary::label(vocabulary::problemAnswers(), QStringLiteral("solved")),
                      QStringLiteral("solved"));
    m_answer->addItem(vocabulary::label(vocabulary::problemAnswers(), QStringLiteral("explained")),
                      QStringLiteral("explained"));
    for (auto *widget :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_workers), static_cast<QWidget *>(m_met),
          static_cast<QWidget *>(m_situation), static_cast<QWidget *>(m_problemKind), static_cast<QWidget *>(m_problem),
          static_cast<QWidget *>(m_answer), static_cast<QWidget *>(m_answerNote)})
        widget->setMinimumWidth(360);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_workers->setObjectName(QStringLiteral("workers"));
    m_met->setObjectName(QStringLiteral("met"));
    m_situation->setObjectName(QStringLiteral("situation"));
    m_problemKind->setObjectName(QStringLiteral("problemKind"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answerNote->setObjectName(QStringLiteral("answerNote"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Household:"), new QLabel(household));
    form->addRow(tr("Kind of visit:"), m_kind);
    form->addRow(tr("Visited by:"), m_workers);
    form->addRow(tr("Persons met:"), m_met);
    form->addRow(tr("Situation:"), m_situation);
    form->addRow(tr("Problem found:"), m_problemKind);
    form->addRow(tr("Problem:"), m_problem);
    form->addRow(tr("Answered:"), m_answer);
    form->addRow(tr("What was said or done:"), m_answerNote);
    // Photos and the household's signed slip: kept by hash like a case's attachments.
    auto *files = new QHBoxLayout;
    auto *photo = new QPushButton(tr("Add a &photo…"));
    photo->setObjectName(QStringLiteral("addPhoto"));
    photo->setAutoDefault(false);
    auto *signature = new QPushButton(tr("Signed &slip…"));
    signature->setObjectName(QStringLiteral("addSignature"));
    signature->setAutoDefault(false);
    m_files->setObjectName(QStringLiteral("files"));
    files->addWidget(photo);
    files->addWidget(signature);
    files->addWidget(m_files, 1);
    const auto showFiles = [this] {
        m_files->setText(tr("%n photo(s)", nullptr, int(m_photos.size())) +
                         (m_signature.isEmpty() ? QString() : tr(", signed slip")));
    };
    connect(photo, &QPushButton::clicked, this, [this, showFiles] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Photos of the visit"), {}, tr("Images (*.jpg *.jpeg *.png)"));
        m_photos += paths;
        showFiles();
    });
    connect(signature, &QPushButton::clicked, this, [this, showFiles] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The household's signed slip"), {},
                                                          tr("Scans (*.jpg *.jpeg *.png *.pdf)"));
        if (!path.isEmpty())
            m_signature = path;
        showFiles();
    });
    showFiles();
    form->addRow(tr("Photos:"), files);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *next = buttons->addButton(tr("Save and &next"), QDialogButtonBox::ActionRole);
    next->setObjectName(QStringLiteral("saveNext"));
    connect(next, &QPushButton::clicked, this, [this] {
        m_next = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Enter saves and opens the next household's visit: set once the button is in the dialog.
    next->setDefault(true);
    fitToScreen(this, sizeHint());
}

void VisitDialog::accept()
{
    Visit visit;
    visit.householdId = m_householdId;
    visit.kind = m_kind->currentData().toString();
    visit.workers = m_workers->text().split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
    visit.met = m_met->text();
    visit.situation = m_situation->toPlainText();
    QList<Problem> problems;
    if (!m_problemKind->currentData().toString().isEmpty()) {
        Problem problem;
        problem.category = m_problemKind->currentData().toString();
        problem.description = m_problem->text();
        problem.answer = m_answer->currentData().toString();
        problem.answerNote = m_answerNote->text();
        problems.append(problem);
    }
    // The visit, its problems and its files together or not at all.
    Transaction transaction = m_database.transaction();
    VisitRepository visits(m_database);
    auto recorded = visits.record(visit, problems);
    for (const QString &path : std::as_const(m_photos)) {
        if (recorded)
            if (const auto added = visits.addPhoto(*recorded, path); !added)
                recorded = added.error();
    }
    if (recorded && !m_signature.isEmpty())
        if (const auto added = visits.addPhoto(*recorded, m_signature, true); !added)
            recorded = added.error();
    Status committed = recorded ? transaction.commit() : Status(recorded.error());
    if (!committed) {
        m_next = false;
        m_error->setText(committed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace lianxin
