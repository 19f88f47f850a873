#include "ui/forms/PagedTableView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace lianxin {

PagedTableView::PagedTableView(int idRole, QWidget *parent) : QTableView(parent), m_idRole(idRole)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void PagedTableView::setModel(QAbstractItemModel *model)
{
    disconnect(m_aboutToReset);
    disconnect(m_reset);
    QTableView::setModel(model);
    if (!model)
        return;
    m_aboutToReset = connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PagedTableView::rememberState);
    m_reset = connect(model, &QAbstractItemModel::modelReset, this, &PagedTableView::restoreState);
}

QString PagedTableView::currentId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(m_idRole).toString() : QString();
}

bool PagedTableView::selectId(const QString &id, int rowLimit)
{
    QAbstractItemModel *list = model();
    if (!list || id.isEmpty())
        return false;
    for (int row = 0;; ++row) {
        if (row >= list->rowCount()) {
            if (row >= rowLimit || !list->canFetchMore({}))
                return false;
            list->fetchMore({});
            if (row >= list->rowCount())
                return false;
        }
        const QModelIndex index = list->index(row, 0);
        if (index.data(m_idRole).toString() == id) {
            setCurrentIndex(list->index(row, m_currentColumn));
            return true;
        }
    }
}

void PagedTableView::fetchAll()
{
    QAbstractItemModel *list = model();
    while (list && list->canFetchMore({})) {
        const int before = list->rowCount();
        list->fetchMore({});
        if (list->rowCount() == before)
            break;
    }
}

QModelIndex PagedTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Without this the view stops at the last row loaded, a page or two into the list.
    if (cursorAction == MoveEnd)
        fetchAll();
    return QTableView::moveCursor(cursorAction, modifiers);
}

void PagedTableView::rememberState()
{
    // A row still looked for after the last reset stays the one to find.
    if (m_findPending)
        return;
    m_currentId = currentId();
    m_currentColumn = qMax(0, currentIndex().column());
    m_loadedRows = model()->rowCount();
    m_scroll = verticalScrollBar()->value();
    m_widths.clear();
    for (int section = 0; section < horizontalHeader()->count(); ++section)
        m_widths.append(horizontalHeader()->sectionSize(section));
}

void PagedTableView::restoreState()
{
    // Widths the person chose stay, even where a reset would lay the header out again.
    QHeaderView *header = horizontalHeader();
    if (header->count() == m_widths.size()) {
        for (int section = 0; section < m_widths.size() - (header->stretchLastSection() ? 1 : 0); ++section) {
            if (header->sectionSize(section) != m_widths.at(section))
                header->resizeSection(section, m_widths.at(section));
        }
    }
    if (m_currentId.isEmpty())
        return;
    if (selectId(m_currentId, model()->rowCount())) {
        restoreScroll();
        return;
    }
    // Further pages are fetched once the reset is over: others listening to it (a tester, the header)
    // must have seen it end before rows are inserted.
    if (m_loadedRows <= model()->rowCount())
        return;
    m_findPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_findPending = false;
            if (selectId(m_currentId, m_loadedRows))
                restoreScroll();
        },
        Qt::QueuedConnection);
}

void PagedTableView::restoreScroll()
{
    // The scroll bar's range follows the new rows only once the view has laid them out.
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(m_scroll);
    scrollTo(currentIndex(), QAbstractItemView::EnsureVisible);
}

} // namespace lianxin
