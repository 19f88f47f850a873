#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;

namespace lianxin {

class Database;
class HouseholdTableModel;

// The first window: the household register of the workspace, filterable by village and tag.
// The full shell (navigation, sign-in, search) replaces it in the client issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

private:
    void applyFilter();
    void updateCount(int total);

    HouseholdTableModel *m_model;
    QComboBox *m_village;
    QComboBox *m_tag;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace lianxin
