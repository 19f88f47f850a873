#include "ui/register/HouseholdTableModel.h"

#include "core/register/HouseholdRepository.h"
#include "core/register/Vocabulary.h"
#include "ui/Format.h"


namespace lianxin {

HouseholdTableModel::HouseholdTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_repository(std::make_unique<HouseholdRepository>(database))
{
    reload();
}

HouseholdTableModel::~HouseholdTableModel() = default;

void HouseholdTableModel::setFilter(const HouseholdFilter &filter)
{
    m_filter = filter;
    reload();
}

void HouseholdTableModel::reload()
{
    // Views and testers may ask for more while the model changes; they wait until it has.
    m_changing = true;
    beginResetModel();
    const Page<HouseholdRow> page = m_repository->list(m_filter, {}, kPageSize);
    m_rows = page.rows;
    m_next = page.next;
    m_hasMore = page.hasMore;
    endResetModel();
    m_changing = false;
    m_total = m_repository->count(m_filter);
    emit totalCountChanged(m_total);
}

QString HouseholdTableModel::tagLabels(const QStringList &tags)
{
    // In the vocabulary's order, as the column sorts them.
    QStringList labels;
    for (const VocabularyEntry &entry : vocabulary::householdTags()) {
        if (tags.contains(QLatin1String(entry.code)))
            labels.append(entry.label());
    }
    for (const QString &tag : tags) {
        if (!vocabulary::contains(vocabulary::householdTags(), tag))
            labels.append(tag);
    }
    return labels.join(tr(", "));
}

QString HouseholdTableModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int HouseholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdRow &row = m_rows[index.row()];
    if (role == kIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Address:
        return row.address;
    case HouseNumber:
        return row.houseNumber;
    case Head:
        return row.headName;
    case Members:
        return row.memberCount;
    case Village:
        return row.villageName;
    case Grid:
        return row.gridName;
    case Tags:
        return tagLabels(row.tags);
    case Updated:
        return formatDateTime(row.updatedAt);
    }
    return {};
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address:
        return tr("Address");
    case HouseNumber:
        return tr("House no.");
    case Head:
        return tr("Head of household");
    case Members:
        return tr("Members");
    case Village:
        return tr("Village");
    case Grid:
        return tr("Grid");
    case Tags:
        return tr("Tags");
    case Updated:
        return tr("Last changed");
    }
    return {};
}

bool HouseholdTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing;
}

void HouseholdTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Pages grow with what is loaded (200, 200, 400, 800 …): a sort without an index sorts the filter's rows
    // for each page, so going to the end of 5,000 households takes five queries, not 25.
    const int size = std::max(kPageSize, int(m_rows.size()));
    const Page<HouseholdRow> page = m_repository->list(m_filter, m_next, size);
    if (page.rows.isEmpty()) {
        m_hasMore = false;
        return;
    }
    m_next = page.next;
    m_hasMore = page.hasMore;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
    m_rows.append(page.rows);
    endInsertRows();
    m_changing = false;
}

void HouseholdTableModel::sort(int column, Qt::SortOrder order)
{
    static constexpr HouseholdSort kSorts[ColumnCount] = {
        HouseholdSort::Address, HouseholdSort::HouseNumber, HouseholdSort::Head, HouseholdSort::Members,
        HouseholdSort::Village, HouseholdSort::Grid,        HouseholdSort::Tags, HouseholdSort::UpdatedAt};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = kSorts[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace lianxin
