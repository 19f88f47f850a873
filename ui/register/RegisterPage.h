#pragma once

#include "core/auth/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace lianxin {

class Database;
class HouseholdTableModel;
class PagedTableView;
class Settings;

// 户籍: the households of the signed-in person's scope, filterable by village, grid and tag, sortable,
// paged from the store. Enter or a double click opens a household.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(Database &database, const Account &account, Settings &settings, QWidget *parent = nullptr);
    ~RegisterPage() override;

    void reload();
    // Opens the form for a new household in the first grid of the filter; opens its file once saved.
    void addHousehold();
    // Tombstones the selected household and its members, after asking once.
    void removeSelected();

signals:
    void householdActivated(const QString &householdId);

private:
    void fillVillages();
    void fillGrids();
    void applyFilter();

    Database &m_database;
    Account m_account;
    Settings &m_settings;
    HouseholdTableModel *m_model;
    QComboBox *m_village;
    QComboBox *m_grid;
    QComboBox *m_tag;
    PagedTableView *m_table;
    QLabel *m_count;
    QLabel *m_empty; // says that nothing matches, in place of an empty table
};

} // namespace lianxin
