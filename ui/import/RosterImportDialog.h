#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"
#include "core/import/RosterImport.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace lianxin {

class ColumnChoices;
class Database;

// Loading a township's roster (花名册) into the register, in three steps: the file, its sheet and the
// grid; the columns; a preview naming every problem by row and column, then the import. Reading, checking
// and writing run off the window's thread on connections of their own, with progress and Cancel; the
// import is one transaction, so a cancel leaves the register as it was.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RosterImportDialog(Database &database, const Account &account, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    void reject() override;

    // What the preview found: the sheet and plan the import writes from.
    struct Preview
    {
        import::Sheet sheet;
        import::ColumnMapping mapping;
        import::RosterPlan plan;
    };

signals:
    // Households were written: the lists should refresh.
    void imported();

private:
    enum Step { FileStep, ColumnsStep, PreviewStep };
    void chooseFile();
    void readSheetNames();
    void next();
    void back();
    void startImport();
    void showStep(Step step);
    void showPreview();
    void saveRefusedRows();
    void showError(const QString &message);
    void setBusy(bool busy, const QString &what = {});
    QString gridId() const;

    Database &m_database;
    Account m_account;
    QStackedWidget *m_steps;
    QLineEdit *m_file;
    QComboBox *m_sheet;
    QComboBox *m_grid;
    ColumnChoices *m_columns;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QRadioButton *m_skipBad;
    QRadioButton *m_refuseAll;
    QPushButton *m_saveRefused;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_close;
    Preview m_preview;
    bool m_guessed = false; // the columns were guessed for the sheet read
    QFutureWatcher<Result<Preview>> m_reading;
    QFutureWatcher<Result<import::ImportSummary>> m_writing;
};

} // namespace lianxin
