#include "ui/points/MeetingDialog.h"

#include "core/mediation/Deadlines.h"
#include "core/points/PointsBoard.h"
#include "core/register/RegionRepository.h"
#include "core/storage/Database.h"
#include "ui/forms/FieldForm.h"
#include "ui/points/PointsTab.h"

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

MeetingDialog::MeetingDialog(Database &database, const Account &account, const QString &villageId, QWidget *parent)
    : QDialog(parent), m_database(database), m_account(account), m_villageId(villageId), m_heldOn(new QDateEdit),
      m_attendees(new QLineEdit), m_minutes(new QPlainTextEdit), m_voters(new QSpinBox), m_offered(new QLabel),
      m_table(makeTable({tr("Decide"), tr("Household"), tr("Indicator"), tr("Points"), tr("For"), tr("Against"),
                         tr("Outcome"), tr("Evidence")})),
      m_error(makeErrorLabel())
{
    setWindowTitle(tr("Evaluation meeting"));
    m_heldOn->setObjectName(QStringLiteral("held_on"));
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_table->setObjectName(QStringLiteral("votes"));
    m_voters->setObjectName(QStringLiteral("voters"));
    m_offered->setObjectName(QStringLiteral("offered"));
    m_error->setObjectName(QStringLiteral("general_error"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_heldOn->setDate(deadlines::today(database.clock()));
    m_heldOn->setMaximumDate(m_heldOn->date());
    m_attendees->setPlaceholderText(tr("Names of the members of the evaluation council present"));
    m_minutes->setMaximumHeight(90);
    m_voters->setRange(0, 99);
    m_offered->setWordWrap(true);

    // Only the entries this account may decide: the server refuses a decision on another grid's household.
    const PointsBoard board(database);
    const Scope scope = account.scope;
    const QList<BoardEntry> entries = board.entries(villageId, PointsBoard::Filter::AwaitingMeeting, 500, scope);
    m_offered->setText(
        scopeNote(int(entries.size()), board.countOutside(villageId, PointsBoard::Filter::AwaitingMeeting, scope)));
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < entries.size(); ++row) {
        const BoardEntry &e = entries.at(row);
        auto *decide = new QTableWidgetItem;
        decide->setData(Qt::UserRole, e.entry.id);
        decide->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        decide->setCheckState(Qt::Unchecked);
        m_table->setItem(row, Decide, decide);
        m_table->setItem(row, Household, new QTableWidgetItem(entryWho(e)));
        m_table->setItem(row, Indicator, new QTableWidgetItem(e.indicatorName));
        m_table->setItem(row, Points, new QTableWidgetItem(signedPoints(e.entry.points)));
        m_table->setItem(row, Outcome, new QTableWidgetItem);
        for (int column : {For, Against}) {
            auto *box = new QSpinBox;
            box->setRange(0, 99);
            // Entering votes on an entry means the meeting decides it.
            connect(box, &QSpinBox::valueChanged, this, [this, row](int value) {
                if (value > 0)
                    m_table->item(row, Decide)->setCheckState(Qt::Checked);
                showResult(row);
            });
            m_table->setCellWidget(row, column, box);
        }
        m_table->setItem(row, Evidence, new QTableWidgetItem(evidenceText(e)));
    }
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Decide)
            showResult(item->row());
    });
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
    allInFavour->setObjectName(QStringLiteral("allInFavour"));
    allInFavour->setToolTip(tr("Every member voting is for each ticked entry"));
    voters->addWidget(allInFavour);
    voters->addStretch();
    connect(allInFavour, &QPushButton::clicked, this, &MeetingDialog::setAllInFavour);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(voters);
    layout->addWidget(m_offered);
    layout->addWidget(m_table, 1);
    layout->addWidget(
        new QLabel(tr("Tick the entries the meeting decides and enter their votes; an entry passes with more "
                      "votes for than against. Unticked entries wait for a later meeting.")));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 600);
}

QString MeetingDialog::scopeNote(int offered, int outside) const
{
    if (outside == 0)
        return tr("All %n proposal(s) of the village awaiting a meeting are listed.", nullptr, offered);
    RegionRepository regions(m_database);
    QStringList names;
    for (const QString &id : m_account.scope)
        if (const auto region = regions.get(id))
            names.append(region->name);
    return tr("Listed: the proposals of %1 (%2). The village's %n other proposal(s) concern households of other grids: "
              "the accounts of those grids decide them.",
              nullptr, outside)
        .arg(names.join(tr(", ")))
        .arg(offered);
}

QSpinBox *MeetingDialog::votes(int row, int column) const
{
    return static_cast<QSpinBox *>(m_table->cellWidget(row, column));
}

void MeetingDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void MeetingDialog::setAllInFavour()
{
    if (m_voters->value() == 0) {
        m_voters->setFocus();
        return showError(tr("Enter how many members vote first."));
    }
    bool any = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Decide)->checkState() != Qt::Checked)
            continue;
        any = true;
        votes(row, For)->setValue(m_voters->value());
        votes(row, Against)->setValue(0);
    }
    if (!any)
        return showError(tr("Tick the entries the meeting decides first."));
    m_error->hide();
}

void MeetingDialog::showResult(int row)
{
    const int votesFor = votes(row, For)->value();
    const int votesAgainst = votes(row, Against)->value();
    const bool decided = m_table->item(row, Decide)->checkState() == Qt::Checked && votesFor + votesAgainst > 0;
    m_table->item(row, Outcome)
        ->setText(!decided                  ? QString()
                  : votesFor > votesAgainst ? tr("Passed")
                                            : tr("Not passed"));
}

void MeetingDialog::accept()
{
    QList<MeetingVote> decided;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Decide)->checkState() == Qt::Checked)
            decided.append(MeetingVote{m_table->item(row, Decide)->data(Qt::UserRole).toString(),
                                       votes(row, For)->value(), votes(row, Against)->value()});
    }
    const auto meeting = PointsLedger(m_database)
                             .recordMeeting(m_villageId, m_heldOn->date(), m_attendees->text(),
                                            m_minutes->toPlainText(), decided, m_account.scope);
    if (!meeting) {
        showError(meeting.error().message);
        if (auto *field = findChild<QWidget *>(meeting.error().field))
            field->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lianxin
