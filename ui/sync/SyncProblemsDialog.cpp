#include "ui/sync/SyncProblemsDialog.h"

#include "core/sync/SyncProblems.h"
#include "ui/Format.h"
#include "ui/forms/Ask.h"
#include "ui/forms/ListTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace lianxin {

namespace {

QString who(const QString &name, const QString &at)
{
    const QDateTime moment = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QString when = moment.isValid() ? formatDateTime(moment) : QString();
    return name.isEmpty() ? when : when.isEmpty() ? name : name + QStringLiteral(" · ") + when;
}

} // namespace

SyncProblemsDialog::SyncProblemsDialog(Database &database, const Account &account, QWidget *parent)
    : QDialog(parent), m_database(database), m_may(account.permissions()),
      m_conflicts(list_table::make({tr("Record"), tr("Field"), tr("Value that stands"), tr("Its author"),
                                    tr("Value not applied"), tr("Author of the other")},
                                   QStringLiteral("conflicts"))),
      m_refused(
          list_table::make({tr("Record"), tr("Field"), tr("Why the server refused it")}, QStringLiteral("refused"))),
      m_message(new QLabel)
{
    setWindowTitle(tr("Sync problems"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Changed on two devices at once: the value that reached the county server first stands.")));
    layout->addWidget(m_conflicts, 1);
    auto *conflictButtons = new QHBoxLayout;
    auto *keep = new QPushButton(tr("&Keep the value that stands"));
    auto *restore = new QPushButton(tr("&Use the other value"));
    conflictButtons->addStretch();
    conflictButtons->addWidget(keep);
    conflictButtons->addWidget(restore);
    layout->addLayout(conflictButtons);
    layout->addWidget(new QLabel(tr("Changes the county server refused: fix the record, or discard the change.")));
    layout->addWidget(m_refused, 1);
    auto *refusedButtons = new QHBoxLayout;
    auto *discardButton = new QPushButton(tr("&Discard my change"));
    auto *openButton = new QPushButton(tr("&Open record"));
    openButton->setObjectName(QStringLiteral("openRecord"));
    refusedButtons->addStretch();
    refusedButtons->addWidget(openButton);
    refusedButtons->addWidget(discardButton);
    layout->addLayout(refusedButtons);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_conflictButtons = {keep, restore};
    m_refusedButtons = {openButton, discardButton};
    connect(keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(restore, &QPushButton::clicked, this, [this] { decide(true); });
    connect(discardButton, &QPushButton::clicked, this, &SyncProblemsDialog::discard);
    connect(openButton, &QPushButton::clicked, this, &SyncProblemsDialog::openRecord);
    connect(m_refused, &QTableWidget::cellDoubleClicked, this, &SyncProblemsDialog::openRecord);
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncProblemsDialog::updateButtons);
    connect(m_refused, &QTableWidget::itemSelectionChanged, this, &SyncProblemsDialog::updateButtons);
    resize(960, 560);
    reload();
}

void SyncProblemsDialog::reload()
{
    const SyncProblems problems(m_database);
    const QList<OpenConflict> conflicts = problems.openConflicts();
    std::optional<list_table::Refill> keepConflicts(std::in_place, m_conflicts);
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const OpenConflict &c = conflicts.at(row);
        const QStringList cells{dataKindLabel(c.table) + QStringLiteral("：") + c.rowLabel, fieldLabel(c.table, c.field),
                                shown(c.field, c.keptValue), who(c.keptBy, c.keptAt), shown(c.field, c.lostValue),
                                who(c.lostBy, c.lostAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_conflicts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_conflicts->item(row, 0)->setData(Qt::UserRole, c.id);
        m_conflicts->item(row, 1)->setData(Qt::UserRole, c.table);
    }
    keepConflicts.reset();
    const QList<RefusedChange> refused = problems.refusedChanges();
    std::optional<list_table::Refill> keepRefused(std::in_place, m_refused);
    m_refused->setRowCount(int(refused.size()));
    for (int row = 0; row < refused.size(); ++row) {
        const RefusedChange &r = refused.at(row);
        // A child refused because its parent was: the parent's refusal is the one to look at.
        const QString why = !r.refusedParentLabel.isEmpty()
                                ? tr("Waits for %1, which the county server refused: fix or discard that first.").arg(r.refusedParentLabel)
                            : r.reason == QLatin1String("validation") ? refusalLabel(r.reason) + QLatin1Char(' ') + r.message
                                                                     : refusalLabel(r.reason);
        const QStringList cells{dataKindLabel(r.table) + QStringLiteral("：") + r.rowLabel,
                                r.field.isEmpty() ? QString() : fieldLabel(r.table, r.field), why};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 2 ? why + QStringLiteral("\n") + tr("The server said: %1").arg(r.message) : cells.at(column));
            m_refused->setItem(row, column, item);
        }
        m_refused->item(row, 0)->setData(Qt::UserRole, QStringList{r.table, r.rowId});
        m_refused->item(row, 1)->setData(Qt::UserRole, QStringList{r.householdId, r.disputeId});
    }
    keepRefused.reset();
    if (conflicts.isEmpty() && refused.isEmpty())
        m_message->setText(tr("No sync problems: nothing waits for a decision."));
    if (m_conflicts->currentRow() < 0 && m_conflicts->rowCount() > 0)
        m_conflicts->selectRow(0);
    if (m_refused->currentRow() < 0 && m_refused->rowCount() > 0)
        m_refused->selectRow(0);
    updateButtons();
}

void SyncProblemsDialog::updateButtons()
{
    // Deciding is changing the record: only a role that may change it decides; audit records are kept.
    const int conflict = m_conflicts->currentRow();
    const bool decides = conflict >= 0 && mayChange(m_may, m_conflicts->item(conflict, 1)->data(Qt::UserRole).toString());
    for (QPushButton *button : std::as_const(m_conflictButtons))
        button->setEnabled(decides);
    const int refused = m_refused->currentRow();
    const QString table = refused >= 0 ? m_refused->item(refused, 0)->data(Qt::UserRole).toStringList().value(0) : QString();
    m_refusedButtons.at(0)->setEnabled(refused >= 0);
    m_refusedButtons.at(1)->setEnabled(refused >= 0 && mayChange(m_may, table));
    const bool readOnly = (conflict >= 0 && !decides) || (refused >= 0 && !mayChange(m_may, table));
    if (readOnly && m_message->text().isEmpty())
        m_message->setText(tr("Your role may not change this record; a colleague who may will decide."));
}

QString SyncProblemsDialog::shown(const QString &field, const QString &value) const
{
    if (field == QLatin1String("id_number"))
        return maskIdNumber(value);
    if (field == QLatin1String("phone"))
        return maskPhone(value);
    // The birth date would give back the hidden digits of the ID number.
    if (field == QLatin1String("birth_date"))
        return formatBirthYear(QDate::fromString(value, Qt::ISODate));
    return value;
}

void SyncProblemsDialog::showError(const QString &message)
{
    m_message->setText(message);
}

void SyncProblemsDialog::decide(bool restore)
{
    const int row = m_conflicts->currentRow();
    if (row < 0)
        return showError(tr("Choose a conflict first."));
    const QString id = m_conflicts->item(row, 0)->data(Qt::UserRole).toString();
    SyncProblems problems(m_database);
    const Status status = restore ? problems.restore(id, m_may) : problems.keep(id, m_may);
    showError(status ? QString() : status.error().message);
    reload();
}

void SyncProblemsDialog::openRecord()
{
    const int row = m_refused->currentRow();
    if (row < 0)
        return showError(tr("Choose a refused change first."));
    const QStringList target = m_refused->item(row, 1)->data(Qt::UserRole).toStringList();
    m_householdToOpen = target.value(0);
    m_disputeToOpen = target.value(1);
    if (m_householdToOpen.isEmpty() && m_disputeToOpen.isEmpty())
        return showError(tr("This record is not one that opens on a page of its own."));
    done(kOpenRecord);
}

void SyncProblemsDialog::discard()
{
    const int row = m_refused->currentRow();
    if (row < 0)
        return showError(tr("Choose a refused change first."));
    const QStringList key = m_refused->item(row, 0)->data(Qt::UserRole).toStringList();
    if (ask::question(this, tr("Discard this change?"),
                      tr("The change made on this device is given up; the record takes the county server's values at the "
                         "next sync."),
                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    const Status status = SyncProblems(m_database).discard(key.value(0), key.value(1), m_may);
    showError(status ? QString() : status.error().message);
    reload();
}

} // namespace lianxin
