#include "ui/points/MeetingDialog.h"

#include "core/mediation/Deadlines.h"
#include "core/points/PointsBoard.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "ui/forms/FieldForm.h"
#include "ui/points/PointsTab.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
enum Column { Decide, Household, Indicator, Points, For, Against, Outcome, Evidence };
} // namespace

MeetingDialog::MeetingDialog(Database &database, const QString &villageId, QWidget *parent)
    : QDialog(parent), m_database(database), m_villageId(villageId), m_heldOn(new QDateEdit), m_attendees(new QLineEdit),
      m_minutes(new QPlainTextEdit), m_voters(new QSpinBox),
      m_table(makeTable({tr("Decide"), tr("Household"), tr("Indicator"), tr("Points"), tr("For"), tr("Against"), tr("Outcome"),
                         tr("Evidence")})),
      m_error(makeErrorLabel())
{
    setWindowTitle(tr("Evaluation meeting"));
    m_heldOn->setObjectName(QStringLiteral("held_on"));
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_table->setObjectName(QStringLiteral("votes"));
    m_voters->setObjectName(QStringLiteral("voters"));
    m_error->setObjectName(QStringLiteral("general_error"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_heldOn->setDate(deadlines::today(database.clock()));
    m_heldOn->setMaximumDate(m_heldOn->date());
    m_attendees->setPlaceholderText(tr("Names of the members of the evaluation council present"));
    m_minutes->setMaximumHeight(90);
    m_voters->setRange(0, 99);

    const QList<BoardEntry> entries = PointsBoard(database).entries(villageId, PointsBoard::Filter::AwaitingMeeting);
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < entries.size(); ++row) {
        const BoardEntry &e = entries.at(row);
        auto *decide = new QTableWidgetItem;
        decide->setData(Qt::UserRole, e.entry.id);
        decide->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        decide->setCheckState(Qt::Checked);
        m_table->setItem(row, Decide, decide);
        m_table->setItem(row, Household, new QTableWidgetItem(entryWho(e)));
        m_table->setItem(row, Indicator, new QTableWidgetItem(e.indicatorName));
        m_table->setItem(row, Points, new QTableWidgetItem(signedPoints(e.entry.points)));
        for (int column : {For, Against}) {
            auto *votes = new QSpinBox;
            votes->setRange(0, 99);
            connect(votes, &QSpinBox::valueChanged, this, [this, row] { showResult(row); });
            m_table->setCellWidget(row, column, votes);
        }
        m_table->setItem(row, Outcome, new QTableWidgetItem);
        m_table->setItem(row, Evidence, new QTableWidgetItem(evidenceText(e)));
        showResult(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Evidence, QHeaderView::Stretch); // filled here, not by fillTable()

    auto *form = new QFormLayout;
    form->addRow(tr("Held on"), m_heldOn);
    form->addRow(tr("Attendees"), m_attendees);
    form->addRow(tr("Minutes"), m_minutes);
    auto *voters = new QHBoxLayout;
    voters->addWidget(new QLabel(tr("Members voting")));
    voters->addWidget(m_voters);
    auto *allInFavour = new QPushButton(tr("All in favour"));
    voters->addWidget(allInFavour);
    voters->addStretch();
    connect(allInFavour, &QPushButton::clicked, this, &MeetingDialog::setAllInFavour);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(voters);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("An entry passes with more votes for than against; unticked entries wait for a later meeting.")));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 600);
}

void MeetingDialog::setAllInFavour()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        static_cast<QSpinBox *>(m_table->cellWidget(row, For))->setValue(m_voters->value());
        static_cast<QSpinBox *>(m_table->cellWidget(row, Against))->setValue(0);
    }
}

void MeetingDialog::showResult(int row)
{
    const int votesFor = static_cast<QSpinBox *>(m_table->cellWidget(row, For))->value();
    const int votesAgainst = static_cast<QSpinBox *>(m_table->cellWidget(row, Against))->value();
    m_table->item(row, Outcome)->setText(votesFor > votesAgainst ? tr("Passed") : tr("Not passed"));
}

void MeetingDialog::accept()
{
    auto fail = [this](const Error &error) {
        m_error->setText(error.message);
        m_error->show();
        if (auto *field = findChild<QWidget *>(error.field))
            field->setFocus();
    };
    PointsLedger ledger(m_database);
    Transaction transaction = m_database.transaction();
    if (Status status = transaction.begun(); !status)
        return fail(status.error());
    const auto meeting = ledger.holdMeeting(m_villageId, m_heldOn->date(), m_attendees->text(), m_minutes->toPlainText());
    if (!meeting)
        return fail(meeting.error());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Decide)->checkState() != Qt::Checked)
            continue;
        const int votesFor = static_cast<QSpinBox *>(m_table->cellWidget(row, For))->value();
        const int votesAgainst = static_cast<QSpinBox *>(m_table->cellWidget(row, Against))->value();
        const QString entryId = m_table->item(row, Decide)->data(Qt::UserRole).toString();
        if (Status status = ledger.decide(entryId, *meeting, votesFor, votesAgainst, votesFor > votesAgainst); !status)
            return fail({status.error().field, tr("%1: %2").arg(m_table->item(row, Household)->text(), status.error().message)});
    }
    if (Status status = transaction.commit(); !status)
        return fail(status.error());
    QDialog::accept();
}

} // namespace lianxin
