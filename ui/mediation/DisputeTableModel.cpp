#include "ui/mediation/DisputeTableModel.h"

#include "core/mediation/DisputeList.h"
#include "core/mediation/DisputeVocabulary.h"
#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lianxin {

namespace {
const QColor kOverdueBackground(0xfd, 0xe7, 0xe4);
const QColor kRed(0xb3, 0x26, 0x1e);
const QColor kOrange(0xb2, 0x5d, 0x00);

QVariant syncToolTip(const DisputeRow &row)
{
    switch (row.sync) {
    case CaseSyncState::Synced:
        return {};
    case CaseSyncState::Pending:
        return DisputeTableModel::tr("Kept on this computer only: it goes to the county server at the next sync.");
    case CaseSyncState::Refused:
        return DisputeTableModel::tr("The county server refused it: %1 Review it in Sync problems.")
            .arg(refusalLabel(row.refusalReason));
    }
    return {};
}
} // namespace

DisputeTableModel::DisputeTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_list(std::make_unique<DisputeList>(database))
{
}

DisputeTableModel::~DisputeTableModel() = default;

void DisputeTableModel::setFilter(const DisputeFilter &filter)
{
    m_filter = filter;
    reload();
}

void DisputeTableModel::reload()
{
    m_changing = true;
    beginResetModel();
    const Page<DisputeRow> page = m_list->page(m_filter, {}, kPageSize);
    m_rows = page.rows;
    m_next = page.next;
    m_hasMore = page.hasMore;
    endResetModel();
    m_changing = false;
    m_total = m_list->count(m_filter);
    emit totalCountChanged(m_total);
}

QString DisputeTableModel::disputeId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

bool DisputeTableModel::isOverdue(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].overdue;
}

int DisputeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisputeRow &row = m_rows[index.row()];
    if (role == kIdRole)
        return row.id;
    if (role == Qt::BackgroundRole && row.overdue)
        return QBrush(kOverdueBackground);
    if (role == Qt::ForegroundRole && index.column() == Risk)
        return row.risk == QLatin1String("red")      ? QBrush(kRed)
               : row.risk == QLatin1String("orange") ? QBrush(kOrange)
                                                     : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Deadline && row.overdue)
        return QBrush(kRed);
    if (role == Qt::FontRole && (index.column() == Risk && row.risk == QLatin1String("red"))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Sync && row.sync == CaseSyncState::Refused)
        return QBrush(kRed);
    if (role == Qt::ToolTipRole && index.column() == Sync)
        return syncToolTip(row);
    if (role == Qt::ToolTipRole && row.overdue)
        return tr("Overdue: past the time limit, or a follow-up visit is due.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return row.caseNumber;
    case Title:
        return row.title;
    case Parties:
        return row.parties;
    case Category:
        return vocabulary::label(vocabulary::disputeCategories(), row.category);
    case Status:
        return row.overdue ? tr("%1 (overdue)").arg(vocabulary::label(vocabulary::caseStatuses(), row.status))
                           : vocabulary::label(vocabulary::caseStatuses(), row.status);
    case Sync:
        return row.sync == CaseSyncState::Refused   ? tr("Refused")
               : row.sync == CaseSyncState::Pending ? tr("Not synced")
                                                    : QString();
    case Risk:
        return row.violenceRisk ? tr("%1, risk of violence").arg(vocabulary::label(vocabulary::riskGrades(), row.risk))
                                : vocabulary::label(vocabulary::riskGrades(), row.risk);
    case Received:
        return formatDate(row.receivedOn);
    case Deadline:
        return formatDate(row.deadline);
    case Region:
        return row.regionName;
    }
    return {};
}

QVariant DisputeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case number");
    case Title:
        return tr("Dispute");
    case Parties:
        return tr("Parties");
    case Category:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Sync:
        return tr("Sync");
    case Risk:
        return tr("Risk");
    case Received:
        return tr("Received");
    case Deadline:
        return tr("Time limit");
    case Region:
        return tr("Where");
    }
    return {};
}

bool DisputeTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing;
}

void DisputeTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Page<DisputeRow> page = m_list->page(m_filter, m_next, kPageSize);
    if (page.rows.isEmpty()) {
        m_hasMore = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
    m_rows.append(page.rows);
    m_next = page.next;
    m_hasMore = page.hasMore;
    endInsertRows();
}

} // namespace lianxin
