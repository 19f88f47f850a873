#include "ui/import/RosterImportDialog.h"

#include "core/common/ChinaTime.h"
#include "core/import/RefusedRows.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/forms/ScreenFit.h"
#include "ui/import/ColumnChoices.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lianxin {

namespace {
using Preview = RosterImportDialog::Preview;

// Plans the sheet with the mapping and reviews the plan against the register, on a connection of its own.
Result<Preview> planned(Preview preview, const QString &storePath, const QString &gridId, const QDate &today)
{
    preview.plan = import::planRoster(preview.sheet, preview.mapping, today);
    auto database = Database::open({storePath});
    if (!database)
        return database.error();
    import::RosterImport(**database).review(preview.plan, gridId);
    return preview;
}

QString severityText(import::RosterProblem::Severity severity)
{
    switch (severity) {
    case import::RosterProblem::Severity::Note:
        return RosterImportDialog::tr("Note");
    case import::RosterProblem::Severity::Warning:
        return RosterImportDialog::tr("Warning");
    case import::RosterProblem::Severity::Error:
        break;
    }
    return RosterImportDialog::tr("Error");
}
} // namespace

RosterImportDialog::RosterImportDialog(Database &database, const Account &account, QWidget *parent)
    : QDialog(parent), m_database(database), m_account(account), m_steps(new QStackedWidget), m_file(new QLineEdit),
      m_sheet(new QComboBox), m_grid(new QComboBox), m_columns(new ColumnChoices), m_summary(new QLabel),
      m_problems(new QTableWidget(0, 4)), m_skipBad(new QRadioButton(tr("Import the households without errors and "
                                                                        "leave out the others"))),
      m_refuseAll(new QRadioButton(tr("Import nothing while any row has an error"))),
      m_saveRefused(new QPushButton(tr("Save the rows left &out…"))), m_message(new QLabel),
      m_progress(new QProgressBar), m_back(new QPushButton(tr("&Back"))), m_next(new QPushButton(tr("&Next"))),
      m_import(new QPushButton(tr("&Import"))), m_close(new QPushButton(tr("Cancel")))
{
    setWindowTitle(tr("Import a roster"));

    // Step 1: the file, its sheet, the grid.
    auto *fileStep = new QWidget;
    auto *intro = new QLabel(tr("Choose the township's roster (花名册): an Excel file (.xlsx or .xls) or a CSV file. "
                                "Its households go into the grid you choose; a roster imported before is matched "
                                "by its household numbers and ID numbers, so nothing is added twice."));
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("file"));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_grid->setObjectName(QStringLiteral("grid"));
    RegionRepository regions(m_database);
    for (const Region &grid : regions.gridsWithin(m_account.scope)) {
        const auto village = regions.get(grid.parentId);
        // Grids are often named after their village (新安村第1网格): the village is then not said twice.
        const bool named = !village || grid.name.startsWith(village->name);
        m_grid->addItem(named ? grid.name : QStringLiteral("%1 / %2").arg(village->name, grid.name), grid.id);
    }
    auto *choose = new QPushButton(tr("C&hoose…"));
    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &RosterImportDialog::readSheetNames);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileForm = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    fileForm->addRow(fileLabel, fileRow);
    fileForm->addRow(tr("&Sheet:"), m_sheet);
    fileForm->addRow(tr("&Grid:"), m_grid);
    auto *fileLayout = new QVBoxLayout(fileStep);
    fileLayout->addWidget(intro);
    fileLayout->addLayout(fileForm);
    fileLayout->addStretch();

    // Step 3: the preview.
    auto *previewStep = new QWidget;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Kind"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_skipBad->setObjectName(QStringLiteral("skipBad"));
    m_refuseAll->setObjectName(QStringLiteral("refuseAll"));
    m_refuseAll->setChecked(true);
    connect(m_skipBad, &QRadioButton::toggled, m_message, &QLabel::hide);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_skipBad);
    choice->addButton(m_refuseAll);
    m_saveRefused->setObjectName(QStringLiteral("saveRefused"));
    connect(m_saveRefused, &QPushButton::clicked, this, &RosterImportDialog::saveRefusedRows);
    auto *refusedRow = new QHBoxLayout;
    refusedRow->addWidget(m_skipBad);
    refusedRow->addStretch();
    refusedRow->addWidget(m_saveRefused);
    auto *previewLayout = new QVBoxLayout(previewStep);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_problems, 1);
    previewLayout->addLayout(refusedRow);
    previewLayout->addWidget(m_refuseAll);

    m_steps->addWidget(fileStep);
    m_steps->addWidget(m_columns);
    m_steps->addWidget(previewStep);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    for (QPushButton *button : {m_back, m_next, m_import, m_close})
        button->setAutoDefault(false);
    m_back->setObjectName(QStringLiteral("back"));
    m_next->setObjectName(QStringLiteral("next"));
    m_import->setObjectName(QStringLiteral("import"));
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_back, &QPushButton::clicked, this, &RosterImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &RosterImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &RosterImportDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    for (QPushButton *button : {m_back, m_next, m_import, m_close})
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(&m_reading, &QFutureWatcher<Result<Preview>>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_writing, &QFutureWatcher<Result<import::ImportSummary>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_reading, &QFutureWatcher<Result<Preview>>::finished, this, [this] {
        setBusy(false);
        if (m_reading.isCanceled())
            return;
        const Result<Preview> result = m_reading.result();
        if (!result)
            return showError(result.error().message);
        const bool fromFile = m_steps->currentIndex() == FileStep;
        m_preview = *result;
        if (fromFile) {
            m_columns->setSheet(m_preview.sheet, m_preview.mapping);
            showStep(ColumnsStep);
        } else {
            showPreview();
        }
    });
    connect(&m_writing, &QFutureWatcher<Result<import::ImportSummary>>::finished, this, [this] {
        setBusy(false);
        if (m_writing.isCanceled())
            return showError(tr("The import was cancelled; the register is as it was."));
        const auto result = m_writing.result();
        if (!result)
            return showError(result.error().message);
        emit imported();
        m_summary->setText(tr("Imported: %1 households added, %2 changed, %3 unchanged; %4 persons added, %5 "
                              "changed, %6 unchanged; %7 rows left out.")
                               .arg(result->householdsAdded)
                               .arg(result->householdsUpdated)
                               .arg(result->householdsUnchanged)
                               .arg(result->personsAdded)
                               .arg(result->personsUpdated)
                               .arg(result->personsUnchanged)
                               .arg(result->refusedRows));
        m_import->setEnabled(false);
        m_back->setEnabled(false);
        m_close->setText(tr("Close"));
    });
    showStep(FileStep);
    fitToScreen(this, {900, 620});
}

RosterImportDialog::~RosterImportDialog()
{
    m_reading.cancel();
    m_reading.waitForFinished();
    m_writing.cancel();
    m_writing.waitForFinished();
}

void RosterImportDialog::reject()
{
    if (m_reading.isRunning() || m_writing.isRunning()) {
        m_reading.cancel();
        m_writing.cancel();
        return;
    }
    QDialog::reject();
}

void RosterImportDialog::chooseFile()
{
    const QString chosen = QFileDialog::getOpenFileName(this, windowTitle(), m_file->text(),
                                                        tr("Rosters (*.xlsx *.xls *.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_file->setText(chosen);
    readSheetNames();
}

void RosterImportDialog::readSheetNames()
{
    m_sheet->clear();
    if (m_file->text().isEmpty())
        return;
    const auto names = import::sheetNames(m_file->text());
    if (!names)
        return showError(names.error().message);
    m_message->hide();
    m_sheet->addItems(*names);
}

QString RosterImportDialog::gridId() const
{
    return m_grid->currentData().toString();
}

void RosterImportDialog::next()
{
    m_message->hide();
    const QString storePath = m_database.filePath();
    const QDate today = chinaToday(m_database.clock());
    if (m_steps->currentIndex() == FileStep) {
        if (m_file->text().isEmpty() || !QFileInfo(m_file->text()).isFile())
            return showError(tr("Choose the roster's file."));
        if (gridId().isEmpty())
            return showError(tr("Choose the grid the roster's households belong to."));
        setBusy(true, tr("Reading the roster…"));
        m_reading.setFuture(QtConcurrent::run([file = m_file->text(), sheet = m_sheet->currentText(), storePath,
                                               grid = gridId(), today](QPromise<Result<Preview>> &promise) {
            promise.setProgressRange(0, 1000);
            const auto read = import::readSheet(file, sheet, [&promise](qint64 done, qint64 total) {
                promise.setProgressValue(int(900 * done / qMax<qint64>(1, total)));
                return !promise.isCanceled();
            });
            if (!read)
                return void(promise.addResult(Result<Preview>(read.error())));
            Preview preview;
            preview.sheet = *read;
            preview.mapping = import::guessColumns(preview.sheet);
            promise.addResult(planned(std::move(preview), storePath, grid, today));
        }));
        return;
    }
    if (m_steps->currentIndex() == ColumnsStep) {
        Preview preview = m_preview;
        preview.mapping = m_columns->mapping();
        if (!preview.mapping.has(import::RosterField::Name))
            return showError(tr("Choose the column that holds the names."));
        setBusy(true, tr("Checking the rows…"));
        m_reading.setFuture(QtConcurrent::run(
            [preview = std::move(preview), storePath, grid = gridId(), today](QPromise<Result<Preview>> &promise) {
                promise.addResult(planned(preview, storePath, grid, today));
            }));
    }
}

void RosterImportDialog::back()
{
    m_message->hide();
    showStep(Step(std::max(0, m_steps->currentIndex() - 1)));
}

void RosterImportDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    m_back->setEnabled(step != FileStep);
    m_next->setVisible(step != PreviewStep);
    m_import->setVisible(step == PreviewStep);
    m_import->setEnabled(true);
    m_close->setText(tr("Cancel"));
    (step == PreviewStep ? m_import : m_next)->setDefault(true);
}

void RosterImportDialog::showPreview()
{
    const import::RosterPlan &plan = m_preview.plan;
    int warnings = 0;
    for (const import::RosterProblem &problem : plan.problems)
        warnings += problem.severity == import::RosterProblem::Severity::Warning;
    const int refused = int(plan.refusedRows().size());
    m_summary->setText(tr("%1: %2 households and %3 persons. %4 errors, %5 warnings; the households with errors "
                          "take %6 rows.")
                           .arg(m_preview.sheet.name)
                           .arg(plan.households.size())
                           .arg(plan.personCount())
                           .arg(plan.errorCount())
                           .arg(warnings)
                           .arg(refused));
    m_problems->setRowCount(int(plan.problems.size()));
    const QList<import::Cell> header = m_preview.sheet.rows.value(m_preview.mapping.headerRow);
    for (int i = 0; i < plan.problems.size(); ++i) {
        const import::RosterProblem &problem = plan.problems.at(i);
        QString column;
        if (problem.column >= 0) {
            const QString words =
                problem.column < header.size() ? header.at(problem.column).text.simplified() : QString();
            column = words.isEmpty() ? import::columnLetter(problem.column)
                                     : QStringLiteral("%1 %2").arg(import::columnLetter(problem.column), words);
        }
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, problem.row);
        m_problems->setItem(i, 0, row);
        m_problems->setItem(i, 1, new QTableWidgetItem(column));
        auto *kind = new QTableWidgetItem(severityText(problem.severity));
        if (problem.severity == import::RosterProblem::Severity::Error)
            kind->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_problems->setItem(i, 2, kind);
        m_problems->setItem(i, 3, new QTableWidgetItem(problem.reason));
    }
    m_problems->resizeColumnsToContents();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    const bool anyErrors = plan.errorCount() > 0;
    m_saveRefused->setEnabled(refused > 0);
    m_skipBad->setEnabled(anyErrors);
    m_refuseAll->setEnabled(anyErrors);
    if (!anyErrors)
        m_refuseAll->setChecked(true);
    showStep(PreviewStep);
}

void RosterImportDialog::saveRefusedRows()
{
    const QFileInfo roster(m_file->text());
    const QString suggested = roster.dir().filePath(tr("%1 - rows left out.xlsx").arg(roster.completeBaseName()));
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save the rows left out"), suggested, tr("Excel files (*.xlsx)"));
    if (chosen.isEmpty())
        return;
    if (Status written = import::writeRefusedRows(m_preview.sheet, m_preview.mapping, m_preview.plan, chosen); !written)
        return showError(written.error().message);
    m_message->setStyleSheet({});
    m_message->setText(tr("Saved %1. Fix the rows there and import that file again.").arg(chosen));
    m_message->show();
}

void RosterImportDialog::startImport()
{
    m_message->hide();
    const import::RosterPlan &plan = m_preview.plan;
    if (plan.errorCount() > 0 && !m_skipBad->isChecked())
        return showError(tr("Some rows have errors. Fix them in the file and read it again, or choose to leave "
                            "those households out."));
    setBusy(true, tr("Importing…"));
    import::ImportOptions options;
    options.gridId = gridId();
    options.skipBadRows = m_skipBad->isChecked();
    m_writing.setFuture(QtConcurrent::run([plan, options, storePath = m_database.filePath(),
                                           author = m_account](QPromise<Result<import::ImportSummary>> &promise) {
        auto database = Database::open({storePath});
        if (!database)
            return void(promise.addResult(Result<import::ImportSummary>(database.error())));
        (*database)->setActor(author.id);
        import::ImportOptions withProgress = options;
        withProgress.author = &author;
        promise.setProgressRange(0, 1000);
        withProgress.progress = [&promise](int done, int total) {
            promise.setProgressValue(1000 * done / std::max(1, total));
            return !promise.isCanceled();
        };
        promise.addResult(import::RosterImport(**database).apply(plan, withProgress));
    }));
}

void RosterImportDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
    m_message->show();
}

void RosterImportDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(what.isEmpty() ? QStringLiteral("%p%") : what + QStringLiteral(" %p%"));
    m_steps->setEnabled(!busy);
    m_back->setEnabled(!busy && m_steps->currentIndex() != FileStep);
    m_next->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_close->setText(busy ? tr("Cancel") : m_close->text());
}

} // namespace lianxin
