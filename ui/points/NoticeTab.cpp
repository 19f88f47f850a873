#include "ui/points/NoticeTab.h"

#include "core/mediation/Deadlines.h"
#include "core/storage/Database.h"
#include "ui/Format.h"
#include "ui/documents/DocumentOutput.h"
#include "ui/documents/PointsListDocument.h"
#include "ui/forms/Ask.h"
#include "ui/points/PaperSize.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lianxin {

NoticeTab::NoticeTab(Database &database, const Account &account, QWidget *parent)
    : PointsTab(database, account, parent),
      m_table(makeTable({tr("Household"), tr("Indicator"), tr("Points"), tr("Deed on"), tr("Notice ends"), tr("State"),
                         tr("Evidence"), tr("Latest note")})),
      m_pageSize(makePaperSizeBox()), m_status(new QLabel), m_due(new QLabel)
{
    m_due->setObjectName(QStringLiteral("noticeDue"));
    m_due->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_status->setObjectName(QStringLiteral("noticeStatus"));
    m_table->setObjectName(QStringLiteral("notice"));
    auto *object = new QPushButton(tr("Record an objection…"));
    auto *resolve = new QPushButton(tr("Resolve the objection…"));
    auto *revoke = new QPushButton(tr("Revoke…"));
    auto *confirm = new QPushButton(tr("Confirm ended notices"));
    confirm->setObjectName(QStringLiteral("confirmDue"));
    auto *evidence = new QPushButton(tr("Evidence files…"));
    connect(evidence, &QPushButton::clicked, this, [this] { openEvidence(m_table); });
    auto *print = new QPushButton(tr("Notice sheet…"));
    auto *save = new QPushButton(tr("Save as PDF…"));
    m_editors = {object, resolve, revoke, confirm};
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {object, resolve, revoke, confirm, evidence})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_pageSize);
    buttons->addWidget(print);
    buttons->addWidget(save);
    connect(object, &QPushButton::clicked, this, &NoticeTab::recordObjection);
    connect(resolve, &QPushButton::clicked, this, &NoticeTab::resolveObjection);
    connect(revoke, &QPushButton::clicked, this, &NoticeTab::revoke);
    connect(confirm, &QPushButton::clicked, this, &NoticeTab::confirmDue);
    connect(print, &QPushButton::clicked, this, &NoticeTab::printSheet);
    connect(save, &QPushButton::clicked, this, [this] {
        documents::saveAsPdf(this, tr("%1 notice of evaluation results").arg(m_villageName), paperSize(m_pageSize),
                             [this](QPagedPaintDevice &) { return documents::entriesNoticeLayout(m_villageName, m_entries); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Passed by the evaluation meeting and posted for objections. An entry counts once its "
                                    "notice has ended with no open objection and it is confirmed.")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_due);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

void NoticeTab::reload()
{
    m_entries = PointsBoard(m_database).entries(m_villageId, PointsBoard::Filter::OnNotice);
    QList<QStringList> rows;
    QStringList ids;
    for (const BoardEntry &row : std::as_const(m_entries)) {
        rows.append({entryWho(row), row.indicatorName, signedPoints(row.entry.points), formatDate(row.entry.deedOn),
                     formatDate(row.status.noticeEnds), entryStateLabel(row.status.state), evidenceText(row), row.lastNote});
        ids.append(row.entry.id);
    }
    fillTable(m_table, rows, ids);
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).status.state == EntryState::Objected)
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)->setForeground(QColor(0xb0, 0x00, 0x20));
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(canEdit() && !m_villageId.isEmpty());
    // Confirmation is a person's act; the board says when it is due.
    const QDate today = deadlines::today(m_database.clock());
    const auto due = std::count_if(m_entries.cbegin(), m_entries.cend(), [&today](const BoardEntry &row) {
        return row.status.state == EntryState::Posted && today > row.status.noticeEnds;
    });
    m_due->setText(tr("%n entry(ies) ended their notice without an open objection: confirm them to make them count.",
                      nullptr, int(due)));
    m_due->setVisible(due > 0);
}

void NoticeTab::recordObjection()
{
    actOnSelected(m_table, tr("Record an objection"), tr("Who objects, and why?"),
                  [this](const QString &id, const QString &objection) { return PointsLedger(m_database).object(id, objection); });
}

void NoticeTab::resolveObjection()
{
    if (selectedId(m_table).isEmpty())
        return;
    const auto upheld = ask::question(this, tr("Resolve the objection"),
                                      tr("Is the objection upheld? Yes revokes the entry; No dismisses the objection and "
                                         "the entry stands."),
                                      QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
    if (upheld == QMessageBox::Cancel)
        return;
    actOnSelected(m_table, tr("Resolve the objection"), tr("How was it resolved?"), [&](const QString &id, const QString &note) {
        return PointsLedger(m_database).resolveObjection(id, upheld == QMessageBox::Yes, note);
    });
}

void NoticeTab::revoke()
{
    actOnSelected(m_table, tr("Revoke"), tr("Why is this entry revoked?"),
                  [this](const QString &id, const QString &reason) { return PointsLedger(m_database).revoke(id, reason); });
}

void NoticeTab::confirmDue()
{
    const auto confirmed = PointsLedger(m_database).confirmDue(m_villageId);
    if (!report(toStatus(confirmed), tr("Confirm ended notices")))
        return;
    emit changed();
    m_status->setText(*confirmed == 0 ? tr("No notice has ended without an open objection yet.")
                                      : tr("%n entry(ies) confirmed: they now count in the households' balances.", nullptr,
                                           *confirmed));
}

void NoticeTab::printSheet()
{
    documents::preview(this, tr("%1 notice of evaluation results").arg(m_villageName), paperSize(m_pageSize),
                       [this](QPagedPaintDevice &) { return documents::entriesNoticeLayout(m_villageName, m_entries); });
}

} // namespace lianxin
