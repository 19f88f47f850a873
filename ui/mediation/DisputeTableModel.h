#pragma once

#include "core/mediation/DisputeCase.h"

#include <QAbstractTableModel>

namespace lianxin {

class Database;
class DisputeList;

// Cases of a filter, newest first, paged from SQL like the register (fetchMore). Overdue cases are
// tinted and red-risk cases marked, so that they stand out in a long list; a case the county server has
// not got yet, or refused, says so in the Sync column.
class DisputeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Title, Parties, Category, Status, Sync, Risk, Received, Deadline, Region, ColumnCount };
    static constexpr int kPageSize = 200;
    // Every cell answers its case's id in this role (the list keeps its selection by it).
    static constexpr int kIdRole = Qt::UserRole;

    explicit DisputeTableModel(Database &database, QObject *parent = nullptr);
    ~DisputeTableModel() override;

    void setFilter(const DisputeFilter &filter);
    const DisputeFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    QString disputeId(int row) const;
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(int total);

private:
    void reload();

    std::unique_ptr<DisputeList> m_list;
    DisputeFilter m_filter;
    QList<DisputeRow> m_rows;
    PageCursor m_next;
    bool m_hasMore = false;
    bool m_changing = false;
    int m_total = 0;
};

} // namespace lianxin
