#include "core/import/SheetReader.h"

namespace lianxin::import {

void putRow(QList<QList<Cell>> &rows, qsizetype index, QList<Cell> cells)
{
    while (!cells.isEmpty() && cells.constLast().kind == Cell::Kind::Empty)
        cells.removeLast();
    if (index < rows.size()) {
        // A row the file names twice: its later cells fill the earlier ones' gaps.
        QList<Cell> &row = rows[index];
        if (row.size() < cells.size())
            row.resize(cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells.at(i).kind != Cell::Kind::Empty)
                row[i] = std::move(cells[i]);
        }
        return;
    }
    if (cells.isEmpty())
        return;
    rows.resize(index);
    rows.append(std::move(cells));
}

} // namespace lianxin::import
