#include "ui/forms/ListTable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>

namespace lianxin::list_table {

namespace {
// Set on a table once its columns were fitted to its first rows.
constexpr const char *kFitted = "lianxinColumnsFitted";
} // namespace

QTableWidget *make(const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &texts, const QString &id, const QColor &background)
{
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, id);
        if (background.isValid())
            item->setBackground(background);
        table->setItem(row, column, item);
    }
}

QString selectedId(const QTableWidget *table)
{
    const int row = table->currentRow();
    return row < 0 || !table->item(row, 0) ? QString() : table->item(row, 0)->data(Qt::UserRole).toString();
}

bool selectId(QTableWidget *table, const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = table->item(row, 0); item && item->data(Qt::UserRole).toString() == id) {
            table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

Refill::Refill(QTableWidget *table)
    : m_table(table), m_id(selectedId(table)), m_scroll(table->verticalScrollBar()->value())
{
    for (int column = 0; column < table->columnCount(); ++column)
        m_widths.append(table->horizontalHeader()->sectionSize(column));
}

Refill::~Refill()
{
    if (!m_table->property(kFitted).toBool()) {
        if (m_table->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_table->setProperty(kFitted, true);
        }
    } else if (m_widths.size() == m_table->columnCount()) {
        for (int column = 0; column < m_widths.size(); ++column)
            m_table->horizontalHeader()->resizeSection(column, m_widths.at(column));
    }
    m_table->clearSelection();
    if (selectId(m_table, m_id))
        m_table->verticalScrollBar()->setValue(m_scroll);
    else
        m_table->setCurrentItem(nullptr);
}

} // namespace lianxin::list_table
