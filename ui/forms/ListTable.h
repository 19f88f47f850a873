#pragma once

#include <QColor>
#include <QStringList>

class QTableWidget;

namespace lianxin::list_table {

// A read-only table of whole rows, one selected at a time, its last column stretched: the small lists of
// the service screens, the sync problems and the household file.
QTableWidget *make(const QStringList &headers, const QString &objectName);
// Fills a row's cells; the first cell carries `id` (Qt::UserRole), and a valid `background` colours the row.
void setRow(QTableWidget *table, int row, const QStringList &texts, const QString &id, const QColor &background = {});
// The id of the selected row, or an empty string.
QString selectedId(const QTableWidget *table);

} // namespace lianxin::list_table
