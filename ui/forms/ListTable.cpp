#include "ui/forms/ListTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace lianxin::list_table {

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

} // namespace lianxin::list_table
