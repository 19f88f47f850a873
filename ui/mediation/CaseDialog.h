#pragma once

#include "core/auth/Account.h"
#include "core/common/Result.h"
#include "ui/documents/CaseFile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace lianxin {

class Database;

// The case page: what was registered, where the case stands (status, time limit, overdue, risk), the
// parties (ID numbers and phones masked; revealed, and audited, by roles that may), the timeline of every
// step with the chosen one in full under it (and, when devices recorded two outcomes, a notice and the
// choice of the one that stands), the steps that may come next, and every document to preview,
// print or save.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDialog(Database &database, const Account &account, const QString &disputeId, QWidget *parent = nullptr);

    // Opens the form for a step; returns whether it was recorded.
    bool recordStep(const QString &kind);
    QTreeWidget *timeline() const { return m_timeline; }
    // The chosen step of the timeline, every field in full.
    QPlainTextEdit *stepDetail() const { return m_stepDetail; }
    QListWidget *attachmentList() const { return m_attachments; }
    // Attaches a file (a scan or photo); the reason when it cannot.
    [[nodiscard]] Status attach(const QString &path);
    QString summaryText() const;

private:
    void refresh();
    void showParties();
    void revealParties();
    void refreshAttachments();
    void openAttachment();

    Database &m_database;
    Account m_account;
    QString m_id;
    std::optional<documents::CaseFile> m_file; // as last read by refresh()
    QLabel *m_summary;
    QLabel *m_parties;
    QPushButton *m_reveal;
    bool m_revealed = false;
    QLabel *m_dossier;
    QTreeWidget *m_timeline;
    QPlainTextEdit *m_stepDetail;
    QListWidget *m_attachments;
    QToolButton *m_step;
    QToolButton *m_documents;
    QMenu *m_stepMenu;
    QMenu *m_documentMenu;
    QToolButton *m_points;
    QMenu *m_pointsMenu;
    QLabel *m_fork; // says that two devices recorded different outcomes
    QPushButton *m_chooseOutcome;
};

} // namespace lianxin
