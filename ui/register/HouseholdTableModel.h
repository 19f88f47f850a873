#pragma once

#include "core/register/Household.h"

#include <QAbstractTableModel>

namespace lianxin {

class Database;
class HouseholdRepository;

// Households of a filter, paged from SQL: the first page on reset, the next one (as large as what is
// loaded) each time the view scrolls near the end (fetchMore). Sorting by any column re-queries the store.
class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Address, HouseNumber, Head, Members, Village, Grid, Tags, Updated, ColumnCount };
    static constexpr int kPageSize = 200;
    // Every cell answers its household's id in this role (the list keeps its selection by it).
    static constexpr int kIdRole = Qt::UserRole;

    explicit HouseholdTableModel(Database &database, QObject *parent = nullptr);
    ~HouseholdTableModel() override;

    void setFilter(const HouseholdFilter &filter);
    const HouseholdFilter &filter() const { return m_filter; }
    // Households matching the filter in the store, not only those loaded.
    int totalCount() const { return m_total; }
    QString householdId(int row) const;
    // A household's tags as the list shows them: their labels in the vocabulary's order.
    static QString tagLabels(const QStringList &tags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void totalCountChanged(int total);

private:
    void reload();

    std::unique_ptr<HouseholdRepository> m_repository;
    HouseholdFilter m_filter;
    QList<HouseholdRow> m_rows;
    PageCursor m_next;
    bool m_hasMore = false;
    bool m_changing = false;
    int m_total = 0;
};

} // namespace lianxin
