#pragma once

#include <QColor>
#include <QList>
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
// Makes the row whose first cell carries `id` current; whether there is one.
bool selectId(QTableWidget *table, const QString &id);

// Keeps what the person chose while a list is filled again (after a save or a sync): made before the
// rows are replaced, it gives back, when it goes, the selected row (by its id, wherever it now is) and
// the scroll position, and the column widths. The first time a list gets rows its columns are fitted to
// them; after that they keep the widths they have, so a list never shrinks under the person's eyes.
class Refill
{
public:
    explicit Refill(QTableWidget *table);
    ~Refill();
    Refill(const Refill &) = delete;
    Refill &operator=(const Refill &) = delete;

private:
    QTableWidget *m_table;
    QString m_id;
    int m_scroll = 0;
    QList<int> m_widths;
};

} // namespace lianxin::list_table
