#pragma once

#include <QTableView>

namespace lianxin {

// The view of a list paged from SQL (a model that fetches a page at a time through fetchMore and resets
// when it is read again): whole rows, one selected at a time, read-only, its last column stretched.
// - Whatever reads the model again (a save, a sync, a filter) keeps the person's column widths and sort,
//   and the selected row (by the id its cells answer in `idRole`) with the scroll position, fetching as
//   many pages as were loaded before to find it (right after the reset, from the event loop).
// - Ctrl+End fetches through to the last row and selects it; Ctrl+Home goes back to the first.
class PagedTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PagedTableView(int idRole = Qt::UserRole, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The id of the current row, or an empty string.
    QString currentId() const;
    // Makes the row of `id` current, fetching at most until `rowLimit` rows are loaded; whether it was found.
    bool selectId(const QString &id, int rowLimit);
    // Fetches every remaining page.
    void fetchAll();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    void rememberState();
    void restoreState();
    void restoreScroll();

    int m_idRole;
    QMetaObject::Connection m_aboutToReset;
    QMetaObject::Connection m_reset;
    // What the last reset is to keep.
    QString m_currentId;
    int m_loadedRows = 0;
    int m_currentColumn = 0;
    int m_scroll = 0;
    QList<int> m_widths;
    bool m_findPending = false; // the row is looked for in further pages once the reset is over
};

} // namespace lianxin
